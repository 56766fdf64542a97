package io.tracker.rules.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * The task was lit red (曾亮红灯) at earlier month ends of the work year, each judged with the
 * reports dated on or before that month end and the same rules. Present only when there is at least
 * one such month end.
 *
 * @param taskId the task's printed number
 * @param monthEnds the month ends at which it was red, in date order
 */
public record EarlierRed(String taskId, List<LocalDate> monthEnds) {
  public EarlierRed {
    monthEnds = List.copyOf(monthEnds);
  }

  /** The latest month end at which the task was red. */
  public LocalDate last() {
    return monthEnds.get(monthEnds.size() - 1);
  }
}
