package io.tracker.rules.fact;

import java.math.BigDecimal;

/**
 * Derived: the completion ratio (完成度) of one measure of a target, before clamping; 4 decimals.
 *
 * @param taskId the task's printed number
 * @param position the target's position
 * @param measure which measure it was computed from
 * @param ratio the completion ratio (1 = met)
 */
public record Completion(String taskId, int position, MeasureKind measure, BigDecimal ratio) {}
