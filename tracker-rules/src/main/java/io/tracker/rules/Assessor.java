package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.ledger.LedgerCheck;
import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.fact.BookScore;
import io.tracker.rules.fact.EarlierRed;
import io.tracker.rules.fact.LeaderScore;
import io.tracker.rules.fact.Rating;
import io.tracker.rules.fact.Tally;
import io.tracker.rules.fact.TargetFact;
import io.tracker.rules.fact.TargetScore;
import io.tracker.rules.fact.TaskScore;
import io.tracker.rules.fact.UnitPoints;
import io.tracker.rules.fact.UnitScore;
import io.tracker.task.Role;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;

/**
 * Assesses a task book against its progress ledger at a date (考核评估) with Drools rules.
 *
 * <p>An assessor compiles its rules once; it is immutable and thread-safe, and each assessment runs
 * in its own session, always disposed. To give lights a memory, the book is first judged once at
 * every earlier month end of the work year with the same rules (each with the reports dated by then,
 * {@link LightHistory}): each task's light there becomes an {@link EarlierLight} fact, and the month
 * ends at which it was red an {@link EarlierRed}.
 *
 * <p>The default rules judge each task on its own facts and join tasks only in the rollups, so
 * {@link #withDefaultRules()} assesses a book of more than {@value #DEFAULT_PART_SIZE} tasks in parts
 * of that many, one session per part and month end side by side (one per core), then rolls up units,
 * leaders and the book in a session of its own (docs/performance.md). Analysts' rule sets
 * ({@link #withRules}) may join tasks, so they assess the whole book in one session.
 *
 * <p>Analysts' rules are checked before they are compiled and their generated classes verified after
 * (docs/rules.md, trust model); every assessment runs within the {@link RuleLimits} the assessor was
 * made with: a firing limit per session and a time budget, after which it fails with a
 * {@link RuleSetException}.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.withDefaultRules();
 * Assessment a = assessor.assess(book, ledger, LocalDate.of(2023, 6, 30));
 * }</pre>
 */
public final class Assessor implements Assessing {
  /**
   * Tasks per session of the default rules, which judge every task on its own facts and join tasks
   * only in the rollups (units, leaders, book). Measured: 250 and 1,000 cost the same at 10,000 tasks;
   * a single session of 1,000 tasks (rollups included) costs more than four parts.
   */
  static final int DEFAULT_PART_SIZE = 250;

  private final KieBase rules;
  private final PreparedRules sources;
  private final RuleLimits limits;
  /** Most tasks per session; a bigger book is assessed in parts and rolled up in a session of its own. */
  private final int partSize;

  private Assessor(KieBase rules, PreparedRules sources, RuleLimits limits, int partSize) {
    this.rules = rules;
    this.sources = sources;
    this.limits = limits;
    this.partSize = partSize;
  }

  /**
   * This assessor assessing books of more than {@code tasks} tasks in parts of that many, for rules
   * that never join two tasks' facts except in the rollups of units, leaders and the book (as the
   * defaults): the parts run side by side, then one session rolls up their task scores.
   */
  Assessor inPartsOf(int tasks) {
    if (tasks < 1) {
      throw new IllegalArgumentException("tasks per part must be positive: " + tasks);
    }
    return new Assessor(rules, sources, limits, tasks);
  }

  /**
   * An assessor with the default scoring and risk rules ({@link RuleSet#defaults()}) and the default
   * {@link RuleLimits}, from the model precompiled at build time when it matches them (about a
   * second), else compiled now.
   */
  public static Assessor withDefaultRules() {
    return withDefaultRules(RuleLimits.defaults());
  }

  /** As {@link #withDefaultRules()}, assessing within {@code limits}. */
  public static Assessor withDefaultRules(RuleLimits limits) {
    requireNonNull(limits, "limits");
    RuleSet defaults = RuleSet.defaults();
    return PrecompiledDefaults.load(defaults)
        .map(base -> new Assessor(base, PreparedRules.trusted(defaults), limits, Integer.MAX_VALUE))
        .orElseGet(() -> withRules(defaults, limits))
        .inPartsOf(DEFAULT_PART_SIZE);
  }

