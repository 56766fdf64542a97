package io.tracker.rules.scenario;

import static java.util.Objects.requireNonNull;

import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.Status;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.rules.Assessing;
import io.tracker.rules.RuleProblem;
import io.tracker.rules.RuleSetException;
import io.tracker.target.Bound;
import io.tracker.target.Due;
import io.tracker.target.Period;
import io.tracker.target.SourceSpan;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Deadline;
import io.tracker.task.Responsibility;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import io.tracker.task.Section;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a compiled rule set on books to see that it can assess them (规则试算): {@code rules check}
 * assesses a probe book built in here and the seed. A rule that fails, fires without end, or breaks
 * the result contract (a task, target, unit or leader without a score or light, or with two) is a
 * problem naming its file and rule.
 *
 * <p>The probe book has a target of every kind and bound, periods and printed due dates, a part
 * (其中…), a milestone deadline (5月底前动工) with and without a report naming it, tasks without
 * targets in every status and one never reported, a task without a deadline, units that lead and
 * co-operate, a task with no lead unit, and leaders; its ledger has reports before and after the
 * due dates.
 */
public final class RuleCheck {
  /** The dates the probe book is assessed at: after the first quarter, mid-year, at the year end. */
  public static final List<LocalDate> PROBE_DATES =
      List.of(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30), LocalDate.of(2023, 12, 31));

  private static final int YEAR = 2023;

  private RuleCheck() {}

  /** The problems {@code assessor} has assessing the probe book at {@link #PROBE_DATES}; none when it can. */
  public static List<RuleProblem> probe(Assessing assessor) {
    return assess(assessor, probeBook(), probeLedger(), PROBE_DATES);
  }

  /**
   * The problems {@code assessor} has assessing {@code book} with {@code ledger} at each of
   * {@code dates}, each problem once.
   */
  public static List<RuleProblem> assess(Assessing assessor, TaskBook book, ProgressLedger ledger, List<LocalDate> dates) {
    requireNonNull(assessor, "assessor");
    Set<RuleProblem> problems = new LinkedHashSet<>();
    for (LocalDate date : dates) {
      try {
        assessor.assess(book, ledger, date);
      } catch (RuleSetException e) {
        e.problems().forEach(p -> problems.add(new RuleProblem(p.file(), p.line(), p.rule(),
            p.message() + " (试算 " + book.title() + ", 截至 " + date + ")")));
      }
    }
    return List.copyOf(problems);
  }

  /** The built-in probe book (试算清单). */
  static TaskBook probeBook() {
    List<Task> tasks = new ArrayList<>();
    int id = 0;
    TargetKind[] kinds = TargetKind.values();
    Bound[] bounds = Bound.values();
    for (int k = 0; k < kinds.length; k++) {
      List<Target> targets = new ArrayList<>();
      for (int b = 0; b < bounds.length; b++) {
        Optional<Period> period = b == 1 ? Optional.of(Period.values()[k % Period.values().length]) : Optional.empty();
        Optional<Due> due = b == 2 ? Optional.of(new Due(MonthDay.of(3 + 3 * (k % 3), 30), (3 + 3 * (k % 3)) + "月底前"))
            : period.map(p -> Due.of(p, p.printed()));
        targets.add(target(kinds[k], bounds[b], period, due, false));
      }
      targets.add(target(TargetKind.AMOUNT, Bound.EXACTLY, Optional.empty(), Optional.empty(), true));
      boolean milestone = k == 0;
      Optional<Deadline> deadline = milestone
          ? Optional.of(new Deadline(Optional.of(LocalDate.of(YEAR, 5, 31)), "5月底前动工", Optional.of("动工")))
          : k == 1 ? Optional.empty()
          : Optional.of(new Deadline(Optional.of(LocalDate.of(YEAR, 11, 30)), "11月底", Optional.empty()));
      tasks.add(task(++id, deadline, targets, k));
    }
    for (int s = 0; s <= Status.values().length; s++) {
      Optional<Deadline> deadline = s == 0
          ? Optional.of(new Deadline(Optional.of(LocalDate.of(YEAR, 4, 30)), "4月底前开工", Optional.of("开工")))
          : Optional.of(new Deadline(Optional.of(LocalDate.of(YEAR, 9, 30)), "9月底", Optional.empty()));
      tasks.add(task(++id, deadline, List.of(), s));
    }
    return withTags(tasks);
  }

  /** The book of {@code tasks}, tagged 重点 and 民生实事, 创建, or not at all in turn. */
  private static TaskBook withTags(List<Task> tasks) {
    List<Task> tagged = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      tagged.add(tasks.get(i).withTags(i % 3 == 0 ? List.of("重点", "民生实事") : i % 3 == 1 ? List.of("创建") : List.of()));
    }
    return new TaskBook("试算", "试算", Optional.empty(), YEAR, "试算清单", List.of(new Section(1, "试算")), tagged);
  }

  private static Target target(TargetKind kind, Bound bound, Optional<Period> period, Optional<Due> due, boolean part) {
    Unit unit = kind == TargetKind.AMOUNT || kind == TargetKind.MAINTAIN ? Unit.parse("亿元") : Unit.parse("%");
    String text = "指标" + kind.ordinal() + bound.ordinal();
    return new Target(text, Optional.empty(), kind, bound, new Quantity(BigDecimal.TEN, unit), period, Optional.empty(),
        new SourceSpan(text, 0, text.length()), part).withDue(due);
  }

  /** Task {@code n}: lead and co units, none leading for every third task, a leader for every other one. */
  private static Task task(int n, Optional<Deadline> deadline, List<Target> targets, int variant) {
    List<ResponsibleUnit> units = variant % 3 == 2
        ? List.of(new ResponsibleUnit("县财政局", "县财政局", Role.CO), new ResponsibleUnit("县住建局", "县住建局", Role.CO))
        : List.of(new ResponsibleUnit(variant % 2 == 0 ? "县发改局" : "县住建局", variant % 2 == 0 ? "县发改局" : "县住建局",
            Role.LEAD),
            new ResponsibleUnit("县财政局", "县财政局", Role.CO));
    List<String> leaders = n % 2 == 0 ? List.of("张三") : List.of("李四", "张三");
    return new Task(String.valueOf(n), 1, "试算任务" + n, new Responsibility(units), leaders, deadline, targets);
  }

  /** Reports for the probe book: values before and after the due dates, every status, a milestone reached. */
  static ProgressLedger probeLedger() {
    TaskBook book = probeBook();
    List<ProgressReport> reports = new ArrayList<>();
    List<LocalDate> dates = List.of(LocalDate.of(YEAR, 2, 28), LocalDate.of(YEAR, 5, 31), LocalDate.of(YEAR, 8, 31));
    for (Task task : book.tasks()) {
      for (int p = 1; p <= task.targets().size(); p++) {
        if ((p + task.id().length()) % 4 == 0) {
          continue; // never reported
        }
        for (int d = 0; d < dates.size(); d++) {
          reports.add(ProgressReport.value(task.id(), p, dates.get(d), BigDecimal.valueOf(3L * (d + 1) + p), "试算"));
        }
      }
    }
    List<Task> statusTasks = book.tasks().stream().filter(t -> t.targets().isEmpty()).toList();
    for (int i = 0; i < statusTasks.size() - 1; i++) {
      Status status = Status.values()[i];
      ProgressReport report = ProgressReport.status(statusTasks.get(i).id(), dates.get(1), status, "试算");
      reports.add(status == Status.IN_PROGRESS ? report.withPercent(BigDecimal.valueOf(40))
          : status == Status.BLOCKED ? report.withNote("要素保障不足") : report);
    }
    reports.add(ProgressReport.status(statusTasks.get(0).id(), dates.get(0), Status.IN_PROGRESS, "试算")
        .withMilestone("开工"));
    return ProgressLedger.of(reports);
  }
}
