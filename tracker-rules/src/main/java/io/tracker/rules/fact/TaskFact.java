package io.tracker.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A task (任务) being assessed.
 *
 * @param id printed number (序号)
 * @param targetCount number of quantitative targets (量化指标); 0 for a task scored by status
 * @param deadline the deadline (完成时限), 31 December of the work year when none is printed or the
 *     printed date is a milestone's ("5月底前动工", see {@link Milestone})
 * @param daysToDeadline days from the as-of date to the deadline; negative once it has passed
 * @param unitCount number of distinct responsible units (责任单位)
 * @param leadCount number of those that lead (牵头单位)
 * @param expectedShare 时序进度 of the task at the as-of date, 0–1, 4 decimals: as for an amount due
 *     at {@code deadline} (6/11 on 30 June against 11月底)
 * @param tags the task's categories (民生实事, 创建, 重点); {@code tags contains "民生实事"} in DRL
 */
public record TaskFact(
    String id, int targetCount, LocalDate deadline, long daysToDeadline, int unitCount, int leadCount,
    BigDecimal expectedShare, List<String> tags) {
  public TaskFact {
    tags = List.copyOf(tags);
  }
}
