package io.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetTextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
    "+1+1|'+1+1",
    "-2+3|'-2+3",
    "@SUM(A1)|'@SUM(A1)",
    "-1.5|-1.5",
    "+12|+12",
    "42|42",
    "县财政局|县财政局",
    "发行专债4.5亿元以上|发行专债4.5亿元以上",
  })
  void neutralisesFormulasOnly(String text, String expected) {
    assertThat(SpreadsheetText.neutralised(text)).isEqualTo(expected);
  }

  @Test
  void tabAndCarriageReturnStartAFormulaToo() {
    assertThat(SpreadsheetText.neutralised("\t=1")).isEqualTo("'\t=1");
    assertThat(SpreadsheetText.neutralised("\r=1")).isEqualTo("'\r=1");
    assertThat(SpreadsheetText.neutralised("")).isEmpty();
  }

  @Test
  void neutralisedTextNeverStartsAFormulaAndKeepsTheText() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(text -> {
      String safe = SpreadsheetText.neutralised(text);
      assertThat(SpreadsheetText.isFormulaLike(safe)).isFalse();
      assertThat(safe).endsWith(text);
      assertThat(safe.length()).isLessThanOrEqualTo(text.length() + 1);
    });
  }
}
