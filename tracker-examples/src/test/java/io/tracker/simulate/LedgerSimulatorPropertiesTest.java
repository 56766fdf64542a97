package io.tracker.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.tracker.ledger.LedgerCheck;
import io.tracker.ledger.LedgerFormat;
import io.tracker.ledger.LedgerReader;
import io.tracker.ledger.LedgerWriter;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.SampleBook;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** For random seeds and as-of dates in the year: valid, round-tripping ledgers with every ingredient. */
class LedgerSimulatorPropertiesTest {
  private static final TaskBook BOOK = SampleBook.book();

  @Test
  void simulatedLedgersPassTheCheckAndRoundTripThroughCsv() {
    qt().withFixedSeed(42L).withExamples(60)
        .forAll(longs().all(), integers().between(0, 364))
        .checkAssert((seed, day) -> {
          LocalDate asOf = LocalDate.of(2023, 1, 1).plusDays(day);
          ProgressLedger ledger = LedgerSimulator.simulate(BOOK, asOf, seed);
          LedgerCheck.against(BOOK, ledger, "simulated.csv");
          assertThat(readBack(ledger)).isEqualTo(ledger);
          assertThat(ledger.reports()).allSatisfy(r -> assertThat(r.asOf()).isBeforeOrEqualTo(asOf));

          LedgerFacts facts = new LedgerFacts(BOOK, ledger);
          int months = LedgerFacts.monthEnds(2023, asOf).size();
          assertThat(facts.hasCorrection()).isEqualTo(months >= 1);
          if (months >= 2) {
            assertThat(facts.hasRegression()).isTrue();
          }
          if (months >= 1) {
            assertThat(facts.tasksMissingReports(asOf)).isNotEmpty();
          }
          if (months >= 3) {
            assertThat(facts.missedFirstQuarterTargets()).isNotEmpty();
          }
        });
  }

  private static ProgressLedger readBack(ProgressLedger ledger) {
    try {
      StringWriter csv = new StringWriter();
      LedgerWriter.writeCsv(ledger, csv);
      return LedgerReader.read(new StringReader(csv.toString()), LedgerFormat.CSV, "simulated.csv", BOOK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
