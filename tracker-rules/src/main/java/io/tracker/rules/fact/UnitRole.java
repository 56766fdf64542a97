package io.tracker.rules.fact;

import io.tracker.task.Role;

/**
 * A responsible unit's role in a task (责任分工): each distinct unit of a task once, as lead when it
 * is listed as lead anywhere in the task.
 */
public record UnitRole(String taskId, String unitName, Role role) {}
