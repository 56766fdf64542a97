package io.tracker.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.ledger.LedgerCheck;
import io.tracker.ledger.LedgerFormat;
import io.tracker.ledger.LedgerReader;
import io.tracker.ledger.LedgerWriter;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.SampleBook;
import io.tracker.ledger.Status;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The simulated ledger for {@link SampleBook}, inspected report by report. */
class LedgerSimulatorTest {
  private static final TaskBook BOOK = SampleBook.book();
  private static final LocalDate NOVEMBER = LocalDate.of(2023, 11, 30);
  private static final ProgressLedger LEDGER = LedgerSimulator.simulate(BOOK, NOVEMBER, 42L);
  private static final LedgerFacts FACTS = new LedgerFacts(BOOK, LEDGER);

  @Test
  void sameSeedSameLedgerOtherSeedOtherLedger() {
    assertThat(LedgerSimulator.simulate(BOOK, NOVEMBER, 42L)).isEqualTo(LEDGER);
    assertThat(LedgerSimulator.simulate(BOOK, NOVEMBER, 43L)).isNotEqualTo(LEDGER);
  }

  @Test
  void everyReportPassesTheLedgerCheck() {
    LedgerCheck.against(BOOK, LEDGER, "simulated.csv");
    assertThat(LEDGER.reports()).isNotEmpty();
  }

  @Test
  void readsBackThroughCsvWithTheBook() throws IOException {
    StringWriter csv = new StringWriter();
    LedgerWriter.writeCsv(LEDGER, csv);
    assertThat(LedgerReader.read(new StringReader(csv.toString()), LedgerFormat.CSV, "sim.csv", BOOK))
        .isEqualTo(LEDGER);
  }