  /**
   * An assessor with {@code rules} and the default {@link RuleLimits}.
   *
   * @throws RuleSetException if the rules do not compile or are refused
   */
  public static Assessor withRules(RuleSet rules) {
    return withRules(rules, RuleLimits.defaults());
  }

  /**
   * An assessor with {@code rules}, compiled and assessing within {@code limits}.
   *
   * @throws RuleSetException if the rules do not compile, are refused by the source check or the
   *     bytecode verifier, or exceed the limits on sizes
   */
  public static Assessor withRules(RuleSet rules, RuleLimits limits) {
    requireNonNull(limits, "limits");
    RuleCompiler.Compiled compiled = RuleCompiler.compile(requireNonNull(rules, "rules"), limits);
    return new Assessor(compiled.base(), compiled.sources(), limits, Integer.MAX_VALUE);
  }

  /** The limits this assessor compiled its rules and assesses within. */
  public RuleLimits limits() {
    return limits;
  }

  /** Assesses {@code book} at {@code asOf} under the default {@link ScoringPolicy}. */
  @Override
  public Assessment assess(TaskBook book, ProgressLedger ledger, LocalDate asOf) {
    return assess(book, ledger, asOf, ScoringPolicy.defaults());
  }

  /**
   * Assesses {@code book} with the reports of {@code ledger} dated on or before {@code asOf}.
   *
   * @throws InputException if {@code asOf} is not in the book's year, or a report does not fit the
   *     book as {@link LedgerCheck#against} says (unknown task or target, a value where a status is
   *     due, a date outside the year …), citing {@code <input>:N:0} with N the report's position
   * @throws RuleSetException also if the rules leave a task, target, unit or leader without a score or
   *     light, or the book without a total, or derive one twice (the result contract)
   * @throws RuleSetException if a rule fails (an exception, a stack overflow, memory), fires more
   *     often than the limit allows or the assessment runs out of its time budget ({@link #limits()})
   */
  public Assessment assess(TaskBook book, ProgressLedger ledger, LocalDate asOf, ScoringPolicy policy) {
    return assess(book, ledger, asOf, policy, List.of());
  }

  /**
   * As {@link #assess(TaskBook, ProgressLedger, LocalDate, ScoringPolicy)}, with outside ratings
   * (领导评价, 社会评价): those dated on or before {@code asOf} are {@link Rating} facts.
   *
   * @throws InputException also if a rating does not fit the book as {@link Ratings#against} says
   */
  @Override
  public Assessment assess(TaskBook book, ProgressLedger ledger, LocalDate asOf, ScoringPolicy policy,
      List<Rating> ratings) {
    return assess(book, ledger, asOf, policy, ratings, Optional.empty());
  }

  /**
   * As {@link #assess(TaskBook, ProgressLedger, LocalDate)}, for a host that assesses every month:
   * the lights at the month ends before {@code previous.asOf()} are taken from {@code previous} (the
   * last assessment of the same book, stored with its {@link LightRecord}) instead of being judged
   * again, except those whose reports have changed since (a correction recorded later for an earlier
   * date): those are judged again. The result equals {@code assess(book, ledger, asOf)}.
   *
   * @throws InputException (citing {@code previous:0:0}) also if {@code previous} is dated after
   *     {@code asOf}, in another year, keeps no light record, or was made under another book, rule set
   *     or scoring policy
   */
  public Assessment assess(TaskBook book, ProgressLedger ledger, LocalDate asOf, Assessment previous) {
    return assess(book, ledger, asOf, ScoringPolicy.defaults(), List.of(), previous);
  }

