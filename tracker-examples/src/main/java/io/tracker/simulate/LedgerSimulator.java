package io.tracker.simulate;

import static java.util.Objects.requireNonNull;

import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic, plausible progress ledger (进度台账) for a task book, for trying out the
 * rules and the report without real data.
 *
 * <p>Each task reports at every month end up to the as-of date, a few days later (+08:00): value
 * reports of cumulative actuals for each target, status reports for tasks without targets. Most
 * tasks are on track, some lag, a few ahead. The ledger always holds, as far as the as-of date
 * allows: a few tasks with missing reports, at least one correction (the same task, target and
 * as-of date reported again later with another value), at least one regression (an amount target's
 * cumulative value going down from one month to the next), and, when the book has a target due by
 * the first quarter (一季度), that target missed at 31 March.
 *
 * <p>Values are in the target's printed unit: growth and decline targets get an actual rate in %
 * around the target (a decline in its own sense, 3.2 = fell 3.2%); amount targets a cumulative
 * figure of about the elapsed share of the year (or of the target's period) × target × the task's
 * pace; level targets a figure approaching the level; maintained levels a figure near the level.
 *
 * <p>The same book, date and seed give the same ledger on every run and JVM: every task draws from
 * its own {@link Random} seeded from the seed and the task id.
 */
public final class LedgerSimulator {
  private LedgerSimulator() {}

  /**
   * The simulated ledger, reports in recording order (by reporting time).
   *
   * @param asOf last day reported on: every month end of the book's year up to it gets reports
   * @throws IllegalArgumentException if {@code asOf} lies before the book's year
   */
  public static ProgressLedger simulate(TaskBook book, LocalDate asOf, long seed) {
    requireNonNull(book, "book");
    requireNonNull(asOf, "asOf");
    if (asOf.getYear() < book.year()) {
      throw new IllegalArgumentException("as-of date " + asOf + " lies before the book's year " + book.year());
    }
    List<LocalDate> monthEnds = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      LocalDate end = YearMonth.of(book.year(), month).atEndOfMonth();
      if (!end.isAfter(asOf)) {
        monthEnds.add(end);
      }
    }
    SimulationPlan plan = SimulationPlan.draw(book, monthEnds, new Random(mix(seed, "plan")));
    List<ProgressReport> reports = new ArrayList<>();
    for (Task task : book.tasks()) {
      reports.addAll(new TaskSimulation(task, book.year(), monthEnds, plan, new Random(mix(seed, task.id())))
          .reports());
    }
    // Stable: reports submitted at the same moment keep the book's order.
    reports.sort(Comparator.comparing(r -> r.reportedAt().map(OffsetDateTime::toInstant).orElseThrow()));
    return ProgressLedger.of(reports);
  }

  /** A seed for one stream: the seed and a name (FNV-1a over its chars), mixed by SplitMix64's finaliser. */
  private static long mix(long seed, String name) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < name.length(); i++) {
      hash = (hash ^ name.charAt(i)) * 0x100000001b3L;
    }
    long z = seed + hash * 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
