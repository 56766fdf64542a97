package io.tracker.rules;

import static java.util.Objects.requireNonNull;

/**
 * One problem found compiling a rule set.
 *
 * @param file the rule file's path in the {@link RuleSet}, or "" when Drools names none
 * @param line 1-based line in that file, 0 when unknown
 * @param rule the rule's name when it can be told, else ""
 * @param message Drools' message
 */
public record RuleProblem(String file, int line, String rule, String message) {
  public RuleProblem {
    requireNonNull(file, "file");
    requireNonNull(rule, "rule");
    requireNonNull(message, "message");
  }

  /** {@code FILE:LINE:0: message}, the form of {@link io.tracker.InputException}. */
  @Override
  public String toString() {
    return (file.isEmpty() ? "<rules>" : file) + ":" + line + ":0: "
        + (rule.isEmpty() ? "" : "rule \"" + rule + "\": ") + message;
  }
}
