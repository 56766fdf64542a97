package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Bounds on analysts' rules (规则资源上限), set by a host on {@link Assessor} and
 * {@link ReloadableAssessor}. The first three bound what is compiled, the last two each assessment.
 *
 * <pre>{@code
 * RuleLimits limits = RuleLimits.defaults().withTimeBudget(Duration.ofSeconds(10));
 * Assessor assessor = Assessor.withRules(rules, limits);
 * }</pre>
 *
 * @param maxFileBytes largest rule file (and largest DRL a DSL or table turns into), in bytes;
 *     default 1 MiB
 * @param maxDslExpansionDepth longest chain of DSL phrases whose replacement contains another phrase;
 *     default 4
 * @param maxNestingDepth deepest nesting of brackets (<code>( [ {</code>) in a rule file; default 64
 * @param firingsPerFact rule firings allowed per fact in a session, on top of
 *     {@value #BASE_FIRINGS}; default 100 (the default rules fire about 3 times per fact)
 * @param timeBudget time one assessment may take, all its sessions together; default 60 seconds
 */
public record RuleLimits(
    long maxFileBytes, int maxDslExpansionDepth, int maxNestingDepth, int firingsPerFact, Duration timeBudget) {
  /** Firings every session may make whatever its number of facts. */
  public static final int BASE_FIRINGS = 10_000;

  public RuleLimits {
    positive(maxFileBytes, "maxFileBytes");
    positive(maxDslExpansionDepth, "maxDslExpansionDepth");
    positive(maxNestingDepth, "maxNestingDepth");
    positive(firingsPerFact, "firingsPerFact");
    requireNonNull(timeBudget, "timeBudget");
    if (timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("timeBudget must be positive: " + timeBudget);
    }
  }

  /** The defaults: 1 MiB files, DSL chains of 4, nesting of 64, 100 firings per fact, 60 seconds. */
  public static RuleLimits defaults() {
    return new RuleLimits(1 << 20, 4, 64, 100, Duration.ofSeconds(60));
  }

  /** These limits with {@link #maxFileBytes()} set to {@code bytes}. */
  public RuleLimits withMaxFileBytes(long bytes) {
    return new RuleLimits(bytes, maxDslExpansionDepth, maxNestingDepth, firingsPerFact, timeBudget);
  }

  /** These limits with {@link #maxDslExpansionDepth()} set to {@code depth}. */
  public RuleLimits withMaxDslExpansionDepth(int depth) {
    return new RuleLimits(maxFileBytes, depth, maxNestingDepth, firingsPerFact, timeBudget);
  }

  /** These limits with {@link #maxNestingDepth()} set to {@code depth}. */
  public RuleLimits withMaxNestingDepth(int depth) {
    return new RuleLimits(maxFileBytes, maxDslExpansionDepth, depth, firingsPerFact, timeBudget);
  }

  /** These limits with {@link #firingsPerFact()} set to {@code firings}. */
  public RuleLimits withFiringsPerFact(int firings) {
    return new RuleLimits(maxFileBytes, maxDslExpansionDepth, maxNestingDepth, firings, timeBudget);
  }

  /** These limits with {@link #timeBudget()} set to {@code budget}. */
  public RuleLimits withTimeBudget(Duration budget) {
    return new RuleLimits(maxFileBytes, maxDslExpansionDepth, maxNestingDepth, firingsPerFact, budget);
  }

  /** Firings allowed in a session of {@code facts} facts. */
  public long maxFirings(int facts) {
    return BASE_FIRINGS + (long) firingsPerFact * facts;
  }

  private static void positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
