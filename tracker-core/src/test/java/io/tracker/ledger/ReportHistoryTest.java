package io.tracker.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReportHistoryTest {
  private static final LocalDate MAY = LocalDate.of(2023, 5, 31);
  private static final LocalDate JUNE = LocalDate.of(2023, 6, 30);
  private static final LocalDate JULY = LocalDate.of(2023, 7, 31);

  static ProgressReport value(String task, int target, LocalDate asOf, String value) {
    return new ProgressReport(task, OptionalInt.of(target), asOf, Optional.of(new BigDecimal(value)),
        Optional.empty(), Optional.empty(), "", "县发改局", Optional.empty());
  }

  static ProgressReport at(ProgressReport r, int hour) {
    return new ProgressReport(r.taskId(), r.target(), r.asOf(), r.value(), r.status(), r.percent(),
        r.note(), r.reporter(), Optional.of(OffsetDateTime.of(2023, 7, 1, hour, 0, 0, 0, ZoneOffset.ofHours(8))));
  }

  @Test
  void laterReportForSameDateCorrectsTheEarlierOneAndBothStayInTheLedger() {
    ProgressReport may = value("5", 2, MAY, "1.5");
    ProgressReport june = value("5", 2, JUNE, "2.0");
    ProgressReport juneCorrected = value("5", 2, JUNE, "3.2");
    ProgressLedger ledger = ProgressLedger.of(List.of(june, may, value("6", 1, JUNE, "9"), juneCorrected));

    ReportHistory history = ledger.history("5", OptionalInt.of(2));

    assertThat(history.reports()).containsExactly(may, juneCorrected);
    assertThat(ledger.reports()).hasSize(4);
    assertThat(history.latest()).contains(juneCorrected);
    assertThat(history.previous()).contains(may);
    assertThat(history.valueAt(LocalDate.of(2023, 6, 29))).contains(new BigDecimal("1.5"));
    assertThat(history.valueAt(JULY)).contains(new BigDecimal("3.2"));
    assertThat(history.at(LocalDate.of(2023, 5, 30))).isEmpty();
    assertThat(history.asOf(MAY).reports()).containsExactly(may);
    assertThat(history.asOf(MAY).previous()).isEmpty();
  }

  @Test
  void aCorrectionStampedEarlierThanTheKeptReportDoesNotWin() {
    ProgressReport late = at(value("5", 2, JUNE, "3.2"), 10);
    ProgressReport stale = at(value("5", 2, JUNE, "2.0"), 9);
    ReportHistory history = ProgressLedger.of(List.of(late, stale)).history("5", OptionalInt.of(2));
    assertThat(history.latest()).contains(late);
  }

  @Test
  void statusReportsAreKeptApartFromTargetReports() {
    ProgressReport status = new ProgressReport("7", OptionalInt.empty(), JUNE, Optional.empty(),
        Optional.of(Status.DONE), Optional.empty(), "", "县经合中心", Optional.empty());
    ProgressLedger ledger = ProgressLedger.of(List.of(status, value("7", 1, JUNE, "3")));
    assertThat(ledger.history("7", OptionalInt.empty()).reports()).containsExactly(status);
  }

  @Test
  void historyHasOneReportPerDateInDateOrderAndTheLastRecordedWins() {
    qt().withFixedSeed(42L)
        .forAll(lists().of(integers().between(1, 60)).ofSizeBetween(0, 30))
        .check(days -> {
          List<ProgressReport> recorded = new java.util.ArrayList<>();
          for (int i = 0; i < days.size(); i++) {
            recorded.add(value("1", 1, LocalDate.of(2023, 1, 1).plusDays(days.get(i)), String.valueOf(i)));
          }
          List<ProgressReport> effective = ReportHistory.of(recorded).reports();
          boolean ordered = true;
          for (int i = 1; i < effective.size(); i++) {
            ordered &= effective.get(i - 1).asOf().isBefore(effective.get(i).asOf());
          }
          boolean lastWins = effective.stream().allMatch(r -> {
            int last = -1;
            for (int i = 0; i < recorded.size(); i++) {
              if (recorded.get(i).asOf().equals(r.asOf())) {
                last = i;
              }
            }
            return recorded.get(last) == r;
          });
          return ordered && lastWins && effective.size() == days.stream().distinct().count();
        });
  }
}
