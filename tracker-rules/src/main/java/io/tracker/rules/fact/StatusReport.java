package io.tracker.rules.fact;

import io.tracker.ledger.Status;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The latest status (最新状态) of a task without targets, on or before the as-of date.
 *
 * @param taskId the task's printed number
 * @param status 未启动, 推进中, 已完成, 受阻
 * @param percent percent done (0–100) as reported, or {@code null} when not given
 * @param date the report's as-of date
 * @param ageDays days from {@code date} to the assessment's as-of date
 * @param note the report's note (进展情况), "" when none: what blocks a BLOCKED task
 */
public record StatusReport(
    String taskId, Status status, BigDecimal percent, LocalDate date, long ageDays, String note) {}
