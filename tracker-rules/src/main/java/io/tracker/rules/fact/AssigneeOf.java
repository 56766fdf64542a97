package io.tracker.rules.fact;

/**
 * The unit a target's figure is set for (考核目标 per unit in an indicator table): the unit is judged on
 * that target, and of its task only on the targets set for it.
 *
 * @param taskId the task's printed number
 * @param position the target's position
 * @param unitName the assignee (柯城区)
 */
public record AssigneeOf(String taskId, int position, String unitName) {}
