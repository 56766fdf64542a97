package io.tracker.rules.fact;

import java.time.LocalDate;

/**
 * A task (任务) being assessed.
 *
 * @param id printed number (序号)
 * @param targetCount number of quantitative targets (量化指标); 0 for a task scored by status
 * @param deadline the deadline (完成时限), 31 December of the work year when none is printed
 * @param daysToDeadline days from the as-of date to the deadline; negative once it has passed
 * @param unitCount number of distinct responsible units (责任单位)
 * @param leadCount number of those that lead (牵头单位)
 */
public record TaskFact(
    String id, int targetCount, LocalDate deadline, long daysToDeadline, int unitCount, int leadCount) {}
