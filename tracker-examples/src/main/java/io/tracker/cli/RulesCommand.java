package io.tracker.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tracker rules}: the analysts' rule tools. {@code check DIR} validates a rule directory,
 * {@code test DIR} runs its scenarios, {@code diff} shows what a rule change does to an assessment.
 * A rule directory extends the default rules (see docs/rules.md).
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Checks, tests and compares analysts' rule sets (规则检查、场景测试、变更影响).",
    subcommands = {RulesCheckCommand.class, RulesTestCommand.class, RulesDiffCommand.class})
public final class RulesCommand implements Runnable {
  /** Exit status when rules or their inputs are bad. */
  static final int BAD_INPUT = 2;

  /** Exit status when a scenario fails. */
  static final int SCENARIO_FAILED = 1;

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: expected one of "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
