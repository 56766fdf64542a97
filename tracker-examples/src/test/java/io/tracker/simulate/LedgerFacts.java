package io.tracker.simulate;

import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.target.Bound;
import io.tracker.target.Period;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Facts read off a ledger by inspection, independent of the simulator: which report is in force for a
 * task, target and as-of date (the latest reported, file order breaking ties), and the ingredients a
 * simulated ledger must show.
 */
final class LedgerFacts {
  record Key(String task, OptionalInt target, LocalDate asOf) {}

  private final TaskBook book;
  private final ProgressLedger ledger;
  private final Map<Key, ProgressReport> inForce = new HashMap<>();

  LedgerFacts(TaskBook book, ProgressLedger ledger) {
    this.book = book;
    this.ledger = ledger;
    for (ProgressReport r : ledger.reports()) {
      Key key = new Key(r.taskId(), r.target(), r.asOf());
      ProgressReport earlier = inForce.get(key);
      if (earlier == null || !r.reportedAt().orElseThrow().isBefore(earlier.reportedAt().orElseThrow())) {
        inForce.put(key, r);
      }
    }
  }

  static List<LocalDate> monthEnds(int year, LocalDate asOf) {
    List<LocalDate> ends = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      LocalDate end = YearMonth.of(year, m).atEndOfMonth();
      if (!end.isAfter(asOf)) {
        ends.add(end);
      }
    }
    return ends;
  }

  Optional<ProgressReport> inForce(String task, OptionalInt target, LocalDate asOf) {
    return Optional.ofNullable(inForce.get(new Key(task, target, asOf)));
  }

  /** A report superseded by a later one for the same key with a different content. */
  boolean hasCorrection() {
    for (ProgressReport r : ledger.reports()) {
      ProgressReport winner = inForce.get(new Key(r.taskId(), r.target(), r.asOf()));
      if (winner != r && winner.reportedAt().orElseThrow().isAfter(r.reportedAt().orElseThrow())
          && !(Objects.equals(winner.value(), r.value()) && winner.status().equals(r.status())
              && winner.percent().equals(r.percent()))) {
        return true;
      }
    }
    return false;
  }

  /** An amount target whose cumulative value in force goes down from one reported month to a later one. */
  boolean hasRegression() {
    for (Task task : book.tasks()) {
      for (int p = 1; p <= task.targets().size(); p++) {
        if (task.targets().get(p - 1).kind() != TargetKind.AMOUNT) {
          continue;
        }
        BigDecimal previous = null;
        for (LocalDate end : monthEnds(book.year(), LocalDate.of(book.year(), 12, 31))) {
          Optional<ProgressReport> r = inForce(task.id(), OptionalInt.of(p), end);
          if (r.isPresent()) {
            BigDecimal value = r.get().value().orElseThrow();
            if (previous != null && value.compareTo(previous) < 0) {
              return true;
            }
            previous = value;
          }
        }
      }
    }
    return false;
  }

  /** Tasks that lack a report in force at some month end up to {@code asOf}, for some target or status. */
  List<String> tasksMissingReports(LocalDate asOf) {
    List<String> missing = new ArrayList<>();
    for (Task task : book.tasks()) {
      List<OptionalInt> keys = new ArrayList<>();
      if (task.targets().isEmpty()) {
        keys.add(OptionalInt.empty());
      }
      for (int p = 1; p <= task.targets().size(); p++) {
        keys.add(OptionalInt.of(p));
      }
      boolean lacks = monthEnds(book.year(), asOf).stream()
          .anyMatch(end -> keys.stream().anyMatch(k -> inForce(task.id(), k, end).isEmpty()));
      if (lacks) {
        missing.add(task.id());
      }
    }
    return missing;
  }

  /** First-quarter targets whose value in force at 31 March is on the wrong side of the printed figure. */
  List<String> missedFirstQuarterTargets() {
    List<String> missed = new ArrayList<>();
    LocalDate march = Period.Q1.end(book.year());
    for (Task task : book.tasks()) {
      for (int p = 1; p <= task.targets().size(); p++) {
        Target target = task.targets().get(p - 1);
        if (!target.period().equals(Optional.of(Period.Q1))) {
          continue;
        }
        Optional<ProgressReport> r = inForce(task.id(), OptionalInt.of(p), march);
        if (r.isPresent()) {
          int side = r.get().value().orElseThrow().compareTo(target.value().amount());
          if (target.bound() == Bound.AT_MOST ? side > 0 : side < 0) {
            missed.add(task.id() + "#" + p);
          }
        }
      }
    }
    return missed;
  }
}
