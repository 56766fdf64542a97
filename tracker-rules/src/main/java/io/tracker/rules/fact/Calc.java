package io.tracker.rules.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Arithmetic for rule consequences, following the decimal policy of {@code docs/scoring.md}:
 * ratios 4 decimals HALF_UP, scores and means 2 decimals HALF_UP. No policy: which formula applies
 * when is decided by the rules.
 */
public final class Calc {
  private static final int RATIO_SCALE = 4;
  private static final int SCORE_SCALE = 2;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Calc() {}

  /**
   * {@code numerator ÷ denominator}, 4 decimals HALF_UP. A zero denominator gives 1 for a
   * non-negative numerator and 0 for a negative one (reaching a zero figure).
   */
  public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
    if (denominator.signum() == 0) {
      return (numerator.signum() >= 0 ? BigDecimal.ONE : BigDecimal.ZERO).setScale(RATIO_SCALE);
    }
    return numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_UP);
  }

  /** The ratio 1 at ratio scale (1.0000). */
  public static BigDecimal one() {
    return BigDecimal.ONE.setScale(RATIO_SCALE);
  }

  /** |a − b|. */
  public static BigDecimal distance(BigDecimal a, BigDecimal b) {
    return a.subtract(b).abs();
  }

  /** |a − b| ÷ |b|, exact to 10 decimals; a zero {@code b} gives 0 when a = 0, else 1000000. */
  public static BigDecimal relativeDistance(BigDecimal a, BigDecimal b) {
    if (b.signum() == 0) {
      return a.signum() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(1_000_000);
    }
    return a.subtract(b).abs().divide(b.abs(), 10, RoundingMode.HALF_UP);
  }

  /** {@code value} limited to [{@code low}, {@code high}], at ratio scale (4 decimals). */
  public static BigDecimal clamp(BigDecimal value, BigDecimal low, BigDecimal high) {
    return between(value, low, high).setScale(RATIO_SCALE, RoundingMode.HALF_UP);
  }

  /** {@code value} limited to [{@code low}, {@code high}], scale unchanged. */
  public static BigDecimal between(BigDecimal value, BigDecimal low, BigDecimal high) {
    return value.max(low).min(high);
  }

  /** The smallest of {@code values}. */
  public static BigDecimal min(BigDecimal first, BigDecimal... others) {
    BigDecimal min = first;
    for (BigDecimal other : others) {
      min = min.min(other);
    }
    return min;
  }

  /** 100 × {@code ratio}, 2 decimals HALF_UP. */
  public static BigDecimal percentOf(BigDecimal ratio) {
    return ratio.multiply(HUNDRED).setScale(SCORE_SCALE, RoundingMode.HALF_UP);
  }

  /** {@code value} at score scale, 2 decimals HALF_UP. */
  public static BigDecimal score(BigDecimal value) {
    return value.setScale(SCORE_SCALE, RoundingMode.HALF_UP);
  }

  /** {@code value × dueDays ÷ reportDays}, 4 decimals HALF_UP: a value carried forward in time. */
  public static BigDecimal project(BigDecimal value, long dueDays, long reportDays) {
    return value.multiply(BigDecimal.valueOf(dueDays))
        .divide(BigDecimal.valueOf(reportDays), RATIO_SCALE, RoundingMode.HALF_UP);
  }

  /** Σ weight × score ÷ Σ weight, 2 decimals HALF_UP; 0.00 for no items or zero total weight. */
  public static BigDecimal weightedMean(List<? extends Weighted> items) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Weighted item : items) {
      sum = sum.add(item.weight().multiply(item.score()));
      weights = weights.add(item.weight());
    }
    if (weights.signum() == 0) {
      return BigDecimal.ZERO.setScale(SCORE_SCALE);
    }
    return sum.divide(weights, SCORE_SCALE, RoundingMode.HALF_UP);
  }

  /** The sum of {@code values} (bonus points, counts), scale as it comes; 0 for none. */
  public static BigDecimal sum(List<BigDecimal> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal value : values) {
      sum = sum.add(value);
    }
    return sum;
  }

  /** The plain mean of {@code values} (ratings), 2 decimals HALF_UP; 0.00 for none. */
  public static BigDecimal average(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return BigDecimal.ZERO.setScale(SCORE_SCALE);
    }
    return mean(sum(values), values.size());
  }

  /** The plain mean of {@code scores}, 2 decimals HALF_UP; 0.00 for none. */
  public static BigDecimal mean(List<TaskScore> scores) {
    if (scores.isEmpty()) {
      return BigDecimal.ZERO.setScale(SCORE_SCALE);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (TaskScore score : scores) {
      sum = sum.add(score.score());
    }
    return mean(sum, scores.size());
  }

  /** The mean of {@code count} (at least 1) scores that add up to {@code sum}, as {@link #mean(List)} rounds it. */
  public static BigDecimal mean(BigDecimal sum, int count) {
    return sum.divide(BigDecimal.valueOf(count), SCORE_SCALE, RoundingMode.HALF_UP);
  }
}
