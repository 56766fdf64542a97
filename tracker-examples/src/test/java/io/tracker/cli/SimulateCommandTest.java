package io.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.InputException;
import io.tracker.ledger.LedgerReader;
import io.tracker.ledger.LedgerWriter;
import io.tracker.ledger.SampleBook;
import io.tracker.simulate.LedgerSimulator;
import io.tracker.imports.ImportOptions;
import io.tracker.imports.ImportResult;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code tracker simulate}, with the book read by a stand-in for the importer. */
class SimulateCommandTest {
  private static final TaskBook BOOK = SampleBook.book();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** A stand-in for the importer: the book a file holds, read without warnings. */
  private interface Books {
    TaskBook read(Path file, ImportOptions options) throws IOException;
  }

  private int run(Books books, String... args) {
    CommandLine command = TrackerCommand.withErrorHandling(new CommandLine(new SimulateCommand(
        (file, options) -> new ImportResult(books.read(file, options), List.of()))));
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  @Test
  void writesTheSimulatedLedgerToTheOutFile(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("ledger.csv");
    int status = run((file, options) -> BOOK, "--book", "book.txt", "--as-of", "2023-06-30", "--seed", "7",
        "--out", csv.toString());
    assertThat(status).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(LedgerReader.read(csv, BOOK)).isEqualTo(LedgerSimulator.simulate(BOOK, LocalDate.of(2023, 6, 30), 7));
  }

  @Test
  void writesToStandardOutputWithoutOut() throws IOException {
    int status = run((file, options) -> BOOK, "--book", "book.txt", "--as-of", "2023-03-31", "--seed", "-3");
    StringWriter expected = new StringWriter();
    LedgerWriter.writeCsv(LedgerSimulator.simulate(BOOK, LocalDate.of(2023, 3, 31), -3), expected);
    assertThat(status).isZero();
    assertThat(out.toString()).isEqualTo(expected.toString()).startsWith("task,target,asOf,value,");
  }

  @Test
  void passesTheBookFileToTheReader() {
    Path[] asked = new Path[1];
    run((file, options) -> {
      asked[0] = file;
      return BOOK;
    }, "--book", "seeds/西乡.txt", "--as-of", "2023-03-31", "--seed", "1");
    assertThat(asked[0]).isEqualTo(Path.of("seeds/西乡.txt"));
  }

  @Test
  void badBookPrintsTheOneLineAndExitsTwo() {
    InputException bad = new InputException("book.txt", 77, 1, "序号 \"79\" follows \"77\": expected \"78\"");
    int status = run((file, options) -> {
      throw bad;
    }, "--book", "book.txt", "--as-of", "2023-06-30", "--seed", "1");
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("book.txt:77:1: 序号 \"79\" follows \"77\": expected \"78\"" + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void unreadableBookExitsTwo() {
    int status = run((file, options) -> {
      throw new NoSuchFileException(file.toString());
    }, "--book", "missing.txt", "--as-of", "2023-06-30", "--seed", "1");
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("missing.txt:0:0: 无法读取任务清单: \"missing.txt\"" + System.lineSeparator());
  }

  @Test
  void asOfBeforeTheBooksYearExitsTwo() {
    int status = run((file, options) -> BOOK, "--book", "book.txt", "--as-of", "2022-12-31", "--seed", "1");
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).isEqualTo(
        "--as-of:1:1: 日期 \"2022-12-31\" 早于任务清单的年度 2023: 应为 2023 年或以后的日期" + System.lineSeparator());
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(run((file, options) -> BOOK, "--book", "book.txt", "--as-of", "2023-13-01", "--seed", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("2023-13-01");
    assertThat(run((file, options) -> BOOK, "--book", "book.txt", "--as-of", "2023-06-30")).isEqualTo(2);
    assertThat(err.toString()).contains("--seed");
  }
}
