package io.tracker.rules.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Points arithmetic for the published county scoring methods (计分方法), used by analysts' rules:
 * tiers, base points with a step bonus or penalty, and deductions. Results have 2 decimals and are
 * never negative.
 */
public final class Points {
  private static final int SCALE = 2;

  private Points() {}

  /**
   * Tiered points (分档计分): {@code full} when {@code completion} reaches 1 (全面完成), {@code partial}
   * when it is above 0 (部分完成), else {@code none} (未完成).
   */
  public static BigDecimal tiered(BigDecimal completion, BigDecimal full, BigDecimal partial, BigDecimal none) {
    BigDecimal points = completion.compareTo(BigDecimal.ONE) >= 0 ? full : completion.signum() > 0 ? partial : none;
    return points.setScale(SCALE, RoundingMode.HALF_UP);
  }

  /**
   * Base points with a step bonus or penalty (基础分加减分): {@code percentOver} is how far the result
   * is past the target, in % of the target (or in percentage points for rates); each full
   * {@code step} over adds {@code bonus} up to {@code maxBonus} (每增加1%加1分, 最高加2分), each full
   * {@code step} under deducts {@code penalty} (每少1%扣1分), down to 0.
   */
  public static BigDecimal stepped(BigDecimal percentOver, BigDecimal base, BigDecimal step, BigDecimal bonus,
      BigDecimal maxBonus, BigDecimal penalty) {
    BigDecimal steps = percentOver.abs().divide(step, 0, RoundingMode.DOWN);
    BigDecimal points = percentOver.signum() >= 0
        ? base.add(steps.multiply(bonus).min(maxBonus))
        : base.subtract(steps.multiply(penalty));
    return points.max(BigDecimal.ZERO).setScale(SCALE, RoundingMode.HALF_UP);
  }

  /** How far {@code completion} (1 = met) is past the target, in %: 1.025 → 2.5. */
  public static BigDecimal percentOver(BigDecimal completion) {
    return completion.subtract(BigDecimal.ONE).movePointRight(2);
  }

  /** {@code score} less {@code points}, not below 0 (扣分). */
  public static BigDecimal deducted(BigDecimal score, BigDecimal points) {
    return score.subtract(points).max(BigDecimal.ZERO).setScale(SCALE, RoundingMode.HALF_UP);
  }

  /** {@code times} ÷ {@code per}, rounded down, × {@code points}: 黄灯2次扣1分 is (times, 2, 1). */
  public static BigDecimal perTimes(long times, long per, BigDecimal points) {
    return points.multiply(BigDecimal.valueOf(times / per));
  }

  /**
   * {@code share} of {@code first} plus the rest of {@code second}, 2 decimals HALF_UP: 目标完成占80%,
   * 评价占20% is (work, 0.8, rating).
   */
  public static BigDecimal blended(BigDecimal first, BigDecimal share, BigDecimal second) {
    return first.multiply(share).add(second.multiply(BigDecimal.ONE.subtract(share)))
        .setScale(SCALE, RoundingMode.HALF_UP);
  }

  /** A 0–100 {@code score} scaled to {@code full} points (按完成比例得分): 80 of 10 points → 8.00. */
  public static BigDecimal proportional(BigDecimal score, BigDecimal full) {
    return score.multiply(full).divide(BigDecimal.valueOf(100), SCALE, RoundingMode.HALF_UP);
  }
}
