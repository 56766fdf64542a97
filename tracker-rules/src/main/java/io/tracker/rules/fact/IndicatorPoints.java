package io.tracker.rules.fact;

import java.math.BigDecimal;

/**
 * Derived: the points a unit earns on one indicator (指标得分, in 分), 2 decimals.
 *
 * @param unitName the unit judged
 * @param taskId the task's printed number
 * @param position the target's position
 * @param points the points earned: may exceed {@code maxPoints} with bonus steps, never below 0 when the
 *     rule says 扣完为止
 * @param maxPoints the indicator's 分值
 */
public record IndicatorPoints(String unitName, String taskId, int position, BigDecimal points, BigDecimal maxPoints) {}