  @Test
  void reportsAreMonthEndsUpToTheAsOfDateReportedAFewDaysLaterInChinaTime() {
    List<LocalDate> monthEnds = LedgerFacts.monthEnds(2023, NOVEMBER);
    assertThat(monthEnds).hasSize(11);
    assertThat(LEDGER.reports()).allSatisfy(r -> {
      assertThat(monthEnds).contains(r.asOf());
      assertThat(r.reportedAt()).hasValueSatisfying(at -> {
        assertThat(at.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(at.toLocalDate()).isAfter(r.asOf()).isBefore(r.asOf().plusDays(15));
      });
    });
    assertThat(LEDGER.reports()).extracting(r -> r.reportedAt().orElseThrow().toInstant()).isSorted();
    assertThat(LEDGER.reports().stream().map(ProgressReport::asOf).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(monthEnds);
  }

  @Test
  void atLeastOneCorrection() {
    assertThat(FACTS.hasCorrection()).isTrue();
  }

  @Test
  void atLeastOneAmountRegresses() {
    assertThat(FACTS.hasRegression()).isTrue();
  }

  @Test
  void aFewTasksMissReportsMostDoNot() {
    List<String> missing = FACTS.tasksMissingReports(NOVEMBER);
    assertThat(missing).isNotEmpty();
    assertThat(missing.size()).isLessThanOrEqualTo(BOOK.tasks().size() / 4);
  }

  @Test
  void aFirstQuarterTargetIsMissedAtTheEndOfMarch() {
    assertThat(FACTS.missedFirstQuarterTargets()).isNotEmpty()
        .allSatisfy(ref -> assertThat(ref).isIn("10#1", "90#1"));
  }

  @Test
  void tasksWithoutTargetsReportStatuses() {
    List<ProgressReport> statusReports = LEDGER.reports().stream()
        .filter(r -> BOOK.task(r.taskId()).orElseThrow().targets().isEmpty()).toList();
    assertThat(statusReports).isNotEmpty().allSatisfy(r -> {
      assertThat(r.status()).isPresent();
      assertThat(r.value()).isEmpty();
    });
    assertThat(statusReports).anySatisfy(r -> assertThat(r.status()).contains(Status.NOT_STARTED));
    assertThat(statusReports).anySatisfy(r -> {
      assertThat(r.status()).contains(Status.IN_PROGRESS);
      assertThat(r.percent()).hasValueSatisfying(p -> assertThat(p).isBetween(BigDecimal.ONE, BigDecimal.valueOf(99)));
    });
    assertThat(statusReports).anySatisfy(r -> assertThat(r.status()).contains(Status.DONE));
  }

  @Test
  void valuesAreInThePrintedUnitWithFewDecimals() {
    for (ProgressReport r : LEDGER.reports()) {
      if (r.value().isEmpty()) {
        continue;
      }
      Target target = BOOK.task(r.taskId()).orElseThrow().targets().get(r.target().getAsInt() - 1);
      BigDecimal value = r.value().get();
      assertThat(value.scale()).as("%s", r).isBetween(0, 2);
      switch (target.kind()) {
        case GROWTH, DECLINE -> assertThat(value.subtract(target.value().amount()).abs())
            .as("rate %s near %s", value, target.value()).isLessThan(target.value().amount().add(BigDecimal.valueOf(4)));
        case AMOUNT, LEVEL, MAINTAIN -> assertThat(value)
            .as("%s within 0..1.5×%s", value, target.value())
            .isBetween(BigDecimal.ZERO, target.value().amount().multiply(new BigDecimal("1.5")));
      }
    }
    // Counts are whole numbers: 储备政府专项债项目30个, 新增市场主体3500户.
    assertThat(LEDGER.reports()).filteredOn(r -> r.taskId().equals("15") || r.taskId().equals("5")
        && r.target().equals(OptionalInt.of(1))).isNotEmpty().allSatisfy(r -> assertThat(r.value().orElseThrow().scale()).isZero());
  }

  @Test
  void amountsAreCumulativeShareOfTheYearAndMaintainedLevelsStayNear() {
    // 新增市场主体3500户以上 by 30 June: about half the year's figure, unless it is one of the few silent tasks.
    LedgerFacts facts = FACTS;
    facts.inForce("15", OptionalInt.of(1), LocalDate.of(2023, 6, 30)).ifPresent(r ->
        assertThat(r.value().orElseThrow()).isBetween(BigDecimal.valueOf(3500 * 0.5 * 0.5),
            BigDecimal.valueOf(3500 * 0.5 * 1.4)));
    // 粮食播种面积稳定在40万亩: every month within 10% of 40.
    LEDGER.reports().stream().filter(r -> r.taskId().equals("19") && r.target().equals(OptionalInt.of(2)))
        .forEach(r -> assertThat(r.value().orElseThrow()).isBetween(new BigDecimal("36"), new BigDecimal("44")));
  }

  @Test
  void mostAmountTargetsAreOnTrackSomeLag() {
    int onTrack = 0;
    int lagging = 0;
    int measured = 0;
    LocalDate june = LocalDate.of(2023, 6, 30);
    double share = june.getDayOfYear() / 365.0;
    for (long seed = 1; seed <= 60; seed++) {
      LedgerFacts facts = new LedgerFacts(BOOK, LedgerSimulator.simulate(BOOK, june, seed));
      for (Task task : BOOK.tasks()) {
        for (int p = 1; p <= task.targets().size(); p++) {
          Target target = task.targets().get(p - 1);
          if (target.kind() != TargetKind.AMOUNT || target.period().isPresent()) {
            continue;
          }
          var report = facts.inForce(task.id(), OptionalInt.of(p), june);
          if (report.isEmpty()) {
            continue;
          }
          double expected = target.value().amount().doubleValue() * share;
          double ratio = report.get().value().orElseThrow().doubleValue() / expected;
          measured++;
          if (ratio >= 0.9 && ratio <= 1.2) {
            onTrack++;
          } else if (ratio < 0.9) {
            lagging++;
          }
        }
      }
    }
    assertThat(measured).isGreaterThan(250);
    assertThat(onTrack).as("on track of %d", measured).isGreaterThan(measured / 2);
    assertThat(lagging).as("lagging of %d", measured).isBetween(measured / 20, measured * 2 / 5);
  }

  @Test
  void noReportsBeforeTheFirstMonthEndAndNoneBeforeTheYear() {
    assertThat(LedgerSimulator.simulate(BOOK, LocalDate.of(2023, 1, 30), 1L).reports()).isEmpty();
    assertThat(LedgerSimulator.simulate(BOOK, LocalDate.of(2024, 3, 1), 1L).reports())
        .extracting(ProgressReport::asOf).contains(LocalDate.of(2023, 12, 31)).allMatch(d -> d.getYear() == 2023);
    assertThatThrownBy(() -> LedgerSimulator.simulate(BOOK, LocalDate.of(2022, 12, 31), 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("as-of date 2022-12-31 lies before the book's year 2023");
  }
}
