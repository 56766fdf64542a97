package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import io.tracker.rules.fact.Tally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of assessing a task book against a progress ledger at a date: per-task and per-target
 * scores, lights and flags, unit and leader rollups, the book total and the figures rules reported
 * ({@link Tally}, by name and scope), and the lights at the earlier month ends of the year
 * ({@link LightRecord}) that the next month's assessment may take instead of judging them again.
 */
public record Assessment(
    LocalDate asOf,
    List<TaskResult> tasks,
    List<UnitResult> units,
    List<LeaderResult> leaders,
    BigDecimal total,
    List<Tally> tallies,
    LightRecord history) {

  public Assessment {
    requireNonNull(asOf, "asOf");
    tasks = List.copyOf(requireNonNull(tasks, "tasks"));
    units = List.copyOf(requireNonNull(units, "units"));
    leaders = List.copyOf(requireNonNull(leaders, "leaders"));
    requireNonNull(total, "total");
    tallies = List.copyOf(requireNonNull(tallies, "tallies"));
    history = history == null ? LightRecord.NONE : history; // JSON written before the record existed
  }

  /** An assessment that keeps no light record ({@link LightRecord#NONE}). */
  public Assessment(LocalDate asOf, List<TaskResult> tasks, List<UnitResult> units, List<LeaderResult> leaders,
      BigDecimal total, List<Tally> tallies) {
    this(asOf, tasks, units, leaders, total, tallies, LightRecord.NONE);
  }

  /** An assessment whose rules reported no figures, keeping no light record. */
  public Assessment(LocalDate asOf, List<TaskResult> tasks, List<UnitResult> units, List<LeaderResult> leaders,
      BigDecimal total) {
    this(asOf, tasks, units, leaders, total, List.of());
  }
}
