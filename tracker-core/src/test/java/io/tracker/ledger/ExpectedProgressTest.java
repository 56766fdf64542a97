package io.tracker.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.tracker.ledger.ExpectedProgress.Basis;
import io.tracker.quantity.Magnitude;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.target.Bound;
import io.tracker.target.Period;
import io.tracker.target.SourceSpan;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Deadline;
import io.tracker.task.Responsibility;
import io.tracker.task.Task;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpectedProgressTest {
  private static final LocalDate NOV_END = LocalDate.of(2023, 11, 30);

  @ParameterizedTest
  @CsvSource({
    "2023-06-30, MONTHS, 0.5455", // 6/11, the example
    "2023-06-29, MONTHS, 0.4545", // June not ended: 5/11
    "2023-01-30, MONTHS, 0.0000",
    "2023-01-31, MONTHS, 0.0909", // 1/11
    "2023-11-29, MONTHS, 0.9091", // 10/11
    "2023-11-30, MONTHS, 1.0000",
    "2023-12-31, MONTHS, 1.0000", // capped
    "2022-12-31, MONTHS, 0.0000",
    "2023-06-30, DAYS, 0.5419", // 181/334
    "2023-01-01, DAYS, 0.0030", // 1/334
  })
  void amountShareAgainstNovemberEnd(LocalDate asOf, Basis basis, String expected) {
    assertThat(ExpectedProgress.share(TargetKind.AMOUNT, NOV_END, asOf, 2023, basis))
        .isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "2023-06-30, MONTHS, 0.3333", // 6 of the 18 months to 30 June 2024
    "2024-01-31, MONTHS, 0.7222", // 13/18: the months of the work year go on counting
    "2023-06-30, DAYS, 0.3309", // 181/547
  })
  void aTargetDueInALaterYearSpreadsOverEveryMonthUntilItsDueDate(LocalDate asOf, Basis basis, String expected) {
    assertThat(ExpectedProgress.share(TargetKind.AMOUNT, LocalDate.of(2024, 6, 30), asOf, 2023, basis))
        .isEqualTo(new BigDecimal(expected));
  }

  @Test
  void otherKindsAreExpectedInFullAtEveryDate() {
    for (TargetKind kind : List.of(TargetKind.GROWTH, TargetKind.DECLINE, TargetKind.LEVEL, TargetKind.MAINTAIN)) {
      assertThat(ExpectedProgress.share(kind, NOV_END, LocalDate.of(2023, 2, 1), 2023, Basis.MONTHS))
          .isEqualTo(new BigDecimal("1.0000"));
    }
  }

  @Test
  void aPeriodTargetIsDueAtThePeriodEndAndATaskWithoutDeadlineAtYearEnd() {
    Target q1 = new Target("开工率", Optional.empty(), TargetKind.LEVEL, Bound.AT_LEAST,
        new Quantity(new BigDecimal("80"), Unit.PERCENT), Optional.of(Period.Q1), Optional.empty(),
        new SourceSpan("一季度开工率达80%以上", 0, 12));
    Target plain = new Target("完成年度投资", Optional.empty(), TargetKind.AMOUNT, Bound.AT_LEAST,
        new Quantity(new BigDecimal("120"), new Unit(Magnitude.YI, "元")), Optional.empty(),
        Optional.empty(), new SourceSpan("完成年度投资120亿元以上", 0, 13));
    Task withDeadline = new Task("10", 1, "…", new Responsibility(List.of()), List.of(),
        Optional.of(new Deadline(Optional.of(NOV_END), "11月底", Optional.empty())), List.of(q1, plain));
    Task without = new Task("10", 1, "…", new Responsibility(List.of()), List.of(),
        Optional.empty(), List.of(plain));
    assertThat(ExpectedProgress.due(withDeadline, q1, 2023)).isEqualTo(LocalDate.of(2023, 3, 31));
    assertThat(ExpectedProgress.due(withDeadline, plain, 2023)).isEqualTo(NOV_END);
    assertThat(ExpectedProgress.due(without, plain, 2023)).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(ExpectedProgress.deadline(without, 2023)).isEqualTo(LocalDate.of(2023, 12, 31));
  }

  @Test
  void pointsBehindExample() {
    assertThat(ExpectedProgress.pointsBehind(new BigDecimal("0.5455"), new BigDecimal("0.4444")))
        .isEqualTo(new BigDecimal("10.11"));
    assertThat(ExpectedProgress.pointsBehind(new BigDecimal("0.5455"), new BigDecimal("0.7111")))
        .isEqualTo(new BigDecimal("-16.56"));
  }

  @Test
  void amountShareGrowsWithTimeStaysWithinZeroAndOneAndIsFullFromTheDueDate() {
    LocalDate start = LocalDate.of(2023, 1, 1);
    qt().withFixedSeed(42L)
        .forAll(integers().between(0, 364), integers().between(0, 400), integers().between(0, 1))
        .check((due, day, basisIndex) -> {
          Basis basis = Basis.values()[basisIndex];
          LocalDate dueDate = start.plusDays(due);
          LocalDate asOf = start.plusDays(day);
          BigDecimal share = ExpectedProgress.share(TargetKind.AMOUNT, dueDate, asOf, 2023, basis);
          BigDecimal next = ExpectedProgress.share(TargetKind.AMOUNT, dueDate, asOf.plusDays(1), 2023, basis);
          return share.signum() >= 0
              && share.compareTo(BigDecimal.ONE) <= 0
              && next.compareTo(share) >= 0
              && (asOf.isBefore(dueDate) || share.compareTo(BigDecimal.ONE) == 0);
        });
  }
}
