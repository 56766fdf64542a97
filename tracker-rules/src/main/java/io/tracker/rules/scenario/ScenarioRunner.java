package io.tracker.rules.scenario;

import static java.util.Objects.requireNonNull;

import io.tracker.rules.Assessing;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.rules.LeaderResult;
import io.tracker.rules.RiskFlag;
import io.tracker.rules.RuleProblem;
import io.tracker.rules.RuleSet;
import io.tracker.rules.RuleSetException;
import io.tracker.rules.ScoringPolicy;
import io.tracker.rules.TaskResult;
import io.tracker.rules.UnitResult;
import io.tracker.rules.fact.Tally;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs analysts' scenarios ({@link Scenario}) against a rule set and says, per scenario, what
 * differs from the expectation. A rule set directory extends the default rules
 * ({@link RuleSet#analystDefaults}, {@link RuleSet#extendedBy}); its scenarios are the {@code *.json} files under it.
 */
public final class ScenarioRunner {
  private ScenarioRunner() {}

  /** The outcome of one scenario: passed when {@code differences} is empty. */
  public record Result(Scenario scenario, List<String> differences) {
    public Result {
      requireNonNull(scenario, "scenario");
      differences = List.copyOf(requireNonNull(differences, "differences"));
    }

    public boolean passed() {
      return differences.isEmpty();
    }
  }

  /** Runs every scenario under {@code dir} against the rules of {@code dir}. */
  public static List<Result> runDirectory(Path dir) {
    Assessor assessor = Assessor.withRules(RuleSet.forDirectory(dir));
    return RuleSet.scenarioFiles(dir).stream().map(f -> run(assessor, Scenario.read(dir, f))).toList();
  }

  /**
   * The problems of {@code assessor} with {@code scenarios}: one per scenario that fails or cannot be
   * run, against the scenario's file; none when all pass. The check a host passes to
   * {@link io.tracker.rules.ReloadableAssessor#reload(RuleSet, java.util.function.Function)}.
   */
  public static List<RuleProblem> problems(Assessing assessor, List<Scenario> scenarios) {
    requireNonNull(assessor, "assessor");
    List<RuleProblem> failures = new ArrayList<>();
    for (Scenario scenario : requireNonNull(scenarios, "scenarios")) {
      Result result;
      try {
        result = run(assessor, scenario);
      } catch (IllegalStateException | IllegalArgumentException | RuleSetException e) {
        failures.add(new RuleProblem(scenario.file().toString(), 0, "", scenario.name() + ": " + e.getMessage()));
        continue;
      }
      if (!result.passed()) {
        failures.add(new RuleProblem(scenario.file().toString(), 0, "",
            scenario.name() + ": " + String.join("; ", result.differences())));
      }
    }
    return failures;
  }

  /** Runs {@code scenario} with {@code assessor}. */
  public static Result run(Assessing assessor, Scenario scenario) {
    Assessment a = assessor.assess(scenario.book(), scenario.ledger(), scenario.asOf(), ScoringPolicy.defaults(),
        scenario.ratings());
    List<String> differences = new ArrayList<>();
    BigDecimal tolerance = scenario.tolerance();
    Scenario.Expected expected = scenario.expected();
    expected.tasks().forEach((id, task) -> {
      Optional<TaskResult> actual = a.tasks().stream().filter(t -> t.id().equals(id)).findFirst();
      if (actual.isEmpty()) {
        differences.add("任务 " + id + ": 期望有此任务, 实际没有");
        return;
      }
      TaskResult t = actual.get();
      task.score().ifPresent(s -> compare(differences, "任务 " + id + " 得分", s, t.score(), tolerance));
      task.light().filter(l -> l != t.light())
          .ifPresent(l -> differences.add("任务 " + id + " 亮灯: 期望 " + l + ", 实际 " + t.light()));
      task.flags().ifPresent(codes -> {
        List<String> actualCodes = t.flags().stream().map(RiskFlag::code).sorted().toList();
        List<String> expectedCodes = codes.stream().sorted().toList();
        if (!expectedCodes.equals(actualCodes)) {
          differences.add("任务 " + id + " 预警: 期望 " + expectedCodes + ", 实际 " + actualCodes);
        }
      });
    });
    compareAll(differences, "单位", expected.units(),
        a.units().stream().collect(java.util.stream.Collectors.toMap(UnitResult::name, UnitResult::score)), tolerance);
    compareAll(differences, "包抓领导", expected.leaders(),
        a.leaders().stream().collect(java.util.stream.Collectors.toMap(LeaderResult::name, LeaderResult::score)),
        tolerance);
    expected.total().ifPresent(t -> compare(differences, "总分", t, a.total(), tolerance));
    expected.tallies().forEach((name, byScope) -> byScope.forEach((scope, value) -> {
      Optional<Tally> actual = a.tallies().stream()
          .filter(t -> t.name().equals(name) && t.scope().equals(scope)).findFirst();
      if (actual.isEmpty()) {
        differences.add("统计 " + name + " (" + scope + "): 期望 " + value.toPlainString() + ", 实际没有此统计");
      } else {
        compare(differences, "统计 " + name + " (" + scope + ")", value, actual.get().value(), tolerance);
      }
    }));
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    a.units().forEach(u -> u.points().ifPresent(p -> points.put(u.name(), p)));
    compareAll(differences, "计分单位", expected.points(), points, tolerance);
    return new Result(scenario, differences);
  }

  private static void compareAll(List<String> differences, String what, Map<String, BigDecimal> expected,
      Map<String, BigDecimal> actual, BigDecimal tolerance) {
    expected.forEach((name, score) -> {
      BigDecimal got = actual.get(name);
      if (got == null) {
        differences.add(what + " " + name + ": 期望得分 " + score.toPlainString() + ", 实际没有此" + what);
      } else {
        compare(differences, what + " " + name + " 得分", score, got, tolerance);
      }
    });
  }

  private static void compare(List<String> differences, String what, BigDecimal expected, BigDecimal actual,
      BigDecimal tolerance) {
    if (expected.subtract(actual).abs().compareTo(tolerance) > 0) {
      differences.add(what + ": 期望 " + expected.toPlainString() + " ± " + tolerance.toPlainString()
          + ", 实际 " + actual.toPlainString());
    }
  }
}
