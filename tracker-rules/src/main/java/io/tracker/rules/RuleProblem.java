package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One problem found in an analyst's rule file, located in the file the analyst wrote (not in DRL
 * or Java that Drools generated from it).
 *
 * @param file the rule file's path relative to the rule set root, such as {@code risk.dslr}
 * @param line 1-based line (for a decision table, its row); 0 when the problem concerns the whole file
 * @param rule name of the rule the problem is in, when known
 * @param message what is wrong, quoting the offending text
 */
public record RuleProblem(String file, int line, Optional<String> rule, String message) {
  public RuleProblem {
    requireNonNull(file, "file");
    requireNonNull(rule, "rule");
    requireNonNull(message, "message");
  }

  /** {@code FILE:LINE: 规则 "NAME": message}, the rule part only when known. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + rule.map(r -> "规则 \"" + r + "\": ").orElse("") + message;
  }
}
