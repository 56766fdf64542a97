package io.tracker.rules;

import java.time.LocalDate;

/**
 * The light of a task at an earlier month end of the work year (亮灯记录), judged with the reports
 * dated on or before that month end and the same rules: one per task and month end at which the task
 * was judged, whatever its colour ("两次黄灯" counts the yellow ones).
 *
 * @param taskId the task's printed number
 * @param monthEnd the month end, strictly before the as-of date
 * @param light the task's light then
 */
public record EarlierLight(String taskId, LocalDate monthEnd, Light light) {}
