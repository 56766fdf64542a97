package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set does not compile; {@link #problems()} says where and why. */
public final class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<RuleProblem> problems;

  public RuleSetException(List<RuleProblem> problems) {
    super(requireNonNull(problems, "problems").stream().map(RuleProblem::toString)
        .collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in the order Drools reported them. */
  public List<RuleProblem> problems() {
    return problems;
  }
}
