package io.tracker.ledger;

/** Reported status of a task without quantitative targets. */
public enum Status {
  /** 未启动 */
  NOT_STARTED,
  /** 推进中 */
  IN_PROGRESS,
  /** 已完成 */
  DONE,
  /** 受阻 */
  BLOCKED
}
