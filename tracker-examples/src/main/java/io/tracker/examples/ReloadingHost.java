package io.tracker.examples;

import static java.util.Objects.requireNonNull;

import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.Assessment;
import io.tracker.rules.ReloadableAssessor;
import io.tracker.rules.RuleProblem;
import io.tracker.rules.RuleSetException;
import io.tracker.rules.RuleSet;
import io.tracker.rules.scenario.Scenario;
import io.tracker.rules.scenario.ScenarioRunner;
import io.tracker.task.TaskBook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Embedding example (b): a host platform whose analysts keep their rules in a directory. The host
 * serves assessments with those rules and reloads them when an analyst publishes a change: the new
 * rules are built and checked against the directory's own scenarios beside the old ones, and only
 * swapped in when both succeed; otherwise the old rules keep serving and the analyst gets the
 * problems as {@code FILE:LINE} lines.
 */
public final class ReloadingHost {
  private final Path rulesDirectory;
  private final ReloadableAssessor assessor;

  /**
   * Starts serving the default rules extended by those in {@code rulesDirectory}.
   *
   * @throws RuleSetException if the directory's rules do not compile
   */
  public ReloadingHost(Path rulesDirectory) {
    this.rulesDirectory = requireNonNull(rulesDirectory, "rulesDirectory");
    this.assessor = ReloadableAssessor.of(RuleSet.forDirectory(rulesDirectory));
  }

  /** Assesses with the rules in service; safe to call while a reload runs. */
  public Assessment assess(TaskBook book, ProgressLedger ledger, LocalDate asOf) {
    return assessor.assess(book, ledger, asOf);
  }

  /**
   * Reads the directory again and swaps its rules in if they compile and pass its scenarios.
   *
   * @return the problems that kept the old rules in service; empty when the new rules serve
   */
  public List<RuleProblem> reload() {
    try {
      List<Scenario> scenarios = RuleSet.scenarioFiles(rulesDirectory).stream()
          .map(file -> Scenario.read(rulesDirectory, file)).toList();
      assessor.reload(RuleSet.forDirectory(rulesDirectory), candidate -> ScenarioRunner.problems(candidate, scenarios));
      return List.of();
    } catch (RuleSetException e) {
      return e.problems();
    }
  }

  /** Version of the rules in service: 1 at start, one more per successful reload. */
  public long rulesVersion() {
    return assessor.current().version();
  }
}
