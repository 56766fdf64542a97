package io.tracker.cli;

import io.tracker.InputException;
import io.tracker.imports.TaskBookReader;
import io.tracker.rules.Assessor;
import io.tracker.rules.scenario.RuleCheck;
import io.tracker.rules.RuleProblem;
import io.tracker.rules.RuleSetException;
import io.tracker.rules.RuleSet;
import io.tracker.rules.scenario.Scenario;
import io.tracker.rules.scenario.ScenarioRunner;
import io.tracker.task.TaskBook;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tracker rules check DIR}: compiles the rule directory (the defaults extended by it), assesses
 * a probe book and the seed with it ({@link #assessable}) and reads its scenarios; prints every problem as {@code FILE:LINE:0: rule "NAME": message} on standard
 * error and exits 2, or prints a one-line summary and exits 0.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks a rule directory: every problem as FILE:LINE with the rule name; exit 2 if any.")
final class RulesCheckCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "rule directory (.drl, .dsl, .dslr, .drl.csv, .drl.xlsx, scenarios *.json)")
  Path dir;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<String> problems = check(dir).problems();
    if (!problems.isEmpty()) {
      problems.forEach(err::println);
      err.flush();
      return RulesCommand.BAD_INPUT;
    }
    spec.commandLine().getOut().println("规则检查通过: " + dir + " (" + RuleSet.scenarioFiles(dir).size() + " 个场景)");
    spec.commandLine().getOut().flush();
    return 0;
  }

  /**
   * A rule directory compiled once: its assessor when the rules compile, and every problem of the
   * rules and the scenarios, placed in the directory; no problems means the assessor is there.
   */
  record Checked(Optional<Assessor> assessor, List<String> problems) {}

  /** Compiles the rule directory and reads its scenarios, collecting every problem. */
  static Checked check(Path dir) {
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      problems.add(new InputException(dir.toString(), 0, 0,
          InputException.quote(dir.toString()) + " 不是目录: 应为规则目录").getMessage());
      return new Checked(Optional.empty(), problems);
    }
    Optional<Assessor> assessor = Optional.empty();
    try {
      assessor = Optional.of(Assessor.withRules(ScenarioRunner.ruleSet(dir)));
    } catch (RuleSetException e) {
      e.problems().forEach(p -> problems.add(located(dir, p)));
    }
    assessor.ifPresent(a -> assessable(a).forEach(p -> problems.add(located(dir, p))));
    for (Path file : RuleSet.scenarioFiles(dir)) {
      try {
        Scenario.read(dir, file);
      } catch (InputException e) {
        problems.add(e.getMessage());
      }
    }
    return new Checked(assessor, problems);
  }

  /**
   * The problems of {@code assessor} assessing the built-in probe book and the seed with its
   * simulated ledger at 31 March, 30 June and 31 December ({@link RuleCheck}): a rule that fails or
   * breaks the result contract. The seed is left out when the tracker's home has no seed.
   */
  static List<RuleProblem> assessable(Assessor assessor) {
    List<RuleProblem> problems = new ArrayList<>(RuleCheck.probe(assessor));
    Path home = TrackerCommand.home();
    Path book = home.resolve(AssessmentInputs.SAMPLE_BOOK);
    Path ledger = home.resolve(AssessmentInputs.SAMPLE_LEDGER);
    if (Files.isRegularFile(book) && Files.isRegularFile(ledger)) {
      TaskBook seed = TaskBookReader.read(book).book();
      problems.addAll(RuleCheck.assess(assessor, seed, AssessmentInputs.readLedger(ledger.toString(), seed),
          RuleCheck.PROBE_DATES));
    }
    return problems;
  }

  /** {@code problem} with its file given as a path under {@code dir}. */
  static String located(Path dir, RuleProblem problem) {
    String file = problem.file().isEmpty() ? dir.toString() : dir.resolve(problem.file()).toString();
    return new RuleProblem(file, problem.line(), problem.rule(), problem.message()).toString();
  }
}
