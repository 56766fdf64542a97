package io.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.imports.TaskBookReader;
import io.tracker.ledger.JdbcLedgerStore;
import io.tracker.ledger.LedgerReader;
import io.tracker.ledger.PostgresDatabase;
import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.task.TaskBook;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's ledger kept in H2 and in PostgreSQL gives the same assessment as the CSV it came from. */
class LedgerDatabasesTest {
  private static final Path BOOK = Path.of("../seeds/000_961a157e1ab25069.txt");
  private static final Path LEDGER = Path.of("../seeds/simulated-ledger-2023-06-30.csv");
  private static final LocalDate JUNE = LocalDate.of(2023, 6, 30);

  @TempDir Path dir;

  @Test
  void h2AndPostgresGiveTheSameAssessmentAsTheCsv() throws Exception {
    TaskBook book = TaskBookReader.read(BOOK).strictBook();
    ProgressLedger csv = LedgerReader.read(LEDGER, book);
    Assessor assessor = Assessor.withDefaultRules();
    Assessment expected = assessor.assess(book, csv, JUNE);

    JdbcLedgerStore h2 = JdbcLedgerStore.open("jdbc:h2:" + dir.resolve("ledger"));
    h2.append(csv.reports());
    ProgressLedger fromH2 = h2.read(book);
    assertThat(fromH2).isEqualTo(csv);
    assertThat(assessor.assess(book, fromH2, JUNE)).isEqualTo(expected);

    try (PostgresDatabase db = PostgresDatabase.create()) {
      JdbcLedgerStore postgres = JdbcLedgerStore.open(db.url());
      postgres.append(csv.reports());
      ProgressLedger fromPostgres = postgres.read(book);
      assertThat(fromPostgres).isEqualTo(csv);
      assertThat(assessor.assess(book, fromPostgres, JUNE)).isEqualTo(expected);
    }
  }

  @Test
  void theCommandLineReportsFromADatabaseLedger() throws Exception {
    String url = "jdbc:h2:" + dir.resolve("cli");
    TaskBook book = TaskBookReader.read(BOOK).strictBook();
    JdbcLedgerStore.open(url).append(LedgerReader.read(LEDGER, book).reports());
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int status = TrackerCommand.execute(new String[] {"score", "--book", BOOK.toString(), "--ledger", url,
        "--as-of", "2023-06-30"}, new java.io.ByteArrayInputStream(new byte[0]), new java.io.PrintWriter(out),
        new java.io.PrintWriter(err));
    assertThat(status).as(err.toString()).isZero();
    assertThat(out.toString()).contains("\"tasks\"");
  }
}
