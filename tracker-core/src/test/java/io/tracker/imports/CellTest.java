package io.tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.InputException;
import io.tracker.InputPlace;
import io.tracker.InputWarning;
import org.junit.jupiter.api.Test;

/** Where a problem found inside a cell's text is reported: target warnings and deadline errors. */
class CellTest {
  private static final Cell TEXT = new Cell("县财政局\n新增市场主体3500户", InputPlace.inText("a.csv", 3, 7));
  private static final Cell SHEET = new Cell("新增市场主体3500户", InputPlace.inSheet("a.xlsx", "附件1", 4, 2));

  @Test
  void placesAnIndexOnItsLineAndColumn() {
    assertThat(TEXT.at(0)).isEqualTo(InputPlace.inText("a.csv", 3, 7));
    assertThat(TEXT.at(2)).isEqualTo(InputPlace.inText("a.csv", 3, 9));
    assertThat(TEXT.at(5)).isEqualTo(InputPlace.inText("a.csv", 4, 1));
    assertThat(SHEET.at(6)).isEqualTo(SHEET.place());
  }

  @Test
  void relocatesAWarningFoundInAPartOfTheText() {
    // The parser saw "新增市场主体3500户" alone and warned at its column 7 ("3500").
    InputWarning inSentence = new InputWarning(InputException.NO_FILE, 1, 7, "数字 \"3500\" 存疑");
    assertThat(TEXT.relocate(inSentence, 5).toString()).isEqualTo("a.csv:4:7: 警告: 数字 \"3500\" 存疑");
    assertThat(SHEET.relocate(inSentence, 0).toString()).isEqualTo("a.xlsx:附件1!B4: 警告: 数字 \"3500\" 存疑");
    InputException error = new InputException(InputException.NO_FILE, 1, 3, "月份 13");
    assertThat(TEXT.relocate(error, 0).getMessage()).isEqualTo("a.csv:3:9: 月份 13");
  }
}
