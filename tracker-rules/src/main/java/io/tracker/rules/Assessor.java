package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.fact.BookScore;
import io.tracker.rules.fact.EarlierLight;
import io.tracker.rules.fact.EarlierRed;
import io.tracker.rules.fact.LeaderScore;
import io.tracker.rules.fact.Rating;
import io.tracker.rules.fact.Tally;
import io.tracker.rules.fact.TargetFact;
import io.tracker.rules.fact.TargetScore;
import io.tracker.rules.fact.TaskLight;
import io.tracker.rules.fact.TaskScore;
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
public final class Assessor {
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
  public Assessment assess(TaskBook book, ProgressLedger ledger, LocalDate asOf) {
    return assess(book, ledger, asOf, ScoringPolicy.defaults());
  }

  /**
   * Assesses {@code book} with the reports of {@code ledger} dated on or before {@code asOf}.
   *
   * @throws IllegalArgumentException if a report names a task or target the book does not have, or
   *     lacks its value (target) or status (task without targets)
   * @throws IllegalStateException if the rules leave a task, unit or leader without a score or light
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
   * @throws IllegalArgumentException also if a rating names a unit or task the book does not have
   */
  public Assessment assess(TaskBook book, ProgressLedger ledger, LocalDate asOf, ScoringPolicy policy,
      List<Rating> ratings) {
    requireNonNull(book, "book");
    requireNonNull(ledger, "ledger");
    requireNonNull(asOf, "asOf");
    requireNonNull(policy, "policy");
    requireNonNull(ratings, "ratings");
    checkRatings(book, ratings);
    Facts facts = new Facts(book, ledger, policy, ratings);
    RuleRun run = new RuleRun(rules, limits, sources);
    List<List<Task>> parts = parts(book.tasks());
    Outcome outcome = run.call(() -> {
      LightHistory history = LightHistory.judge(run, facts, book.year(), asOf, parts);
      if (parts.size() == 1) {
        List<Object> now = new ArrayList<>(facts.at(asOf));
        now.addAll(history.facts());
        return outcome(run.derive(now));
      }
      return inParts(run, facts, asOf, parts, history);
    });
    return assemble(book, asOf, outcome);
  }

  private List<List<Task>> parts(List<Task> tasks) {
    if (tasks.size() <= partSize) {
      return List.of(tasks);
    }
    List<List<Task>> parts = new ArrayList<>();
    for (int from = 0; from < tasks.size(); from += partSize) {
      parts.add(tasks.subList(from, Math.min(tasks.size(), from + partSize)));
    }
    return parts;
  }

  /**
   * One session per part (side by side) derives its tasks' targets, scores, flags and lights; one more
   * session, with units, leaders and ratings, rolls their task scores up into unit, leader and book
   * scores. A part's partial book score is dropped.
   */
  private static Outcome inParts(RuleRun run, Facts facts, LocalDate asOf, List<List<Task>> parts,
      LightHistory history) {
    Map<String, List<Object>> earlier = history.factsByTask();
    List<List<Object>> derived = run.inParallel(parts.size(), i -> {
      List<Object> now = facts.tasksAt(asOf, parts.get(i), false);
      parts.get(i).forEach(t -> now.addAll(earlier.getOrDefault(t.id(), List.of())));
      return run.derive(now).stream().filter(Outcome::fromPart).toList();
    });
    Outcome outcome = new Outcome();
    List<Object> rollup = facts.rollupAt(asOf);
    for (List<Object> part : derived) {
      for (Object fact : part) {
        outcome.add(fact);
        if (fact instanceof TaskScore) {
          rollup.add(fact);
        }
      }
    }
    run.derive(rollup).stream().filter(Outcome::fromRollup).forEach(outcome::add);
    return outcome;
  }

  private static void checkRatings(TaskBook book, List<Rating> ratings) {
    Map<String, Task> tasks = new LinkedHashMap<>();
    book.tasks().forEach(t -> tasks.put(t.id(), t));
    for (Rating rating : ratings) {
      if (!rating.taskId().isEmpty()) {
        Task task = tasks.get(rating.taskId());
        if (task == null || !Facts.unitRoles(task).containsKey(rating.unitName())) {
          throw new IllegalArgumentException("rating for task \"" + rating.taskId() + "\" of unit \""
              + rating.unitName() + "\": the book has no such task of that unit: " + rating);
        }
      } else if (book.tasks().stream().noneMatch(t -> Facts.unitRoles(t).containsKey(rating.unitName()))) {
        throw new IllegalArgumentException("rating for unit \"" + rating.unitName() + "\", which carries no task: "
            + rating);
      }
    }
  }

  private static Outcome outcome(List<Object> derived) {
    Outcome outcome = new Outcome();
    derived.forEach(outcome::add);
    return outcome;
  }

  /** Inserts {@code facts} into a new session, fires the rules within the limits and returns every fact it then holds. */
  List<Object> derive(List<Object> facts) {
    RuleRun run = new RuleRun(rules, limits, sources);
    return run.call(() -> run.derive(facts));
  }

