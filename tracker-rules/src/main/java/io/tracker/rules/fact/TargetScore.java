package io.tracker.rules.fact;

import java.math.BigDecimal;

/**
 * Derived: the score of a target (指标得分).
 *
 * @param taskId the task's printed number
 * @param position the target's position
 * @param completion completion clamped between 0 and the cap, 4 decimals
 * @param score 100 × completion, 2 decimals
 * @param reported whether the target has a report
 * @param pointsBehind 100 × (expected share − completion), 2 decimals; negative when ahead
 * @param weight the target's weight in its task's score
 */
public record TargetScore(
    String taskId,
    int position,
    BigDecimal completion,
    BigDecimal score,
    boolean reported,
    BigDecimal pointsBehind,
    BigDecimal weight)
    implements Weighted {}
