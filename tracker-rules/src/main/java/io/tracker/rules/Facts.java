package io.tracker.rules;

import io.tracker.ledger.ExpectedProgress;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.ReportHistory;
import io.tracker.rules.fact.AsOf;
import io.tracker.rules.fact.AssigneeOf;
import io.tracker.rules.fact.IndicatorFact;
import io.tracker.rules.fact.LeaderFact;
import io.tracker.rules.fact.LeaderOf;
import io.tracker.rules.fact.Measure;
import io.tracker.rules.fact.MeasureKind;
import io.tracker.rules.fact.Milestone;
import io.tracker.rules.fact.Phase;
import io.tracker.rules.fact.Policy;
import io.tracker.rules.fact.Rating;
import io.tracker.rules.fact.RelativeTarget;
import io.tracker.rules.fact.StatusReport;
import io.tracker.rules.fact.TargetFact;
import io.tracker.rules.fact.TaskFact;
import io.tracker.rules.fact.UnitFact;
import io.tracker.rules.fact.UnitRole;
import io.tracker.target.StepRule;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Deadline;
import io.tracker.task.Role;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns a task book, its ledger and outside ratings into the facts of docs/facts.md at one date,
 * pre-aggregating each target's effective history (latest, previous, period end, lowest, highest) in
 * Java. Reports that only name a milestone reached ({@link ProgressReport#isMilestoneOnly()}) count
 * for the milestone, not for any history.
 *
 * <p>A relative target (one with a {@link Target#reference()}, "不低于全省平均水平") has no figure to
 * score against: it is unscored until benchmarks exist, so it gets no {@link TargetFact}, no measures
 * and no phase, only a {@link RelativeTarget} (the default rules flag it NO_BENCHMARK); its reports stay
 * in the ledger. {@link TaskFact#targetCount()}
 * still counts it, so its task is not taken for a task without targets.
 */
final class Facts {
  private final TaskBook book;
  private final ScoringPolicy policy;
  private final List<Rating> ratings;
  private final Map<String, Map<OptionalInt, ReportHistory>> histories;
  private final Map<String, List<LocalDate>> milestonesReached;

  Facts(TaskBook book, ProgressLedger ledger, ScoringPolicy policy, List<Rating> ratings) {
    this.book = book;
    this.policy = policy;
    this.ratings = List.copyOf(ratings);
    this.histories = histories(ledger);
    this.milestonesReached = milestonesReached(ledger);
  }

  /** Facts of the whole book at {@code asOf}, with units, leaders and the ratings dated by then. */
  List<Object> at(LocalDate asOf) {
    List<Object> facts = build(asOf, false);
    ratings.stream().filter(r -> !r.asOf().isAfter(asOf)).forEach(facts::add);
    return facts;
  }

  /**
   * The facts of {@code tasks} alone at {@code asOf} (with {@code AsOf} and {@code Policy}), for a
   * session of a part of the book: no units, leaders or ratings ({@link #rollupAt}). With
   * {@code judgedOnly}, the facts for judging them at an earlier month end: only targets (and tasks
   * without targets) that had a report by then.
   */
  List<Object> tasksAt(LocalDate asOf, List<Task> tasks, boolean judgedOnly) {
    List<Object> facts = common(asOf);
    for (Task task : tasks) {
      taskFacts(task, asOf, judgedOnly, facts);
    }
    return facts;
  }

  /**
   * The facts the rollups need besides the task scores, for the session that rolls up a book
   * assessed in parts: {@code AsOf}, {@code Policy}, units and leaders of every task, the ratings
   * dated by {@code asOf}.
   */
  List<Object> rollupAt(LocalDate asOf) {
    List<Object> facts = common(asOf);
    Set<String> units = new LinkedHashSet<>();
    Set<String> leaders = new LinkedHashSet<>();
    for (Task task : book.tasks()) {
      responsibility(task, facts, units, leaders);
    }
    units.forEach(u -> facts.add(new UnitFact(u)));
    leaders.forEach(l -> facts.add(new LeaderFact(l)));
    ratings.stream().filter(r -> !r.asOf().isAfter(asOf)).forEach(facts::add);
    return facts;
  }

  private List<Object> common(LocalDate asOf) {
    List<Object> facts = new ArrayList<>();
    facts.add(new AsOf(asOf, book.year(), daysIntoYear(asOf, book.year())));
    facts.add(new Policy(policy.cap(), policy.leadWeight(), policy.coWeight()));
    return facts;
  }

  private List<Object> build(LocalDate asOf, boolean judgedOnly) {
    List<Object> facts = common(asOf);
    Set<String> units = new LinkedHashSet<>();
    Set<String> leaders = new LinkedHashSet<>();
    for (Task task : book.tasks()) {
      if (taskFacts(task, asOf, judgedOnly, facts) && !judgedOnly) {
        responsibility(task, facts, units, leaders);
      }
    }
    units.forEach(u -> facts.add(new UnitFact(u)));
    leaders.forEach(l -> facts.add(new LeaderFact(l)));
    return facts;
  }

  /**
   * For a task with a 分值: one {@link IndicatorFact} per scored target and unit judged on it (its
   * assignee, else each lead unit), with the scoring text's step rule when it reads and fits the unit.
   */
  private static void indicatorFacts(Task task, Map<String, Role> roles, List<Object> facts) {
    if (task.weight().isEmpty()) {
      return;
    }
    BigDecimal weight = task.weight().get();
    Optional<StepRule> rule = task.scoringText().flatMap(StepRule::tryParse);
    List<String> leads = roles.entrySet().stream().filter(e -> e.getValue() == Role.LEAD).map(Map.Entry::getKey).toList();
    for (int i = 0; i < task.targets().size(); i++) {
      Target target = task.targets().get(i);
      if (!isScored(target)) {
        continue;
      }
      StepRule fitting = rule.filter(r -> r.fits(target.value().unit())).orElse(null);
      for (String unit : target.assignee().map(List::of).orElse(leads)) {
        facts.add(new IndicatorFact(unit, task.id(), i + 1, weight, fitting, target.value(), target.bound()));
      }
    }
  }

  /** Whether a target is scored: it has a figure (a relative target has none until benchmarks exist). */
  static boolean isScored(Target target) {
    return target.figure().isPresent();
  }

  /** Adds the facts of one task to {@code facts}; false when {@code judgedOnly} and it had no report. */
  private boolean taskFacts(Task task, LocalDate asOf, boolean judgedOnly, List<Object> facts) {
    int year = book.year();
    List<Object> taskFacts = new ArrayList<>();
    if (task.targets().isEmpty()) {
      ReportHistory history = history(task.id(), OptionalInt.empty()).asOf(asOf);
      history.latest().ifPresent(r -> taskFacts.add(new StatusReport(task.id(), r.status().orElseThrow(),
          r.percent().orElse(null), r.asOf(), ChronoUnit.DAYS.between(r.asOf(), asOf), r.note())));
    }
    for (int i = 0; i < task.targets().size(); i++) {
      if (!isScored(task.targets().get(i))) {
        continue;
      }
      ReportHistory history = history(task.id(), OptionalInt.of(i + 1)).asOf(asOf);
      if (!judgedOnly || !history.isEmpty()) {
        targetFacts(task, i + 1, history, asOf, taskFacts);
      }
    }
    if (judgedOnly && taskFacts.isEmpty()) {
      return false;
    }
    Map<String, Role> roles = task.responsibility().roles();
    LocalDate deadline = ExpectedProgress.deadline(task, year);
    facts.add(new TaskFact(task.id(), task.targets().size(), deadline,
        ChronoUnit.DAYS.between(asOf, deadline), roles.size(),
        (int) roles.values().stream().filter(r -> r == Role.LEAD).count(),
        ExpectedProgress.share(TargetKind.AMOUNT, deadline, asOf, year, policy.basis()), task.tags()));
    facts.addAll(taskFacts);
    task.deadline().filter(Deadline::isMilestone).ifPresent(d -> facts.add(milestone(task.id(), d, asOf)));
    if (!judgedOnly) {
      for (int i = 0; i < task.targets().size(); i++) {
        int position = i + 1;
        Target target = task.targets().get(i);
        target.reference().ifPresent(r -> facts.add(new RelativeTarget(task.id(), position, r.printed())));
        target.assignee().ifPresent(unit -> facts.add(new AssigneeOf(task.id(), position, unit)));
      }
      indicatorFacts(task, roles, facts);
    }
    return true;
  }

  /** Adds a task's {@code UnitRole} and {@code LeaderOf} facts, and its units and leaders to the sets. */
  private static void responsibility(Task task, List<Object> facts, Set<String> units, Set<String> leaders) {
    Map<String, Role> roles = task.responsibility().roles();
    roles.forEach((unit, role) -> facts.add(new UnitRole(task.id(), unit, role)));
    units.addAll(roles.keySet());
    for (String leader : new LinkedHashSet<>(task.leaders())) {
      facts.add(new LeaderOf(task.id(), leader));
      leaders.add(leader);
    }
  }

  private void targetFacts(Task task, int position, ReportHistory history, LocalDate asOf, List<Object> facts) {
    int year = book.year();
    Target target = task.targets().get(position - 1);
    LocalDate due = ExpectedProgress.due(task, target, year);
    facts.add(new TargetFact(task.id(), position, target.metric(), target.kind(), target.bound(),
        target.value().amount(), target.value().unit().toString(), target.value().unit().isPercent(), due,
        daysIntoYear(due, year), ExpectedProgress.share(target.kind(), due, asOf, year, policy.basis()),
        policy.weightOf(new TargetRef(task.id(), position), target.part()), target.part()));
    target.due().ifPresent(d -> {
      LocalDate end = d.date(year);
      facts.add(new Phase(task.id(), position, d.printed(), end, ChronoUnit.DAYS.between(end, asOf)));
      history.at(end).ifPresent(r -> facts.add(measure(task, position, MeasureKind.PERIOD_END, r, asOf)));
    });
    history.latest().ifPresent(r -> facts.add(measure(task, position, MeasureKind.LATEST, r, asOf)));
    history.previous().ifPresent(r -> facts.add(measure(task, position, MeasureKind.PREVIOUS, r, asOf)));
    Comparator<ProgressReport> byValue = Comparator.comparing(r -> r.value().orElseThrow());
    lowest(history.reports(), byValue)
        .ifPresent(r -> facts.add(measure(task, position, MeasureKind.LOWEST, r, asOf)));
    lowest(history.reports(), byValue.reversed())
        .ifPresent(r -> facts.add(measure(task, position, MeasureKind.HIGHEST, r, asOf)));
  }

  /** The milestone {@code deadline} names, reached at the first report naming it dated by {@code asOf}. */
  private Milestone milestone(String taskId, Deadline deadline, LocalDate asOf) {
    LocalDate date = deadline.date().orElseThrow();
    LocalDate reached = milestonesReached.getOrDefault(taskId, List.of()).stream()
        .filter(d -> !d.isAfter(asOf)).min(Comparator.naturalOrder()).orElse(null);
    return new Milestone(taskId, deadline.milestone().orElseThrow(), deadline.printed(), date,
        ChronoUnit.DAYS.between(date, asOf), reached);
  }

  /** The dates of the reports naming a milestone, per task. */
  private static Map<String, List<LocalDate>> milestonesReached(ProgressLedger ledger) {
    Map<String, List<LocalDate>> reached = new LinkedHashMap<>();
    for (ProgressReport report : ledger.reports()) {
      if (!report.milestone().isEmpty()) {
        reached.computeIfAbsent(report.taskId(), k -> new ArrayList<>()).add(report.asOf());
      }
    }
    return reached;
  }

  /** The first report that no later one beats under {@code order} (the earliest of equals). */
  private static Optional<ProgressReport> lowest(List<ProgressReport> reports, Comparator<ProgressReport> order) {
    ProgressReport best = null;
    for (ProgressReport report : reports) {
      if (best == null || order.compare(report, best) < 0) {
        best = report;
      }
    }
    return Optional.ofNullable(best);
  }

  private Measure measure(Task task, int position, MeasureKind kind, ProgressReport report, LocalDate asOf) {
    return new Measure(task.id(), position, kind, report.asOf(), report.value().orElseThrow(),
        ChronoUnit.DAYS.between(report.asOf(), asOf), daysIntoYear(report.asOf(), book.year()));
  }

  /** The effective histories of {@code taskId}'s reports by target (empty: reports naming no target). */
  Map<OptionalInt, ReportHistory> histories(String taskId) {
    return histories.getOrDefault(taskId, Map.of());
  }

  /** The dates of the reports naming {@code taskId}'s milestone, in ledger order. */
  List<LocalDate> milestoneDates(String taskId) {
    return milestonesReached.getOrDefault(taskId, List.of());
  }

  private ReportHistory history(String taskId, OptionalInt target) {
    return histories.getOrDefault(taskId, Map.of()).getOrDefault(target, ReportHistory.of(List.of()));
  }

  /** Days from 1 January of {@code year} to {@code date}, both included. */
  static long daysIntoYear(LocalDate date, int year) {
    return ChronoUnit.DAYS.between(LocalDate.of(year, 1, 1), date) + 1;
  }

  /** Groups the ledger per task and target; the reports fit the book ({@link Assessor} checked them). */
  private static Map<String, Map<OptionalInt, ReportHistory>> histories(ProgressLedger ledger) {
    Map<String, Map<OptionalInt, List<ProgressReport>>> grouped = new LinkedHashMap<>();
    for (ProgressReport report : ledger.reports()) {
      if (report.isMilestoneOnly()) {
        continue;
      }
      grouped.computeIfAbsent(report.taskId(), k -> new LinkedHashMap<>())
          .computeIfAbsent(report.target(), k -> new ArrayList<>()).add(report);
    }
    Map<String, Map<OptionalInt, ReportHistory>> histories = new LinkedHashMap<>();
    grouped.forEach((task, byTarget) -> {
      Map<OptionalInt, ReportHistory> map = new LinkedHashMap<>();
      byTarget.forEach((target, reports) -> map.put(target, ReportHistory.of(reports)));
      histories.put(task, map);
    });
    return histories;
  }
}
