package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.ledger.LedgerCheck;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.rules.fact.Calc;
import io.tracker.rules.fact.LeaderFact;
import io.tracker.rules.fact.LeaderOf;
import io.tracker.rules.fact.LeaderScore;
import io.tracker.rules.fact.TaskScore;
import io.tracker.rules.fact.UnitFact;
import io.tracker.rules.fact.UnitRole;
import io.tracker.rules.fact.UnitScore;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An assessment kept up to date as reports arrive (实时亮灯): built once from a book, its ledger and
 * an as-of date, then {@link #apply} takes one new report and returns the results it changes — the
 * task's, its units' and leaders', and the book total — equal to assessing the ledger plus every
 * report applied so far from scratch ({@link #assessment()}).
 *
 * <pre>{@code
 * LiveAssessment live = LiveAssessment.start(Assessor.withDefaultRules(), book, ledger, asOf);
 * LiveAssessment.Change change = live.apply(report);   // a unit has just reported
 * dashboard.show(change.task(), change.units(), change.leaders(), change.total());
 * }</pre>
 *
 * <p>With rules that judge each task on its own facts (the defaults) and a book without indicators,
 * only the reported task is judged again — at the as-of date, and at the earlier month ends of the
 * year on or after the report's date, its light history — each in a small session, and only its units,
 * leaders and the book total are rolled up again, the units and leaders in one session with their own
 * tasks' scores. Otherwise (analysts' rules, which may join tasks; indicator tables, whose unit points
 * join every indicator of a unit) each report costs a whole assessment. Measured in BENCHMARKS.md.
 *
 * <p>Thread-safe: reports are applied one at a time. Outside ratings are not supported.
 */
public final class LiveAssessment {
  private final Assessor assessor;
  private final TaskBook book;
  private final LocalDate asOf;
  private final ScoringPolicy policy;
  private final String basis;
  private final Map<String, Integer> indexOf = new HashMap<>();
  /** The ledger and every report applied since, in recording order. */
  private final List<ProgressReport> recorded;
  private final Map<String, List<ProgressReport>> reportsOfTask = new HashMap<>();
  private final Map<String, List<Task>> tasksOfUnit = new HashMap<>();
  private final Map<String, List<Task>> tasksOfLeader = new HashMap<>();
  /** Month end → task id → light: the light history, every month end of the year before {@link #asOf}. */
  private final Map<LocalDate, Map<String, Light>> lights = new LinkedHashMap<>();
  private final TaskResult[] tasks;
  private final Map<String, UnitResult> units = new LinkedHashMap<>();
  private final Map<String, LeaderResult> leaders = new LinkedHashMap<>();
  private BigDecimal scoreSum = BigDecimal.ZERO;
  private BigDecimal total;
  /** Whether a report re-judges its task alone; false: each report re-assesses the whole book. */
  private boolean incremental;

  private LiveAssessment(Assessor assessor, TaskBook book, ProgressLedger ledger, LocalDate asOf, ScoringPolicy policy) {
    this.assessor = assessor;
    this.book = book;
    this.asOf = asOf;
    this.policy = policy;
    this.recorded = new ArrayList<>(ledger.reports());
    this.tasks = new TaskResult[book.tasks().size()];
    for (int i = 0; i < book.tasks().size(); i++) {
      Task task = book.tasks().get(i);
      indexOf.putIfAbsent(task.id(), i);
      task.responsibility().roles().keySet().forEach(u -> tasksOfUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(task));
      new LinkedHashSet<>(task.leaders()).forEach(l -> tasksOfLeader.computeIfAbsent(l, k -> new ArrayList<>()).add(task));
    }
    recorded.forEach(r -> reportsOfTask.computeIfAbsent(r.taskId(), k -> new ArrayList<>()).add(r));
    Assessment start = assessor.assess(book, ledger, asOf, policy);
    this.basis = start.history().basis();
    this.incremental = assessor.judgesTasksApart(book) && start.tallies().isEmpty()
        && indexOf.size() == book.tasks().size();
    take(start);
  }

  /**
   * Assesses {@code book} at {@code asOf} under the default {@link ScoringPolicy} with {@code assessor},
   * ready to apply new reports.
   *
   * @throws InputException and {@link RuleSetException} as {@link Assessor#assess} does
   */
  public static LiveAssessment start(Assessor assessor, TaskBook book, ProgressLedger ledger, LocalDate asOf) {
    return start(assessor, book, ledger, asOf, ScoringPolicy.defaults());
  }

  /** As {@link #start(Assessor, TaskBook, ProgressLedger, LocalDate)}, under {@code policy}. */
  public static LiveAssessment start(Assessor assessor, TaskBook book, ProgressLedger ledger, LocalDate asOf,
      ScoringPolicy policy) {
    return new LiveAssessment(requireNonNull(assessor, "assessor"), requireNonNull(book, "book"),
        requireNonNull(ledger, "ledger"), requireNonNull(asOf, "asOf"), requireNonNull(policy, "policy"));
  }

  /**
   * What one report changed: the reported task's result, the results of its units and leaders (all of
   * them, recomputed) and the book total.
   */
  public record Change(TaskResult task, List<UnitResult> units, List<LeaderResult> leaders, BigDecimal total) {
    public Change {
      requireNonNull(task, "task");
      units = List.copyOf(requireNonNull(units, "units"));
      leaders = List.copyOf(requireNonNull(leaders, "leaders"));
      requireNonNull(total, "total");
    }
  }

  /**
   * Records {@code report} (after the ledger and the reports applied before, so that it supersedes a
   * report of the same task, target and date as a correction does) and brings the results up to date.
   *
   * @throws InputException if the report does not fit the book, as {@link LedgerCheck#against} says
   *     (unknown task or target, a value where a status is due, a date outside the year …), citing
   *     {@code <input>:1:0}; nothing is recorded then
   * @throws RuleSetException as {@link Assessor#assess} does
   */
  public synchronized Change apply(ProgressReport report) {
    requireNonNull(report, "report");
    Integer index = indexOf.get(report.taskId());
    LedgerCheck.against(index == null ? book : alone(book.tasks().get(index)), ProgressLedger.of(List.of(report)),
        InputException.NO_FILE);
    Task task = book.tasks().get(index);
    List<ProgressReport> ofTask = new ArrayList<>(reportsOfTask.getOrDefault(task.id(), List.of()));
    ofTask.add(report);
    if (incremental) {
      Optional<Rejudged> rejudged = rejudge(task, ofTask, report.asOf());
      rejudged.ifPresent(this::take);
      incremental = rejudged.isPresent(); // else the rules reported a figure (Tally) only a whole assessment places
    }
    if (!incremental) {
      List<ProgressReport> all = new ArrayList<>(recorded);
      all.add(report);
      take(assessor.assess(book, ProgressLedger.of(all), asOf, policy));
    }
    recorded.add(report);
    reportsOfTask.put(task.id(), ofTask);
    return new Change(tasks[index], results(task.responsibility().roles().keySet(), units),
        results(new LinkedHashSet<>(task.leaders()), leaders), total);
  }

  /** The whole assessment as it stands, equal to assessing the ledger and every report applied since. */
  public synchronized Assessment assessment() {
    Facts facts = new Facts(book, ProgressLedger.of(recorded), policy, List.of());
    LightRecord history = LightHistory.of(lights)
        .record(basis, book.tasks(), LightBasis.ledger(facts, book.tasks(), List.copyOf(lights.keySet())));
    return new Assessment(asOf, List.of(tasks), List.copyOf(units.values()), List.copyOf(leaders.values()), total,
        List.of(), history);
  }

  /** Takes every result of a whole assessment. */
  private void take(Assessment assessment) {
    lights.clear();
    assessment.history().monthEnds().forEach(m -> lights.put(m.date(), new HashMap<>(PreviousLights.byTask(m, book.tasks()))));
    scoreSum = BigDecimal.ZERO;
    for (int i = 0; i < tasks.length; i++) {
      tasks[i] = assessment.tasks().get(i);
      scoreSum = scoreSum.add(tasks[i].score());
    }
    units.clear();
    assessment.units().forEach(u -> units.put(u.name(), u));
    leaders.clear();
    assessment.leaders().forEach(l -> leaders.put(l.name(), l));
    total = assessment.total();
  }

  /** The new results of a task judged again, its units and leaders rolled up again. */
  private record Rejudged(Task task, LightHistory history, TaskResult result, Map<String, UnitResult> units,
      Map<String, LeaderResult> leaders) {}

  /**
   * Judges {@code task} on {@code reports} again — at the month ends on or after {@code since} whose
   * facts the new report changes, then at the as-of date — and rolls up its units and leaders, in one
   * run of the rules; nothing is judged when no facts changed (a report superseded, or dated after
   * the as-of date). Empty if the rules derived a figure ({@link io.tracker.rules.fact.Tally}) that
   * only a whole assessment places.
   */
  private Optional<Rejudged> rejudge(Task task, List<ProgressReport> reports, LocalDate since) {
    List<Task> one = List.of(task);
    Facts facts = new Facts(alone(task), ProgressLedger.of(reports), policy, List.of());
    Facts before = new Facts(alone(task), ProgressLedger.of(reportsOfTask.getOrDefault(task.id(), List.of())), policy,
        List.of());
    // A month end whose facts the report leaves as they were keeps its light: the rules see the same facts.
    Map<LocalDate, Map<String, Light>> known = new LinkedHashMap<>();
    lights.forEach((monthEnd, byTask) -> {
      if (monthEnd.isBefore(since) || facts.tasksAt(monthEnd, one, true).equals(before.tasksAt(monthEnd, one, true))) {
        Light light = byTask.get(task.id());
        known.put(monthEnd, light == null ? Map.of() : Map.of(task.id(), light));
      }
    });
    int index = indexOf.get(task.id());
    if (known.size() == lights.size() && facts.tasksAt(asOf, one, false).equals(before.tasksAt(asOf, one, false))) {
      return Optional.of(new Rejudged(task, LightHistory.of(known), tasks[index], Map.of(), Map.of()));
    }
    RuleRun run = assessor.run();
    return run.call(() -> {
      LightHistory history = LightHistory.judge(run, facts, book.year(), asOf, List.of(List.of(task)), known);
      List<Object> now = facts.tasksAt(asOf, List.of(task), false);
      now.addAll(history.facts());
      Assessor.Outcome judged = assessor.new Outcome();
      judged.addAll(run.deriveTraced(now).keeping(Assessor.Outcome::fromPart));
      if (!judged.tallies.isEmpty()) {
        return Optional.empty();
      }
      TaskResult result = Assessor.taskResult(task, judged);
      return Optional.of(rollUp(run, facts, task, result, history));
    });
  }

  /** Rolls up the units and leaders of {@code task}, now {@code result}, with their tasks' scores. */
  private Rejudged rollUp(RuleRun run, Facts facts, Task task, TaskResult result, LightHistory history) {
    Set<String> taskUnits = task.responsibility().roles().keySet();
    Set<String> taskLeaders = new LinkedHashSet<>(task.leaders());
    Map<String, Task> involved = new LinkedHashMap<>();
    List<Object> rollup = facts.tasksAt(asOf, List.of(), false); // AsOf, Policy
    for (String unit : taskUnits) {
      rollup.add(new UnitFact(unit));
      for (Task t : tasksOfUnit.get(unit)) {
        rollup.add(new UnitRole(t.id(), unit, t.responsibility().roles().get(unit)));
        involved.put(t.id(), t);
      }
    }
    for (String leader : taskLeaders) {
      rollup.add(new LeaderFact(leader));
      for (Task t : tasksOfLeader.get(leader)) {
        rollup.add(new LeaderOf(t.id(), leader));
        involved.put(t.id(), t);
      }
    }
    Assessor.Counts counts = new Assessor.Counts();
    for (Task t : involved.values()) {
      TaskResult current = t.id().equals(task.id()) ? result : tasks[indexOf.get(t.id())];
      rollup.add(new TaskScore(t.id(), current.score()));
      counts.add(t, current);
    }
    Assessor.Outcome outcome = assessor.new Outcome();
    outcome.addAll(run.deriveTraced(rollup).keeping(o -> o instanceof UnitScore || o instanceof LeaderScore));
    Map<String, UnitResult> newUnits = new LinkedHashMap<>();
    taskUnits.forEach(u -> newUnits.put(u, counts.unit(u, outcome)));
    Map<String, LeaderResult> newLeaders = new LinkedHashMap<>();
    taskLeaders.forEach(l -> newLeaders.put(l, counts.leader(l, outcome)));
    return new Rejudged(task, history, result, newUnits, newLeaders);
  }

  /** Takes the new results of one task judged again, its units and leaders, and the book total. */
  private void take(Rejudged rejudged) {
    String id = rejudged.task().id();
    rejudged.history().lights().forEach((monthEnd, byTask) -> {
      Light light = byTask.get(id);
      if (light == null) {
        lights.get(monthEnd).remove(id);
      } else {
        lights.get(monthEnd).put(id, light);
      }
    });
    int index = indexOf.get(id);
    scoreSum = scoreSum.subtract(tasks[index].score()).add(rejudged.result().score());
    tasks[index] = rejudged.result();
    // As the default rule 总分:任务得分平均 (only the default rules are applied incrementally).
    total = Calc.mean(scoreSum, tasks.length);
    units.putAll(rejudged.units());
    leaders.putAll(rejudged.leaders());
  }

  /** A book of {@code task} alone, for the ledger check and the facts of that task. */
  private TaskBook alone(Task task) {
    return new TaskBook(book.issuer(), book.documentNumber(), book.issuedOn(), book.year(), book.title(),
        book.sections(), List.of(task));
  }

  private static <R> List<R> results(Set<String> names, Map<String, R> results) {
    return names.stream().map(results::get).toList();
  }
}