  /** What the rules derived, by task, unit and leader. */
  private static final class Outcome {
    final Map<String, BigDecimal> taskScores = new LinkedHashMap<>();
    final Map<String, Light> lights = new LinkedHashMap<>();
    final Map<TargetRef, TargetScore> targetScores = new LinkedHashMap<>();
    final Map<TargetRef, TargetFact> targets = new LinkedHashMap<>();
    final Map<String, List<RiskFlag>> flags = new LinkedHashMap<>();
    final Map<String, BigDecimal> units = new LinkedHashMap<>();
    final Map<String, BigDecimal> leaders = new LinkedHashMap<>();
    final Map<List<String>, Tally> tallies = new LinkedHashMap<>();
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

    void add(Object o) {
      if (o instanceof TaskScore s) {
        once(taskScores.put(s.taskId(), s.score()), "score of task " + s.taskId());
      } else if (o instanceof TaskLight l) {
        once(lights.put(l.taskId(), l.light()), "light of task " + l.taskId());
      } else if (o instanceof TargetScore s) {
        TargetRef ref = new TargetRef(s.taskId(), s.position());
        once(targetScores.put(ref, s), "score of target " + ref);
      } else if (o instanceof TargetFact t) {
        targets.put(new TargetRef(t.taskId(), t.position()), t);
      } else if (o instanceof RiskFlag f) {
        flags.computeIfAbsent(f.taskId(), k -> new ArrayList<>()).add(f);
      } else if (o instanceof UnitScore s) {
        once(units.put(s.unitName(), s.score()), "score of unit " + s.unitName());
      } else if (o instanceof LeaderScore s) {
        once(leaders.put(s.leader(), s.score()), "score of leader " + s.leader());
      } else if (o instanceof Tally t) {
        once(tallies.put(List.of(t.name(), t.scope()), t), "tally \"" + t.name() + "\" of scope \"" + t.scope() + "\"");
      } else if (o instanceof BookScore b) {
        once(total, "book total");
        total = b.total();
      }
    }

    private static void once(Object previous, String what) {
      if (previous != null) {
        throw new IllegalStateException("the rules derived more than one " + what);
      }
    }
  }

  /** Worst light first, so that a task's first flag explains its light; then by target and code. */
  private static final Comparator<RiskFlag> FLAG_ORDER =
      Comparator.comparing(RiskFlag::light, Comparator.reverseOrder())
          .thenComparingInt((RiskFlag f) -> f.target().orElse(0))
          .thenComparing(RiskFlag::code)
          .thenComparing(RiskFlag::rule)
          .thenComparing(RiskFlag::message);

  private static Assessment assemble(TaskBook book, LocalDate asOf, Outcome outcome) {
    List<TaskResult> tasks = new ArrayList<>();
    Map<String, int[]> unitCounts = new LinkedHashMap<>(); // lead, co, red, yellow, orange
    Map<String, int[]> leaderCounts = new LinkedHashMap<>(); // tasks per light, by ordinal
    for (Task task : book.tasks()) {
      BigDecimal score = required(outcome.taskScores.get(task.id()), "a score for task " + task.id());
      Light light = required(outcome.lights.get(task.id()), "a light for task " + task.id());
      List<TargetResult> targets = new ArrayList<>();
      for (int position = 1; position <= task.targets().size(); position++) {
        TargetRef ref = new TargetRef(task.id(), position);
        TargetScore s = required(outcome.targetScores.get(ref), "a score for target " + ref);
        targets.add(new TargetResult(position, s.completion(), s.score(), s.reported(),
            outcome.targets.get(ref).expectedShare(), s.pointsBehind()));
      }
      List<RiskFlag> flags = new ArrayList<>(outcome.flags.getOrDefault(task.id(), List.of()));
      flags.sort(FLAG_ORDER);
      tasks.add(new TaskResult(task.id(), score, light, flags, targets));
      Facts.unitRoles(task).forEach((unit, role) -> {
        int[] c = unitCounts.computeIfAbsent(unit, k -> new int[5]);
        c[role == Role.LEAD ? 0 : 1]++;
        c[2] += light == Light.RED ? 1 : 0;
        c[3] += light == Light.YELLOW ? 1 : 0;
        c[4] += light == Light.ORANGE ? 1 : 0;
      });
      for (String leader : new LinkedHashSet<>(task.leaders())) {
        leaderCounts.computeIfAbsent(leader, k -> new int[Light.values().length])[light.ordinal()]++;
      }
    }
    List<UnitResult> units = new ArrayList<>();
    unitCounts.forEach((unit, c) -> units.add(new UnitResult(unit,
        required(outcome.units.get(unit), "a score for unit " + unit), c[0], c[1], c[2], c[3], c[4])));
    List<LeaderResult> leaders = new ArrayList<>();
    leaderCounts.forEach((leader, c) -> leaders.add(new LeaderResult(leader,
        required(outcome.leaders.get(leader), "a score for leader " + leader), c[Light.RED.ordinal()],
        c[Light.YELLOW.ordinal()], c[Light.BLUE.ordinal()], c[Light.GREEN.ordinal()], c[Light.ORANGE.ordinal()])));
    List<Tally> tallies = new ArrayList<>(outcome.tallies.values());
    tallies.sort(Comparator.comparing(Tally::name).thenComparing(Tally::scope));
    return new Assessment(asOf, tasks, units, leaders, required(outcome.total, "a book total"), tallies);
  }

  private static <T> T required(T value, String what) {
    if (value == null) {
      throw new IllegalStateException("the rules derived no " + what);
    }
    return value;
  }
}
