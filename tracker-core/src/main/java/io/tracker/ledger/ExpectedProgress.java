package io.tracker.ledger;

import static java.util.Objects.requireNonNull;

import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Deadline;
import io.tracker.task.Task;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Expected progress (时序进度): the share of a target that should be done by a date.
 *
 * <p>For an {@link TargetKind#AMOUNT} target due on date D of the work year Y, the share at date t is,
 * on the {@link Basis#MONTHS} basis, the number of whole months since 1 January Y ended by t divided
 * by the months from 1 January Y to D (D's month counts whole), capped at 1; on or after D it is 1.
 * 30 June against 11月底 gives 6/11 = 0.5455. On the {@link Basis#DAYS} basis it is the days elapsed
 * since 1 January Y (t included) over the days from 1 January Y to D (D included). Growth, decline,
 * level and maintain targets are expected in full at every date (share 1). Shares are rounded to 4
 * decimals, HALF_UP.
 */
public final class ExpectedProgress {
  private static final int SHARE_SCALE = 4;

  private ExpectedProgress() {}

  /** How elapsed time is counted. */
  public enum Basis {
    /** Whole months ended (按月): the usual 时序进度. */
    MONTHS,
    /** Days elapsed (按日). */
    DAYS
  }

  /**
   * The task's deadline date (完成时限), or 31 December of {@code year} when it has none or its date is
   * a milestone's ("5月底前动工", {@link Deadline#completionDate()}).
   */
  public static LocalDate deadline(Task task, int year) {
    requireNonNull(task, "task");
    return task.deadline().flatMap(Deadline::completionDate).orElse(LocalDate.of(year, 12, 31));
  }

  /**
   * The date {@code target} of {@code task} is due: its own due date ("3月底前", 一季度 → 31 March) when
   * one is printed, else the task's {@link #deadline}.
   */
  public static LocalDate due(Task task, Target target, int year) {
    requireNonNull(target, "target");
    return target.due().map(d -> d.date(year)).orElseGet(() -> deadline(task, year));
  }

  /** The expected share (0–1, 4 decimals) of a {@code kind} target due on {@code due} at {@code asOf}. */
  public static BigDecimal share(TargetKind kind, LocalDate due, LocalDate asOf, int year, Basis basis) {
    requireNonNull(kind, "kind");
    requireNonNull(due, "due");
    requireNonNull(asOf, "asOf");
    requireNonNull(basis, "basis");
    if (kind != TargetKind.AMOUNT || !asOf.isBefore(due)) {
      return BigDecimal.ONE.setScale(SHARE_SCALE);
    }
    long elapsed;
    long total;
    if (basis == Basis.MONTHS) {
      elapsed = monthsEnded(asOf, year);
      total = (due.getYear() - year) * 12L + due.getMonthValue();
    } else {
      LocalDate start = LocalDate.of(year, 1, 1);
      elapsed = ChronoUnit.DAYS.between(start, asOf) + 1;
      total = ChronoUnit.DAYS.between(start, due) + 1;
    }
    if (elapsed <= 0 || total <= 0) {
      return BigDecimal.ZERO.setScale(SHARE_SCALE);
    }
    BigDecimal share = BigDecimal.valueOf(elapsed)
        .divide(BigDecimal.valueOf(total), SHARE_SCALE, RoundingMode.HALF_UP);
    return share.min(BigDecimal.ONE.setScale(SHARE_SCALE));
  }

  /** Whole months since 1 January {@code year} ended on or before {@code date} (0 before 31 Jan). */
  static long monthsEnded(LocalDate date, int year) {
    long months = (date.getYear() - year) * 12L + date.getMonthValue();
    if (date.getDayOfMonth() != date.lengthOfMonth()) {
      months--;
    }
    return Math.max(0, months);
  }

  /**
   * Points behind (落后百分点): 100 × (expected share − completion), completion being already
   * clamped between 0 and the cap; 2 decimals HALF_UP. Negative when ahead.
   */
  public static BigDecimal pointsBehind(BigDecimal expectedShare, BigDecimal completion) {
    requireNonNull(expectedShare, "expectedShare");
    requireNonNull(completion, "completion");
    return expectedShare.subtract(completion).movePointRight(2).setScale(2, RoundingMode.HALF_UP);
  }
}
