package io.tracker.rules.fact;

import java.time.LocalDate;

/**
 * The period a target is due by (阶段目标), when it has one: 一季度开工率达80%以上.
 *
 * @param taskId the task's printed number
 * @param position the target's position
 * @param printed the period as printed (一季度)
 * @param end the period's last day in the work year
 * @param daysSinceEnd days from {@code end} to the as-of date; positive once the period is over
 */
public record Phase(String taskId, int position, String printed, LocalDate end, long daysSinceEnd) {}
