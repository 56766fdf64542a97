package io.tracker.cli;

import io.tracker.rules.Assessor;
import io.tracker.rules.RuleSet;
import io.tracker.rules.scenario.RuleDirectory;
import io.tracker.rules.scenario.Scenario;
import io.tracker.rules.scenario.ScenarioRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tracker rules test DIR}: runs the scenarios (*.json) under a rule directory against its
 * rules; prints 通过/失败 per scenario with expected vs actual for each difference. Exit 0 when all
 * pass, 1 when one fails, 2 when the rules or a scenario cannot be read.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Runs the scenarios of a rule directory; prints pass/fail per scenario with a diff.")
final class RulesTestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "rule directory with scenario files (*.json)")
  Path dir;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RuleDirectory.Checked checked = RulesCheckCommand.check(dir);
    if (!checked.problems().isEmpty()) {
      checked.problems().forEach(err::println);
      err.flush();
      return RulesCommand.BAD_INPUT;
    }
    Assessor assessor = checked.assessor().orElseThrow();
    int failed = 0;
    List<Path> files = RuleSet.scenarioFiles(dir);
    for (Path file : files) {
      ScenarioRunner.Result result = ScenarioRunner.run(assessor, Scenario.read(dir, file));
      out.println((result.passed() ? "通过  " : "失败  ") + result.scenario().name() + "  (" + dir.relativize(file) + ")");
      result.differences().forEach(d -> out.println("      " + d));
      failed += result.passed() ? 0 : 1;
    }
    out.println(files.size() + " 个场景: " + (files.size() - failed) + " 通过, " + failed + " 失败");
    out.flush();
    return failed == 0 ? 0 : RulesCommand.SCENARIO_FAILED;
  }
}
