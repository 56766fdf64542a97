package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of assessing a task book against a progress ledger at a date: per-task and per-target
 * scores, lights and flags, unit and leader rollups and the book total.
 */
public record Assessment(
    LocalDate asOf,
    List<TaskResult> tasks,
    List<UnitResult> units,
    List<LeaderResult> leaders,
    BigDecimal total) {

  public Assessment {
    requireNonNull(asOf, "asOf");
    tasks = List.copyOf(requireNonNull(tasks, "tasks"));
    units = List.copyOf(requireNonNull(units, "units"));
    leaders = List.copyOf(requireNonNull(leaders, "leaders"));
    requireNonNull(total, "total");
  }
}