  /**
   * As {@link #assess(TaskBook, ProgressLedger, LocalDate, ScoringPolicy, List)}, taking the earlier
   * month ends' lights from {@code previous} as {@link #assess(TaskBook, ProgressLedger, LocalDate,
   * Assessment)} does.
   */
  public Assessment assess(TaskBook book, ProgressLedger ledger, LocalDate asOf, ScoringPolicy policy,
      List<Rating> ratings, Assessment previous) {
    return assess(book, ledger, asOf, policy, ratings, Optional.of(requireNonNull(previous, "previous")));
  }

  private Assessment assess(TaskBook book, ProgressLedger ledger, LocalDate asOf, ScoringPolicy policy,
      List<Rating> ratings, Optional<Assessment> previous) {
    requireNonNull(book, "book");
    requireNonNull(ledger, "ledger");
    requireNonNull(asOf, "asOf");
    requireNonNull(policy, "policy");
    requireNonNull(ratings, "ratings");
    book.requireInYear(asOf, "asOf");
    LedgerCheck.against(book, ledger, InputException.NO_FILE);
    Ratings.against(book, ratings);
    Facts facts = new Facts(book, ledger, policy, ratings);
    String basis = LightBasis.basis(book, sources, policy);
    Map<LocalDate, String> ledgerDigests =
        LightBasis.ledger(facts, book.tasks(), LightHistory.monthEnds(book.year(), asOf));
    Map<LocalDate, Map<String, Light>> known = previous
        .map(p -> PreviousLights.valid(p, book, asOf, basis, ledgerDigests)).orElse(Map.of());
    RuleRun run = new RuleRun(rules, limits, sources);
    List<List<Task>> parts = parts(book);
    LightHistory history = run.call(() -> LightHistory.judge(run, facts, book.year(), asOf, parts, known));
    Outcome outcome = run.call(() -> {
      if (parts.size() == 1) {
        List<Object> now = new ArrayList<>(facts.at(asOf));
        now.addAll(history.facts());
        Outcome whole = new Outcome();
        whole.addAll(run.deriveTraced(now));
        return whole;
      }
      return inParts(run, facts, asOf, parts, history);
    });
    return assemble(book, asOf, outcome, history.record(basis, book.tasks(), ledgerDigests));
  }

  /**
   * The parts of {@code book} assessed side by side: the whole book when it is small, or when it holds
   * indicators (a 分值, a target per unit or a relative target), whose unit points join every
   * indicator of a unit.
   */
  private List<List<Task>> parts(TaskBook book) {
    List<Task> tasks = book.tasks();
    if (tasks.size() <= partSize || tasks.stream().anyMatch(Assessor::isIndicator)) {
      return List.of(tasks);
    }
    List<List<Task>> parts = new ArrayList<>();
    for (int from = 0; from < tasks.size(); from += partSize) {
      parts.add(tasks.subList(from, Math.min(tasks.size(), from + partSize)));
    }
    return parts;
  }

  /**
   * Whether one task of {@code book} may be judged in a session of its own and rolled up with its
   * units and leaders alone ({@link LiveAssessment}): rules that judge tasks apart (the defaults), and
   * a book without indicators.
   */
  boolean judgesTasksApart(TaskBook book) {
    return partSize != Integer.MAX_VALUE && book.tasks().stream().noneMatch(Assessor::isIndicator);
  }

  /** A run of this assessor's rules within its limits, its budget starting now. */
  RuleRun run() {
    return new RuleRun(rules, limits, sources);
  }

  private static boolean isIndicator(Task task) {
    return task.weight().isPresent()
        || task.targets().stream().anyMatch(t -> t.assignee().isPresent() || t.reference().isPresent());
  }

