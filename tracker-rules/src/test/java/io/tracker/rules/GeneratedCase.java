package io.tracker.rules;

import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.Status;
import io.tracker.quantity.Unit;
import io.tracker.target.Bound;
import io.tracker.target.Period;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Deadline;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A generated task book, ledger and as-of date for comparing rule sets: a few tasks with targets of
 * every kind and bound (some with a period), units with and without a lead, status tasks, and
 * reports scattered over the year. Built from a QuickTheories-drawn seed.
 */
record GeneratedCase(TaskBook book, ProgressLedger ledger, LocalDate asOf) {
  private static final String[] UNITS = {"县发改局", "县财政局", "县农业农村局", "县住建局"};
  private static final String[] LEADERS = {"张三", "李四", "王五"};

  static Gen<GeneratedCase> cases() {
    return SourceDSL.longs().all().map(GeneratedCase::of);
  }

  static GeneratedCase of(long seed) {
    Random random = new Random(seed);
    int year = Fixtures.YEAR;
    List<Task> tasks = new ArrayList<>();
    List<ProgressReport> reports = new ArrayList<>();
    int taskCount = 1 + random.nextInt(6);
    for (int i = 1; i <= taskCount; i++) {
      String id = String.valueOf(i);
      List<Target> targets = new ArrayList<>();
      int targetCount = random.nextInt(4);
      for (int p = 1; p <= targetCount; p++) {
        targets.add(target(random));
      }
      List<ResponsibleUnit> units = new ArrayList<>();
      int unitCount = 1 + random.nextInt(3);
      boolean lead = random.nextInt(4) > 0;
      for (int u = 0; u < unitCount; u++) {
        String name = UNITS[(i + u) % UNITS.length];
        units.add(u == 0 && lead ? Fixtures.lead(name) : Fixtures.co(name));
      }
      List<String> leaders = random.nextBoolean() ? List.of(LEADERS[i % LEADERS.length]) : List.of();
      Optional<Deadline> deadline = random.nextInt(5) == 0 ? Optional.empty()
          : Optional.of(Fixtures.deadline(YearMonth.of(year, 1 + random.nextInt(12)).atEndOfMonth()));
      tasks.add(Fixtures.task(id, deadline, units, leaders, targets.toArray(Target[]::new)));
      for (int p = 1; p <= targetCount; p++) {
        BigDecimal planned = targets.get(p - 1).value().amount();
        int n = random.nextInt(4);
        for (int r = 0; r < n; r++) {
          BigDecimal value = planned.multiply(BigDecimal.valueOf(random.nextInt(160))).movePointLeft(2);
          reports.add(new ProgressReport(id, OptionalInt.of(p), day(random, year), Optional.of(value),
              Optional.empty(), Optional.empty(), "", "县发改局", Optional.empty()));
        }
      }
      if (targetCount == 0) {
        int n = random.nextInt(3);
        for (int r = 0; r < n; r++) {
          Status status = Status.values()[random.nextInt(Status.values().length)];
          Optional<BigDecimal> percent = status == Status.IN_PROGRESS && random.nextBoolean()
              ? Optional.of(BigDecimal.valueOf(random.nextInt(101))) : Optional.empty();
          reports.add(new ProgressReport(id, OptionalInt.empty(), day(random, year), Optional.empty(),
              Optional.of(status), percent, "", "县发改局", Optional.empty()));
        }
      }
    }
    return new GeneratedCase(Fixtures.book(tasks.toArray(Task[]::new)), ProgressLedger.of(reports),
        day(random, year));
  }

  private static Target target(Random random) {
    TargetKind kind = TargetKind.values()[random.nextInt(TargetKind.values().length)];
    Bound bound = Bound.values()[random.nextInt(Bound.values().length)];
    boolean percent = kind == TargetKind.GROWTH || kind == TargetKind.DECLINE || kind == TargetKind.LEVEL;
    Unit unit = percent ? Unit.PERCENT : random.nextBoolean() ? Fixtures.YI_YUAN : Fixtures.GE;
    String amount = String.valueOf(1 + random.nextInt(percent ? 20 : 120));
    Period period = random.nextInt(4) == 0 ? Period.values()[random.nextInt(Period.values().length)] : null;
    return Fixtures.target("指标" + kind.ordinal(), kind, bound, amount, unit, period);
  }

  private static LocalDate day(Random random, int year) {
    return LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
  }
}
