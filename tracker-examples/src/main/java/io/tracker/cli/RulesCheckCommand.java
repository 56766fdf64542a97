package io.tracker.cli;

import io.tracker.imports.TaskBookReader;
import io.tracker.rules.Assessor;
import io.tracker.rules.scenario.RuleCheck;
import io.tracker.rules.scenario.RuleDirectory;
import io.tracker.rules.RuleProblem;
import io.tracker.rules.RuleSet;
import io.tracker.task.TaskBook;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tracker rules check DIR}: compiles the rule directory (the defaults extended by it), assesses
 * a probe book and the seed with it and reads its scenarios ({@link RuleDirectory}); prints every problem as {@code FILE:LINE:0: rule "NAME": message} on standard
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
   * Checks the rule directory as {@link RuleDirectory#check(Path, java.util.function.Function)} does,
   * with the seed as a further probe book ({@link #seedProblems}).
   */
  static RuleDirectory.Checked check(Path dir) {
    return RuleDirectory.check(dir, RulesCheckCommand::seedProblems);
  }

  /**
   * The problems of {@code assessor} assessing the seed with its simulated ledger at 31 March, 30 June
   * and 31 December ({@link RuleCheck#PROBE_DATES}): a rule that fails or breaks the result contract.
   * None when the tracker's home has no seed.
   */
  static List<RuleProblem> seedProblems(Assessor assessor) {
    List<RuleProblem> problems = new ArrayList<>();
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
}