  /**
   * One session per part (side by side) derives its tasks' targets, scores, flags and lights; one more
   * session, with units, leaders and ratings, rolls their task scores up into unit, leader and book
   * scores. A part's partial book score is dropped.
   */
  private Outcome inParts(RuleRun run, Facts facts, LocalDate asOf, List<List<Task>> parts,
      LightHistory history) {
    Map<String, List<Object>> earlier = history.factsByTask();
    List<RuleRun.Derived> derived = run.inParallel(parts.size(), i -> {
      List<Object> now = facts.tasksAt(asOf, parts.get(i), false);
      parts.get(i).forEach(t -> now.addAll(earlier.getOrDefault(t.id(), List.of())));
      return run.deriveTraced(now).keeping(Outcome::fromPart);
    });
    Outcome outcome = new Outcome();
    List<Object> rollup = facts.rollupAt(asOf);
    for (RuleRun.Derived part : derived) {
      outcome.addAll(part);
      part.facts().stream().filter(TaskScore.class::isInstance).forEach(rollup::add);
    }
    outcome.addAll(run.deriveTraced(rollup).keeping(Outcome::fromRollup));
    return outcome;
  }

  /** Inserts {@code facts} into a new session, fires the rules within the limits and returns every fact it then holds. */
  List<Object> derive(List<Object> facts) {
    RuleRun run = new RuleRun(rules, limits, sources);
    return run.call(() -> run.derive(facts));
  }

  /**
   * What the rules derived, by task, unit and leader. A result derived twice, or missing, breaks the
   * result contract (docs/scoring.md): a {@link RuleSetException} naming the rule that derived it the
   * second time, or a rule that derives such results for others.
   */
  final class Outcome {
    /** A rule that derived a result of each type, to point at when one is missing. */
    final Map<Class<?>, String> producers = new LinkedHashMap<>();
    final Map<String, BigDecimal> taskScores = new LinkedHashMap<>();
    final Map<String, Light> lights = new LinkedHashMap<>();
    final Map<TargetRef, TargetScore> targetScores = new LinkedHashMap<>();
    final Map<TargetRef, TargetFact> targets = new LinkedHashMap<>();
    final Map<String, List<RiskFlag>> flags = new LinkedHashMap<>();
    final Map<String, BigDecimal> units = new LinkedHashMap<>();
    final Map<String, BigDecimal> leaders = new LinkedHashMap<>();
    final Map<List<String>, Tally> tallies = new LinkedHashMap<>();
    final Map<String, UnitPoints> unitPoints = new LinkedHashMap<>();
    BigDecimal total;

    /** Whether {@code o}, derived in a session of a part of the book, belongs in the outcome. */
    static boolean fromPart(Object o) {
      return o instanceof TaskScore || o instanceof TaskLight || o instanceof TargetScore || o instanceof TargetFact
          || o instanceof RiskFlag || o instanceof Tally;
    }

    /** Whether {@code o}, derived in the rollup session, belongs in the outcome. */
    static boolean fromRollup(Object o) {
      return o instanceof UnitScore || o instanceof LeaderScore || o instanceof BookScore;
    }

    /** The rule that derived the result being added, "" for a fact given to the session. */
    private String currentRule = "";

    void addAll(RuleRun.Derived derived) {
      derived.facts().forEach(o -> add(o, derived.rule(o)));
    }

    private void add(Object o, String rule) {
      if (!rule.isEmpty()) {
        producers.putIfAbsent(o.getClass(), rule);
      }
      currentRule = rule;
      if (o instanceof TaskScore s) {
        once(taskScores.put(s.taskId(), s.score()), "任务 " + s.taskId() + " 的得分 (TaskScore)");
      } else if (o instanceof TaskLight l) {
        once(lights.put(l.taskId(), l.light()), "任务 " + l.taskId() + " 的亮灯 (TaskLight)");
      } else if (o instanceof TargetScore s) {
        TargetRef ref = new TargetRef(s.taskId(), s.position());
        once(targetScores.put(ref, s), "任务 " + s.taskId() + " 目标 " + s.position() + " 的得分 (TargetScore)");
      } else if (o instanceof TargetFact t) {
        targets.put(new TargetRef(t.taskId(), t.position()), t);
      } else if (o instanceof RiskFlag f) {
        flags.computeIfAbsent(f.taskId(), k -> new ArrayList<>()).add(f);
      } else if (o instanceof UnitScore s) {
        once(units.put(s.unitName(), s.score()), "单位 " + s.unitName() + " 的得分 (UnitScore)");
      } else if (o instanceof UnitPoints p) {
        once(unitPoints.put(p.unitName(), p), "单位 " + p.unitName() + " 的计分 (UnitPoints)");
      } else if (o instanceof LeaderScore s) {
        once(leaders.put(s.leader(), s.score()), "包抓领导 " + s.leader() + " 的得分 (LeaderScore)");
      } else if (o instanceof Tally t) {
        once(tallies.put(List.of(t.name(), t.scope()), t), "统计 \"" + t.name() + "\" (范围 \"" + t.scope() + "\")");
      } else if (o instanceof BookScore b) {
        once(total, "总分 (BookScore)");
        total = b.total();
      }
    }

