package io.tracker.rules.fact;

import java.time.LocalDate;

/**
 * A milestone (节点) a task's deadline names: "5月底前动工" is action 动工 due 31 May. The task itself is
 * due at the end of the work year (TaskFact.deadline), not at the milestone's date.
 *
 * @param taskId the task's printed number
 * @param action what must happen (动工, 开工, 投入使用)
 * @param printed the deadline as printed (5月底前动工)
 * @param date the milestone's date
 * @param daysSinceDate days from {@code date} to the as-of date; positive once it has passed
 * @param reached the date of the first report naming the milestone, on or before the as-of date;
 *     {@code null} while none does
 */
public record Milestone(String taskId, String action, String printed, LocalDate date, long daysSinceDate,
    LocalDate reached) {}
