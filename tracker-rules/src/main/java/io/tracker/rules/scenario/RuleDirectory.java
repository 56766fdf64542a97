package io.tracker.rules.scenario;

import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.rules.Assessor;
import io.tracker.rules.RuleProblem;
import io.tracker.rules.RuleSet;
import io.tracker.rules.RuleSetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An analyst's rule directory checked before it serves (规则目录检查), as {@code tracker rules check}
 * does: its rules compiled over the defaults ({@link RuleSet#forDirectory}), the compiled rules
 * assessing the probe book ({@link RuleCheck#probe}) and any further books the caller names, and its
 * scenarios read. Every problem is one line {@code FILE:LINE:0: rule "NAME": message} with the file
 * under the directory.
 */
public final class RuleDirectory {
  private RuleDirectory() {}

  /**
   * A rule directory compiled once: its assessor when the rules compile, and every problem of the
   * rules and the scenarios; no problems means the assessor is there.
   */
  public record Checked(Optional<Assessor> assessor, List<String> problems) {
    public Checked {
      requireNonNull(assessor, "assessor");
      problems = List.copyOf(problems);
    }
  }

  /** Checks {@code dir} with the probe book only; see {@link #check(Path, Function)}. */
  public static Checked check(Path dir) {
    return check(dir, assessor -> List.of());
  }

  /**
   * Compiles the rule directory {@code dir}, assesses the probe book and whatever {@code moreProbes}
   * assesses with the compiled rules (a host's own sample book), and reads its scenarios, collecting
   * every problem in that order. A {@code dir} that is not a directory is one problem.
   */
  public static Checked check(Path dir, Function<? super Assessor, List<RuleProblem>> moreProbes) {
    requireNonNull(moreProbes, "moreProbes");
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      problems.add(new InputException(dir.toString(), 0, 0,
          InputException.quote(dir.toString()) + " 不是目录: 应为规则目录").getMessage());
      return new Checked(Optional.empty(), problems);
    }
    Optional<Assessor> assessor = Optional.empty();
    try {
      assessor = Optional.of(Assessor.withRules(RuleSet.forDirectory(dir)));
    } catch (RuleSetException e) {
      e.problems().forEach(p -> problems.add(located(dir, p)));
    }
    assessor.ifPresent(a -> {
      RuleCheck.probe(a).forEach(p -> problems.add(located(dir, p)));
      moreProbes.apply(a).forEach(p -> problems.add(located(dir, p)));
    });
    for (Path file : RuleSet.scenarioFiles(dir)) {
      try {
        Scenario.read(dir, file);
      } catch (InputException e) {
        problems.add(e.getMessage());
      }
    }
    return new Checked(assessor, problems);
  }

  /** {@code problem} with its file given as a path under {@code dir}. */
  private static String located(Path dir, RuleProblem problem) {
    String file = problem.file().isEmpty() ? dir.toString() : dir.resolve(problem.file()).toString();
    return new RuleProblem(file, problem.line(), problem.rule(), problem.message()).toString();
  }
}
