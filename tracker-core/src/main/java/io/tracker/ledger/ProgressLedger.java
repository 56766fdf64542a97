package io.tracker.ledger;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalInt;

/**
 * The append-only progress ledger (进度台账): every report in the order it was recorded. A later
 * report for the same task, target and as-of date is a correction that supersedes the earlier one;
 * both stay in {@link #reports()}.
 */
public final class ProgressLedger {
  private final List<ProgressReport> reports;

  private ProgressLedger(List<ProgressReport> reports) {
    this.reports = List.copyOf(reports);
  }

  /** A ledger holding {@code reports} in recording order. */
  public static ProgressLedger of(List<ProgressReport> reports) {
    return new ProgressLedger(requireNonNull(reports, "reports"));
  }

  /** Every report in recording order, corrections included. */
  public List<ProgressReport> reports() {
    return reports;
  }

  /**
   * The effective (corrected) history of task {@code taskId} and target {@code target} (empty for a
   * task without targets); see {@link ReportHistory} for which correction wins.
   */
  public ReportHistory history(String taskId, OptionalInt target) {
    requireNonNull(taskId, "taskId");
    requireNonNull(target, "target");
    return ReportHistory.of(
        reports.stream().filter(r -> r.taskId().equals(taskId) && r.target().equals(target)).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProgressLedger other && reports.equals(other.reports);
  }

  @Override
  public int hashCode() {
    return reports.hashCode();
  }

  @Override
  public String toString() {
    return "ProgressLedger[" + reports.size() + " reports]";
  }
}
