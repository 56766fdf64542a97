package io.tracker.rules.fact;

/**
 * A relative target (相对目标, "不低于全省平均水平") with no benchmark yet: it has no figure, so no
 * {@link TargetFact}, and is unscored until a benchmark (基准值) supplies one.
 *
 * @param taskId the task's printed number
 * @param position the target's position
 * @param reference what it is measured against, as printed: 全省平均水平
 */
public record RelativeTarget(String taskId, int position, String reference) {}
