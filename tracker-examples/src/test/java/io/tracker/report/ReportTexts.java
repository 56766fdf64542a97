package io.tracker.report;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generated texts for the views' property tests. */
final class ReportTexts {
  private ReportTexts() {}

  /**
   * Texts of {@code min} to {@code max} code points mixing 汉字, CJK punctuation, fullwidth forms,
   * ASCII (with the HTML and CSV specials {@code < > & " ' ,}), combining marks and emoji.
   */
  static Gen<String> mixed(int min, int max) {
    Gen<Integer> codePoint = Generate.pick(List.of(
            new int[] {0x20, 0x7E}, new int[] {0x4E00, 0x9FFF}, new int[] {0x3001, 0x3011},
            new int[] {0xFF01, 0xFF5E}, new int[] {'<', '<'}, new int[] {'&', '&'},
            new int[] {'"', '"'}, new int[] {0x0300, 0x036F}, new int[] {0x1F600, 0x1F64F}))
        .flatMap(r -> integers().between(r[0], r[1]));
    return lists().of(codePoint).ofSizeBetween(min, max).map(cps -> {
      StringBuilder s = new StringBuilder();
      cps.forEach(s::appendCodePoint);
      return s.toString();
    });
  }
}
