package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import io.tracker.rules.fact.Tally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of assessing a task book against a progress ledger at a date: per-task and per-target
 * scores, lights and flags, unit and leader rollups, the book total and the figures rules reported
 * ({@link Tally}, by name and scope).
 */
public record Assessment(
    LocalDate asOf,
    List<TaskResult> tasks,
    List<UnitResult> units,
    List<LeaderResult> leaders,
    BigDecimal total,
    List<Tally> tallies) {

  public Assessment {
    requireNonNull(asOf, "asOf");
    tasks = List.copyOf(requireNonNull(tasks, "tasks"));
    units = List.copyOf(requireNonNull(units, "units"));
    leaders = List.copyOf(requireNonNull(leaders, "leaders"));
    requireNonNull(total, "total");
    tallies = List.copyOf(requireNonNull(tallies, "tallies"));
  }

  /** An assessment whose rules reported no figures. */
  public Assessment(LocalDate asOf, List<TaskResult> tasks, List<UnitResult> units, List<LeaderResult> leaders,
      BigDecimal total) {
    this(asOf, tasks, units, leaders, total, List.of());
  }
}
