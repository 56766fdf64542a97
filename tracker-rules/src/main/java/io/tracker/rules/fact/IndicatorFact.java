package io.tracker.rules.fact;

import io.tracker.quantity.Quantity;
import io.tracker.target.Bound;
import io.tracker.target.StepRule;
import java.math.BigDecimal;

/**
 * An indicator (考核指标) a unit is judged on for points: a target with a figure of a task with a 分值
 * (weight), once per unit judged on it: the target's assignee (the unit its column is for), or each lead
 * unit of the task when the target is set for the whole task. Inserted only for tasks with a 分值, so a
 * task list without 分值 gets no points at all.
 *
 * @param unitName the unit judged on the indicator
 * @param taskId the task's printed number
 * @param position the target's position
 * @param weight the task's 分值: the indicator's points on completion
 * @param stepRule the scoring text (评分标准) read into a step rule, or null when the task prints none, it
 *     cannot be read or its steps do not fit the target's unit: then the points are 分值 × completion
 * @param figure the target's figure in its printed unit
 * @param bound the target's bound (以上, 以下, …)
 */
public record IndicatorFact(
    String unitName,
    String taskId,
    int position,
    BigDecimal weight,
    StepRule stepRule,
    Quantity figure,
    Bound bound) {

  /** The step rule's points for the actual value {@code actual} (in the target's unit), 2 decimals. */
  public BigDecimal pointsAt(BigDecimal actual) {
    return Calc.score(stepRule.points(figure, bound, actual, weight));
  }
}
