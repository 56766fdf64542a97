package io.tracker.cli;

import io.tracker.InputException;
import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.Assessor;
import io.tracker.rules.scenario.RuleDiff;
import io.tracker.rules.RuleSet;
import io.tracker.rules.scenario.RuleDirectory;
import io.tracker.task.TaskBook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tracker rules diff --old DIR --new DIR --book FILE --ledger FILE --as-of DATE}: assesses
 * the book under both rule sets and lists the tasks, units and leaders whose score or light changes,
 * old → new, largest first. Without {@code --old} the default rules are the old side.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Lists the tasks, units and leaders whose score or light a rule change changes, largest first.")
final class RulesDiffCommand implements Callable<Integer> {
  @Option(names = "--old", paramLabel = "DIR", description = "rules in service (default: the default rules)")
  Path oldDir;

  @Option(names = "--new", paramLabel = "DIR", required = true, description = "changed rules")
  Path newDir;

  @Mixin BookInput book = new BookInput();

  @Option(names = "--ledger", paramLabel = "FILE", required = true,
      description = "progress ledger (.csv, .json, or a database: jdbc:h2:./ledger)")
  String ledger;

  @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "as-of date, e.g. 2023-06-30")
  LocalDate asOf;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    List<String> problems = new ArrayList<>();
    RuleDirectory.Checked oldRules = oldDir == null ? null : RulesCheckCommand.check(oldDir);
    if (oldRules != null) {
      problems.addAll(oldRules.problems());
    }
    RuleDirectory.Checked newRules = RulesCheckCommand.check(newDir);
    problems.addAll(newRules.problems());
    if (!problems.isEmpty()) {
      problems.forEach(err::println);
      err.flush();
      return RulesCommand.BAD_INPUT;
    }
    TaskBook taskBook;
    ProgressLedger progress;
    try {
      taskBook = book.read(err);
      progress = AssessmentInputs.readLedger(ledger, taskBook);
    } catch (InputException e) {
      err.println(e.getMessage());
      err.flush();
      return RulesCommand.BAD_INPUT;
    }
    Assessor oldAssessor = oldRules == null ? Assessor.withRules(RuleSet.analystDefaults())
        : oldRules.assessor().orElseThrow();
    List<RuleDiff.Change> changes = RuleDiff.between(oldAssessor, newRules.assessor().orElseThrow(), taskBook,
        progress, asOf);
    PrintWriter out = spec.commandLine().getOut();
    if (changes.isEmpty()) {
      out.println("没有变化: 两套规则的得分和亮灯相同");
    }
    changes.forEach(out::println);
    out.flush();
    return 0;
  }
}
