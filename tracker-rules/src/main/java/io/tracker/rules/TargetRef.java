package io.tracker.rules;

import static java.util.Objects.requireNonNull;

/** A target of a task: task {@code taskId}'s {@code position}-th target (1-based). */
public record TargetRef(String taskId, int position) {
  public TargetRef {
    requireNonNull(taskId, "taskId");
    if (position < 1) {
      throw new IllegalArgumentException("target position must be 1 or more: " + position);
    }
  }
}