    private void once(Object previous, String what) {
      if (previous != null) {
        throw contract(currentRule, "规则结果重复: " + what + " 有不止一个 (本条规则给出了第二个); 每项结果只能由一条规则给出一次");
      }
    }

    <T> T required(T value, Class<?> type, String what) {
      if (value == null) {
        String producer = producers.getOrDefault(type, "");
        throw contract(producer, "规则结果缺失: 没有规则给出" + what + (producer.isEmpty()
            ? " (规则集中没有任何规则给出 " + type.getSimpleName() + ")"
            : " (本条规则给出了其它各项的" + type.getSimpleName() + ", 但不适用于这一项)"));
      }
      return value;
    }
  }

  private RuleSetException contract(String rule, String message) {
    return new RuleSetException(List.of(rule.isEmpty() ? new RuleProblem("", 0, "", message)
        : sources.locateRule(rule, message)));
  }

  /** Worst light first, so that a task's first flag explains its light; then by target and code. */
  private static final Comparator<RiskFlag> FLAG_ORDER =
      Comparator.comparing(RiskFlag::light, Comparator.reverseOrder())
          .thenComparingInt((RiskFlag f) -> f.target().orElse(0))
          .thenComparing(RiskFlag::code)
          .thenComparing(RiskFlag::rule)
          .thenComparing(RiskFlag::message);

  /**
   * Each unit's own light on a task that sets targets per unit (an indicator table's unit columns, 柯城区
   * | 衢江区): the most severe light of the flags about the task as a whole, about a target of the whole
   * task, or about a target set for that unit; green when there are none. A unit's red, yellow and
   * orange counts use it, so that one county's shortfall does not light the others. Empty for any
   * other task: its units share the task's light.
   */
  private static Map<String, Light> unitLights(Task task, List<RiskFlag> flags) {
    if (task.targets().stream().noneMatch(t -> t.assignee().isPresent())) {
      return Map.of();
    }
    Map<String, Light> lights = new LinkedHashMap<>();
    for (String unit : task.responsibility().roles().keySet()) {
      Light worst = Light.GREEN;
      for (RiskFlag flag : flags) {
        boolean concerns = flag.target().isEmpty() || flag.target().getAsInt() > task.targets().size()
            || task.targets().get(flag.target().getAsInt() - 1).assignee().map(unit::equals).orElse(true);
        if (concerns) {
          worst = worst.worse(flag.light());
        }
      }
      lights.put(unit, worst);
    }
    return lights;
  }

  private static Assessment assemble(TaskBook book, LocalDate asOf, Outcome outcome, LightRecord history) {
    List<TaskResult> tasks = new ArrayList<>();
    Counts counts = new Counts();
    for (Task task : book.tasks()) {
      TaskResult result = taskResult(task, outcome);
      tasks.add(result);
      counts.add(task, result);
    }
    List<UnitResult> units = new ArrayList<>();
    counts.units.keySet().forEach(unit -> units.add(counts.unit(unit, outcome)));
    List<LeaderResult> leaders = new ArrayList<>();
    counts.leaders.keySet().forEach(leader -> leaders.add(counts.leader(leader, outcome)));
    List<Tally> tallies = new ArrayList<>(outcome.tallies.values());
    tallies.sort(Comparator.comparing(Tally::name).thenComparing(Tally::scope));
    return new Assessment(asOf, tasks, units, leaders, outcome.required(outcome.total, BookScore.class, "总分 (BookScore)"),
        tallies, history);
  }

