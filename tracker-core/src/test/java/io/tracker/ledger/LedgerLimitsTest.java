package io.tracker.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.InputLimits;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger readers within {@link InputLimits}: size, text length and number of reports. */
class LedgerLimitsTest {
  private static final TaskBook BOOK = SampleBook.book();
  private static final String HEADER = "task,target,asOf,value,status,percent,note,reporter,reportedAt\n";
  private static final String ROW = "1,1,2023-06-30,6.5,,,,县财政局,\n";

  @Test
  void aLedgerOfMoreReportsThanTheLimitIsRefusedAtTheFirstReportTooMany() throws IOException {
    InputLimits two = InputLimits.defaults().withMaxLedgerRows(2);
    assertThat(LedgerReader.read(new StringReader(HEADER + ROW + ROW), LedgerFormat.CSV, "l.csv", BOOK, two)
        .reports()).hasSize(2);
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(HEADER + ROW + ROW + "\n" + ROW), LedgerFormat.CSV,
        "l.csv", BOOK, two))
        .isInstanceOf(InputException.class)
        .hasMessage("l.csv:5:1: 台账超过 2 条报送的上限 (InputLimits.maxLedgerRows): 应按月或按单位拆分台账, 或由宿主程序调高上限");
    String report = "{\"task\":\"1\",\"target\":1,\"asOf\":\"2023-06-30\",\"value\":6.5}";
    String json = "{\"reports\":[\n" + report + ",\n" + report + ",\n" + report + "\n]}";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(json), LedgerFormat.JSON, "l.json", BOOK, two))
        .hasMessageStartingWith("l.json:4:1: 台账超过 2 条报送的上限");
  }

  @Test
  void aCellLongerThanTheLimitIsRefusedWhereReadingStoppedInsideIt() {
    String note = "情况说明".repeat(5_001);
    String csv = HEADER + "1,1,2023-06-30,6.5,,," + note + ",县财政局,\n";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "l.csv", BOOK))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).as("where reading stopped").isGreaterThan(22);
          assertThat(e.problem()).isEqualTo(
              "单元格或值超过 20000 个字符的上限 (InputLimits.maxTextChars), 读到此处停止");
        });
    String json = "{\"reports\":[{\"task\":\"1\",\"target\":1,\"asOf\":\"2023-06-30\",\"value\":6.5,\"note\":\"" + note
        + "\"}]}";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(json), LedgerFormat.JSON, "l.json", BOOK))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).as("where reading stopped").isGreaterThan(75);
          assertThat(e.problem()).startsWith("单元格或值超过 20000 个字符的上限");
        });
    InputLimits roomy = InputLimits.defaults().withMaxTextChars(note.length());
    assertThat(read(csv, roomy).reports().get(0).note()).isEqualTo(note);
  }

  @Test
  void fiftyMegabyteCellsAndNumbersAreRefusedInOneShortLine() {
    String digits = "9".repeat(50_000_000);
    for (String csv : List.of(HEADER + "1,1,2023-06-30," + digits + ",,,,县财政局,\n",
        HEADER + "1,1,2023-06-30,6.5,,,\"" + digits + "\",县财政局,\n")) {
      assertThatThrownBy(() -> read(csv, InputLimits.defaults()))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200).doesNotContain("\n"));
    }
    String json = "{\"reports\":[{\"task\":\"1\",\"target\":1,\"asOf\":\"2023-06-30\",\"value\":" + digits + "}]}";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(json), LedgerFormat.JSON, "l.json", BOOK))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("l.json:1:").hasMessageEndingWith("单元格或值超过 20000 个字符的上限 (InputLimits.maxTextChars), 读到此处停止");
  }

  private static ProgressLedger read(String csv, InputLimits limits) {
    try {
      return LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "l.csv", BOOK, limits);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedAsAWhole(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("l.csv"), HEADER + ROW.repeat(10), UTF_8);
    InputLimits small = InputLimits.defaults().withMaxInputBytes(Files.size(file) - 1);
    assertThatThrownBy(() -> LedgerReader.read(file, BOOK, small))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ":0:0: 输入超过 " + small.maxInputBytes()
            + " 字节的上限 (InputLimits.maxInputBytes): 应拆分输入, 或由宿主程序调高上限");
    assertThat(LedgerReader.read(file, BOOK, small.withMaxInputBytes(Files.size(file))).reports()).hasSize(10);
  }

  @Test
  void aReaderLongerThanTheLimitIsRefused() {
    String csv = HEADER + ROW.repeat(10);
    InputLimits small = InputLimits.defaults().withMaxInputBytes(csv.length() - 1);
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "upload.csv", BOOK, small))
        .hasMessageStartingWith("upload.csv:0:0: 输入超过 " + (csv.length() - 1) + " 个字符的上限");
  }
}
