package io.tracker.task;

/** A responsible unit's role in a task. */
public enum Role {
  /** Leads the task (牵头单位, 主办). The first unit listed leads unless the text says otherwise. */
  LEAD,
  /** Co-operates (配合单位, 协办). */
  CO
}
