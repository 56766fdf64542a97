package io.tracker.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A reported value of a target (报送值), pre-aggregated from its effective history up to the as-of
 * date. A target without reports has no measures.
 *
 * @param taskId the task's printed number
 * @param position the target's position
 * @param kind which report this is
 * @param date the report's as-of date
 * @param value the value in the target's printed unit (or the rate in % for growth and decline)
 * @param ageDays days from {@code date} to the assessment's as-of date
 * @param daysIntoYear days from 1 January of the work year to {@code date}, both included
 */
public record Measure(
    String taskId,
    int position,
    MeasureKind kind,
    LocalDate date,
    BigDecimal value,
    long ageDays,
    long daysIntoYear) {}
