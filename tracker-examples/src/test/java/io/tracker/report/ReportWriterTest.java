package io.tracker.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.Assessment;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  private static final TaskBook BOOK = LedgerFixture.book();
  private static final Assessment ASSESSMENT = LedgerFixture.assessment();

  @TempDir Path dir;

  @Test
  void printsTheLedgerAndWritesTheHtmlAndCsv() throws IOException {
    StringWriter terminal = new StringWriter();
    Path out = dir.resolve("report").resolve("2023-06-30");

    List<Path> written = ReportWriter.writeAll(BOOK, ASSESSMENT, ProgressLedger.of(List.of()), out,
        new PrintWriter(terminal, true), true, "默认规则");

    assertThat(written).containsExactly(out.resolve("index.html"), out.resolve("assessment.csv"),
        out.resolve("assessment.xlsx"));
    assertThat(terminal.toString())
        .isEqualTo(TerminalLedger.render(BOOK, ASSESSMENT, true))
        .contains("\u001B[31m红灯");
    assertThat(Files.readString(written.get(0), UTF_8))
        .isEqualTo(HtmlReport.render(LedgerView.of(BOOK, ASSESSMENT)));
    byte[] csv = Files.readAllBytes(written.get(1));
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    StringWriter expected = new StringWriter();
    AssessmentCsv.write(BOOK, ASSESSMENT, expected);
    assertThat(new String(csv, UTF_8)).isEqualTo(expected.toString());
  }

  @Test
  void writesNothingForAMismatchedAssessment() {
    TaskBook fewer = LedgerFixture.book(LedgerFixture.tasks().subList(0, 2));
    StringWriter terminal = new StringWriter();
    Path out = dir.resolve("report");
    assertThatThrownBy(() -> ReportWriter.writeAll(fewer, ASSESSMENT, ProgressLedger.of(List.of()), out,
            new PrintWriter(terminal, true), false, "默认规则"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("assessment has task 5 that is not in the task book");
    assertThat(out).doesNotExist();
    assertThat(terminal.toString()).isEmpty();
  }
}