  /** The result of {@code task} in {@code outcome}: its score, light, flags (worst first) and scored targets. */
  static TaskResult taskResult(Task task, Outcome outcome) {
    BigDecimal score = outcome.required(outcome.taskScores.get(task.id()), TaskScore.class,
        "任务 " + task.id() + " 的得分 (TaskScore)");
    Light light = outcome.required(outcome.lights.get(task.id()), TaskLight.class, "任务 " + task.id() + " 的亮灯 (TaskLight)");
    List<TargetResult> targets = new ArrayList<>();
    for (int position = 1; position <= task.targets().size(); position++) {
      if (!Facts.isScored(task.targets().get(position - 1))) {
        continue; // a relative target: unscored until benchmarks exist (Facts)
      }
      TargetRef ref = new TargetRef(task.id(), position);
      TargetScore s = outcome.required(outcome.targetScores.get(ref), TargetScore.class,
          "任务 " + task.id() + " 目标 " + position + " 的得分 (TargetScore)");
      targets.add(new TargetResult(position, s.completion(), s.score(), s.reported(),
          outcome.targets.get(ref).expectedShare(), s.pointsBehind()));
    }
    List<RiskFlag> flags = new ArrayList<>(outcome.flags.getOrDefault(task.id(), List.of()));
    flags.sort(FLAG_ORDER);
    return new TaskResult(task.id(), score, light, flags, targets);
  }

  /** What units and leaders count of their tasks' results: lead and co tasks, tasks per light. */
  static final class Counts {
    /** Per unit: lead, co, red, yellow, orange. */
    final Map<String, int[]> units = new LinkedHashMap<>();
    /** Per leader: tasks per light, by ordinal. */
    final Map<String, int[]> leaders = new LinkedHashMap<>();

    void add(Task task, TaskResult result) {
      Map<String, Light> ownLights = unitLights(task, result.flags());
      task.responsibility().roles().forEach((unit, role) -> {
        Light own = ownLights.getOrDefault(unit, result.light());
        int[] c = units.computeIfAbsent(unit, k -> new int[5]);
        c[role == Role.LEAD ? 0 : 1]++;
        c[2] += own == Light.RED ? 1 : 0;
        c[3] += own == Light.YELLOW ? 1 : 0;
        c[4] += own == Light.ORANGE ? 1 : 0;
      });
      for (String leader : new LinkedHashSet<>(task.leaders())) {
        leaders.computeIfAbsent(leader, k -> new int[Light.values().length])[result.light().ordinal()]++;
      }
    }

    /** The result of {@code unit}, its counts here and its score (and points) in {@code outcome}. */
    UnitResult unit(String unit, Outcome outcome) {
      int[] c = units.get(unit);
      Optional<UnitPoints> points = Optional.ofNullable(outcome.unitPoints.get(unit));
      return new UnitResult(unit,
          outcome.required(outcome.units.get(unit), UnitScore.class, "单位 " + unit + " 的得分 (UnitScore)"), c[0], c[1],
          c[2], c[3], c[4], points.map(UnitPoints::points), points.map(UnitPoints::maxPoints));
    }

    /** The result of {@code leader}, its counts here and its score in {@code outcome}. */
    LeaderResult leader(String leader, Outcome outcome) {
      int[] c = leaders.get(leader);
      return new LeaderResult(leader,
          outcome.required(outcome.leaders.get(leader), LeaderScore.class, "包抓领导 " + leader + " 的得分 (LeaderScore)"),
          c[Light.RED.ordinal()],
          c[Light.YELLOW.ordinal()], c[Light.BLUE.ordinal()], c[Light.GREEN.ordinal()], c[Light.ORANGE.ordinal()]);
    }
  }

}
