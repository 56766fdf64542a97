package io.tracker.rules.fact;

import java.time.LocalDate;

/**
 * The date a target is due by (阶段目标), when one is printed before it: 一季度开工率达80%以上,
 * 3月底前完成投资5亿元.
 *
 * @param taskId the task's printed number
 * @param position the target's position
 * @param printed the date or period as printed (一季度, 3月底前, 上半年)
 * @param end the due date in the work year
 * @param daysSinceEnd days from {@code end} to the as-of date; positive once the period is over
 */
public record Phase(String taskId, int position, String printed, LocalDate end, long daysSinceEnd) {}
