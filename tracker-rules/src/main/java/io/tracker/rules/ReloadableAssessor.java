package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.fact.Rating;
import io.tracker.task.TaskBook;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * An assessor whose rules a host can swap while assessments run (规则热加载). A reload builds the new
 * rules beside the old ones (each build's module is removed from the KieRepository, so reloads do
 * not accumulate), optionally checks them (against an analyst's scenarios), and only then swaps them in atomically;
 * when the build or a scenario fails, the old rules keep serving and the reload throws. An
 * assessment uses the rules current when it starts, from start to end.
 *
 * <pre>{@code
 * ReloadableAssessor assessor = ReloadableAssessor.of(RuleSet.defaults());
 * assessor.reload(RuleSet.forDirectory(dir), candidate -> ScenarioRunner.problems(candidate, scenarios));
 * }</pre>
 */
public final class ReloadableAssessor implements Assessing {
  /** The rules in service and their version (1 for the first, +1 per successful reload). */
  public record Loaded(RuleSet rules, Assessor assessor, long version) {
    public Loaded {
      requireNonNull(rules, "rules");
      requireNonNull(assessor, "assessor");
    }
  }

  private final AtomicReference<Loaded> current;
  private final RuleLimits limits;

  private ReloadableAssessor(Loaded loaded, RuleLimits limits) {
    this.current = new AtomicReference<>(loaded);
    this.limits = limits;
  }

  /**
   * An assessor serving {@code rules} under the default {@link RuleLimits}.
   *
   * @throws RuleSetException if they do not compile
   */
  public static ReloadableAssessor of(RuleSet rules) {
    return of(rules, RuleLimits.defaults());
  }

  /**
   * An assessor serving {@code rules}; they and every reloaded rule set are compiled and assessed
   * within {@code limits}.
   *
   * @throws RuleSetException if they do not compile or are refused
   */
  public static ReloadableAssessor of(RuleSet rules, RuleLimits limits) {
    requireNonNull(limits, "limits");
    return new ReloadableAssessor(new Loaded(requireNonNull(rules, "rules"), Assessor.withRules(rules, limits), 1), limits);
  }

  /** The limits every rule set of this assessor is compiled and assessed within. */
  public RuleLimits limits() {
    return limits;
  }

  /** The rules in service now. */
  public Loaded current() {
    return current.get();
  }

  /** Assesses with the rules in service when called. */
  @Override
  public Assessment assess(TaskBook book, ProgressLedger ledger, LocalDate asOf) {
    return current.get().assessor().assess(book, ledger, asOf);
  }

  /** Assesses with the rules in service when called. */
  @Override
  public Assessment assess(TaskBook book, ProgressLedger ledger, LocalDate asOf, ScoringPolicy policy,
      List<Rating> ratings) {
    return current.get().assessor().assess(book, ledger, asOf, policy, ratings);
  }

  /** Swaps in {@code rules} once they compile; see {@link #reload(RuleSet, Function)}. */
  public Loaded reload(RuleSet rules) {
    return reload(rules, candidate -> List.of());
  }

  /**
   * Builds {@code rules}, asks {@code check} for the problems of an assessor with them (for an
   * analyst's scenarios: {@code candidate -> ScenarioRunner.problems(candidate, scenarios)}), and swaps
   * them in when there are none.
   *
   * @return the rules now in service
   * @throws RuleSetException if the rules do not compile, or {@code check} finds problems (thrown with
   *     them); the rules in service are unchanged
   */
  public synchronized Loaded reload(RuleSet rules, Function<? super Assessor, List<RuleProblem>> check) {
    requireNonNull(rules, "rules");
    requireNonNull(check, "check");
    Assessor candidate = Assessor.withRules(rules, limits);
    List<RuleProblem> failures = check.apply(candidate);
    if (!failures.isEmpty()) {
      throw new RuleSetException(failures);
    }
    Loaded next = new Loaded(rules, candidate, current.get().version() + 1);
    current.set(next);
    return next;
  }
}
