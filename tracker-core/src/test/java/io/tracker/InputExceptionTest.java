package io.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class InputExceptionTest {
  @Test
  void quotesShortTextWhole() {
    assertThat(InputException.quote("县财政局")).isEqualTo("\"县财政局\"");
  }

  @Test
  void cutsLongTextAtEightyCharacters() {
    String quoted = InputException.quote("字".repeat(50_000_000 / 1000));
    assertThat(quoted).isEqualTo("\"" + "字".repeat(80) + "…\"");
  }

  @Test
  void showsLineBreaksAsOneLine() {
    assertThat(InputException.quote("第一行\r\n第二行")).isEqualTo("\"第一行⏎第二行\"");
  }

  @Test
  void countsCodePointsNotCodeUnits() {
    String supplementary = "𠀀".repeat(81); // CJK Extension B, two UTF-16 units each
    assertThat(InputException.quote(supplementary)).isEqualTo("\"" + "𠀀".repeat(80) + "…\"");
  }

  @Test
  void quotedTextIsOneShortLineShowingTheTextOrItsStart() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 300)).checkAssert(text -> {
      String shown = text.replace("\r", "").replace('\n', '⏎');
      String quoted = InputException.quote(text);
      assertThat(quoted).startsWith("\"").endsWith("\"").doesNotContain("\n", "\r");
      String inner = quoted.substring(1, quoted.length() - 1);
      if (shown.codePointCount(0, shown.length()) <= InputException.MAX_QUOTED) {
        assertThat(inner).isEqualTo(shown);
      } else {
        assertThat(inner).endsWith("…");
        String cut = inner.substring(0, inner.length() - 1);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(InputException.MAX_QUOTED);
        assertThat(shown).startsWith(cut);
      }
    });
  }

  @Test
  void spreadsheetCellsAreNamedAsSpreadsheetProgramsShowThem() {
    assertThat(InputPlace.columnName(1)).isEqualTo("A");
    assertThat(InputPlace.columnName(26)).isEqualTo("Z");
    assertThat(InputPlace.columnName(27)).isEqualTo("AA");
    assertThat(InputPlace.columnName(702)).isEqualTo("ZZ");
    assertThat(InputPlace.columnName(703)).isEqualTo("AAA");
    InputException e = new InputException(InputPlace.inSheet("县发改局.xlsx", "填报", 7, 7), "不是数字");
    assertThat(e.getMessage()).isEqualTo("县发改局.xlsx:填报!G7: 不是数字");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.column()).isEqualTo(7);
  }

  @Test
  void warningPrintsAsOneLineWithItsPlace() {
    InputWarning w = new InputWarning("list.csv", 7, 3, "单位 " + InputException.quote("某某中心") + " 未能识别, 按原样保留");
    assertThat(w.toString()).isEqualTo("list.csv:7:3: 警告: 单位 \"某某中心\" 未能识别, 按原样保留");
    assertThat(w.relocate("book.txt", 40, 5)).isEqualTo(new InputWarning("book.txt", 46, 3, w.problem()));
    InputWarning inSentence = new InputWarning(InputException.NO_FILE, 1, 4, w.problem());
    assertThat(inSentence.relocate("book.txt", 40, 5)).isEqualTo(new InputWarning("book.txt", 40, 9, w.problem()));
    assertThat(w.asError().getMessage()).isEqualTo("list.csv:7:3: 单位 \"某某中心\" 未能识别, 按原样保留");
  }

  @Test
  void aLibrarysReasonIsTheFirstLineOfItsMessageCutShort() {
    assertThat(InputException.reason(new IllegalStateException("Tried to allocate an array of length 805,372,416.\n"
        + "If the file is not corrupt and not large, please open an issue"))).isEqualTo(
        "Tried to allocate an array of length 805,372,416.");
    assertThat(InputException.reason(new ArrayIndexOutOfBoundsException())).isEqualTo("ArrayIndexOutOfBoundsException");
    assertThat(InputException.reason(new RuntimeException("x".repeat(81)))).isEqualTo("x".repeat(80) + "…");
  }

  @Test
  void aReasonIsOneLineOfAtMost81CharactersWhateverTheMessage() {
    qt().withFixedSeed(5L).forAll(strings().allPossible().ofLengthBetween(0, 300)).checkAssert(message -> {
      String reason = InputException.reason(new RuntimeException(message));
      assertThat(reason).doesNotContain("\n", "\r").isNotBlank();
      assertThat(reason.codePointCount(0, reason.length())).isLessThanOrEqualTo(InputException.MAX_QUOTED + 1);
    });
  }
}
