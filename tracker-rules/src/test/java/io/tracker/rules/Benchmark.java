package io.tracker.rules;

import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.quantity.Magnitude;
import io.tracker.quantity.Unit;
import io.tracker.target.Bound;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Start-up and assessment timings for BENCHMARKS.md (not a test): a 107-task book shaped like the
 * seed (about half the tasks with 1–3 targets, the rest scored by status), monthly reports.
 */
public final class Benchmark {
  private Benchmark() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    org.kie.api.KieServices.Factory.get();
    long services = System.nanoTime();
    Assessor assessor = Assessor.withDefaultRules();
    long ready = System.nanoTime();
    System.out.printf("KieServices.Factory.get(): %d ms; first KieBase ready: %d ms after JVM start of main%n",
        (services - start) / 1_000_000, (ready - start) / 1_000_000);
    long again = System.nanoTime();
    Assessor.withDefaultRules();
    System.out.printf("second compile of the same rules (warm JVM): %d ms%n", (System.nanoTime() - again) / 1_000_000);

    TaskBook book = book();
    for (String asOf : List.of("2023-06-30", "2023-12-31")) {
      ProgressLedger ledger = ledger(book, LocalDate.parse(asOf));
      long first = System.nanoTime();
      Assessment a = assessor.assess(book, ledger, LocalDate.parse(asOf));
      long firstDone = System.nanoTime();
      int runs = 30;
      for (int i = 0; i < 5; i++) {
        assessor.assess(book, ledger, LocalDate.parse(asOf));
      }
      long warm = System.nanoTime();
      for (int i = 0; i < runs; i++) {
        assessor.assess(book, ledger, LocalDate.parse(asOf));
      }
      long warmDone = System.nanoTime();
      System.out.printf("as of %s: %d tasks, %d reports, total %s; first assessment %d ms, warm %.1f ms each%n",
          asOf, a.tasks().size(), ledger.reports().size(), a.total(), (firstDone - first) / 1_000_000,
          (warmDone - warm) / 1e6 / runs);
    }
  }

  static TaskBook book() {
    Task[] tasks = new Task[107];
    Unit[] units = {Unit.PERCENT, new Unit(Magnitude.YI, "元"), new Unit(Magnitude.ONE, "个")};
    for (int i = 0; i < tasks.length; i++) {
      List<Target> targets = new ArrayList<>();
      int count = i % 2 == 0 ? 1 + i % 3 : 0;
      for (int p = 0; p < count; p++) {
        TargetKind kind = TargetKind.values()[(i + p) % TargetKind.values().length];
        Unit unit = kind == TargetKind.GROWTH || kind == TargetKind.DECLINE ? Unit.PERCENT : units[(i + p) % 3];
        targets.add(Fixtures.target("指标" + p, kind, Bound.values()[(i + p) % 4], String.valueOf(10 + i), unit));
      }
      tasks[i] = Fixtures.task(String.valueOf(i + 1), Optional.of(Fixtures.deadline(Fixtures.NOV_END)),
          List.of(Fixtures.lead("单位" + i % 30), Fixtures.co("单位" + (i + 7) % 30)), List.of("领导" + i % 12),
          targets.toArray(new Target[0]));
    }
    return Fixtures.book(tasks);
  }

  static ProgressLedger ledger(TaskBook book, LocalDate asOf) {
    List<ProgressReport> reports = new ArrayList<>();
    for (int month = 1; month <= asOf.getMonthValue(); month++) {
      String date = YearMonth.of(2023, month).atEndOfMonth().toString();
      for (Task task : book.tasks()) {
        if (task.targets().isEmpty()) {
          reports.add(Fixtures.status(task.id(), date, io.tracker.ledger.Status.IN_PROGRESS, String.valueOf(month * 8)));
        }
        for (int p = 1; p <= task.targets().size(); p++) {
          reports.add(Fixtures.value(task.id(), p, date,
              task.targets().get(p - 1).value().amount().multiply(java.math.BigDecimal.valueOf(month * 8, 2)).toPlainString()));
        }
      }
    }
    return ProgressLedger.of(reports);
  }
}
