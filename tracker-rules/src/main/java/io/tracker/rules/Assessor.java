package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.fact.BookScore;
import io.tracker.rules.fact.EarlierRed;
import io.tracker.rules.fact.LeaderScore;
import io.tracker.rules.fact.TargetFact;
import io.tracker.rules.fact.TargetScore;
import io.tracker.rules.fact.TaskLight;
import io.tracker.rules.fact.TaskScore;
import io.tracker.rules.fact.UnitPoints;
import io.tracker.rules.fact.UnitScore;
import io.tracker.task.Role;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * in its own session, always disposed. To give lights a memory, the book is first judged at every
 * earlier month end of the work year with the same rules (each with the reports dated by then), and
 * the month ends at which a task was red become {@link EarlierRed} facts.
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
  private final KieBase rules;
  private final PreparedRules sources;
  private final RuleLimits limits;

  private Assessor(KieBase rules, PreparedRules sources, RuleLimits limits) {
    this.rules = rules;
    this.sources = sources;
    this.limits = limits;
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
        .map(base -> new Assessor(base, PreparedRules.trusted(defaults), limits))
        .orElseGet(() -> withRules(defaults, limits));
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
    return new Assessor(compiled.base(), compiled.sources(), limits);
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
    requireNonNull(book, "book");
    requireNonNull(ledger, "ledger");
    requireNonNull(asOf, "asOf");
    requireNonNull(policy, "policy");
    Facts facts = new Facts(book, ledger, policy);
    RuleRun run = new RuleRun(rules, limits, sources);
    Outcome outcome = run.call(() -> {
      List<Object> now = new ArrayList<>(facts.at(asOf));
      earlierReds(run, book, facts, asOf).forEach((task, monthEnds) -> now.add(new EarlierRed(task, monthEnds)));
      return outcome(run.derive(now));
    });
    return assemble(book, asOf, outcome);
  }

  private static Map<String, List<LocalDate>> earlierReds(RuleRun run, TaskBook book, Facts facts, LocalDate asOf) {
    Map<String, List<LocalDate>> reds = new LinkedHashMap<>();
    for (int month = 1; month <= 12; month++) {
      LocalDate monthEnd = YearMonth.of(book.year(), month).atEndOfMonth();
      if (!monthEnd.isBefore(asOf)) {
        break;
      }
      Outcome judged = outcome(run.derive(facts.judgedAt(monthEnd)));
      judged.lights.forEach((task, light) -> {
        if (light == Light.RED) {
          reds.computeIfAbsent(task, k -> new ArrayList<>()).add(monthEnd);
        }
      });
    }
    return reds;
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
    final Map<String, UnitPoints> unitPoints = new LinkedHashMap<>();
    BigDecimal total;

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
      } else if (o instanceof UnitPoints p) {
        once(unitPoints.put(p.unitName(), p), "points of unit " + p.unitName());
      } else if (o instanceof LeaderScore s) {
        once(leaders.put(s.leader(), s.score()), "score of leader " + s.leader());
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
    Map<String, int[]> unitCounts = new LinkedHashMap<>(); // lead, co, red, yellow
    Map<String, int[]> leaderCounts = new LinkedHashMap<>(); // red, yellow, blue, green
    for (Task task : book.tasks()) {
      BigDecimal score = required(outcome.taskScores.get(task.id()), "a score for task " + task.id());
      Light light = required(outcome.lights.get(task.id()), "a light for task " + task.id());
      List<TargetResult> targets = new ArrayList<>();
      for (int position = 1; position <= task.targets().size(); position++) {
        if (!Facts.isScored(task.targets().get(position - 1))) {
          continue; // a relative target: unscored until benchmarks exist (Facts)
        }
        TargetRef ref = new TargetRef(task.id(), position);
        TargetScore s = required(outcome.targetScores.get(ref), "a score for target " + ref);
        targets.add(new TargetResult(position, s.completion(), s.score(), s.reported(),
            outcome.targets.get(ref).expectedShare(), s.pointsBehind()));
      }
      List<RiskFlag> flags = new ArrayList<>(outcome.flags.getOrDefault(task.id(), List.of()));
      flags.sort(FLAG_ORDER);
      tasks.add(new TaskResult(task.id(), score, light, flags, targets));
      Facts.unitRoles(task).forEach((unit, role) -> {
        int[] c = unitCounts.computeIfAbsent(unit, k -> new int[4]);
        c[role == Role.LEAD ? 0 : 1]++;
        c[2] += light == Light.RED ? 1 : 0;
        c[3] += light == Light.YELLOW ? 1 : 0;
      });
      for (String leader : new LinkedHashSet<>(task.leaders())) {
        int[] c = leaderCounts.computeIfAbsent(leader, k -> new int[4]);
        c[switch (light) {
          case RED -> 0;
          case YELLOW -> 1;
          case BLUE -> 2;
          case GREEN -> 3;
        }]++;
      }
    }
    List<UnitResult> units = new ArrayList<>();
    unitCounts.forEach((unit, c) -> {
      Optional<UnitPoints> points = Optional.ofNullable(outcome.unitPoints.get(unit));
      units.add(new UnitResult(unit, required(outcome.units.get(unit), "a score for unit " + unit), c[0], c[1],
          c[2], c[3], points.map(UnitPoints::points), points.map(UnitPoints::maxPoints)));
    });
    List<LeaderResult> leaders = new ArrayList<>();
    leaderCounts.forEach((leader, c) -> leaders.add(new LeaderResult(leader,
        required(outcome.leaders.get(leader), "a score for leader " + leader), c[0], c[1], c[2], c[3])));
    return new Assessment(asOf, tasks, units, leaders, required(outcome.total, "a book total"));
  }

  private static <T> T required(T value, String what) {
    if (value == null) {
      throw new IllegalStateException("the rules derived no " + what);
    }
    return value;
  }
}
