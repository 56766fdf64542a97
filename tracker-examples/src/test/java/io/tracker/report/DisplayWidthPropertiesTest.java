package io.tracker.report;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DisplayWidthPropertiesTest {

  /** Code points from the ranges a ledger mixes: ASCII, 汉字, fullwidth, halfwidth, combining, emoji. */
  private static Gen<String> mixedText() {
    List<int[]> ranges = List.of(
        new int[] {0x20, 0x7E}, new int[] {0x4E00, 0x9FFF}, new int[] {0x3000, 0x303F},
        new int[] {0xFF01, 0xFF60}, new int[] {0xFF61, 0xFF9F}, new int[] {0x0300, 0x036F},
        new int[] {0x1F600, 0x1F64F}, new int[] {0xAC00, 0xD7A3}, new int[] {0x00A0, 0x024F},
        new int[] {0x2000, 0x206F}, new int[] {0x20000, 0x2A6DF});
    Gen<Integer> codePoint = Generate.pick(ranges)
        .flatMap(r -> integers().between(r[0], r[1]));
    return lists().of(codePoint).ofSizeBetween(0, 24).map(cps -> {
      StringBuilder text = new StringBuilder();
      cps.forEach(text::appendCodePoint);
      return text.toString();
    });
  }

  @Test
  void paddingAnyTextNoWiderThanTheColumnFillsItExactly() {
    qt().withFixedSeed(42L)
        .forAll(mixedText(), integers().between(0, 20))
        .check((text, spare) -> {
          int width = DisplayWidth.of(text) + spare;
          String right = DisplayWidth.padRight(text, width);
          String left = DisplayWidth.padLeft(text, width);
          return DisplayWidth.of(right) == width && right.startsWith(text)
              && DisplayWidth.of(left) == width && left.endsWith(text);
        });
  }

  @Test
  void fittingAnyTextGivesExactlyTheColumnWidth() {
    qt().withFixedSeed(42L)
        .forAll(mixedText(), integers().between(1, 40))
        .check((text, width) -> DisplayWidth.of(DisplayWidth.fit(text, width)) == width);
  }

  @Test
  void truncationKeepsAPrefixAndMarksTheCut() {
    qt().withFixedSeed(42L)
        .forAll(mixedText(), integers().between(1, 40))
        .check((text, width) -> {
          String cut = DisplayWidth.truncate(text, width);
          if (DisplayWidth.of(text) <= width) {
            return cut.equals(text);
          }
          String kept = cut.substring(0, cut.length() - DisplayWidth.ELLIPSIS.length());
          return cut.endsWith(DisplayWidth.ELLIPSIS)
              && text.startsWith(kept)
              && DisplayWidth.of(cut) <= width
              && DisplayWidth.of(cut) >= width - 1;
        });
  }

  @Test
  void widthIsTheSumOverCodePoints() {
    qt().withFixedSeed(42L)
        .forAll(mixedText(), mixedText())
        .check((a, b) -> DisplayWidth.of(a + b) == DisplayWidth.of(a) + DisplayWidth.of(b));
  }
}
