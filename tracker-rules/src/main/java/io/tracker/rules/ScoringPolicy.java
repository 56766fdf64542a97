package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import io.tracker.ledger.ExpectedProgress.Basis;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Parameters of the default scoring policy (评分参数).
 *
 * @param cap highest completion a target can score, at least 1 (超额完成封顶; 1.0 by default)
 * @param leadWeight weight of a task in its lead unit's score (牵头, 2 by default)
 * @param coWeight weight of a task in a co-operating unit's score (配合, 1 by default)
 * @param targetWeights weights of targets in their task's score; absent targets weigh 1, absent
 *     parts (其中…, {@link io.tracker.target.Target#part()}) 0
 * @param basis how expected progress (时序进度) counts time, {@link Basis#MONTHS} by default
 */
public record ScoringPolicy(
    BigDecimal cap,
    BigDecimal leadWeight,
    BigDecimal coWeight,
    Map<TargetRef, BigDecimal> targetWeights,
    Basis basis) {

  public ScoringPolicy {
    requireNonNull(cap, "cap");
    requireNonNull(leadWeight, "leadWeight");
    requireNonNull(coWeight, "coWeight");
    targetWeights = Map.copyOf(requireNonNull(targetWeights, "targetWeights"));
    requireNonNull(basis, "basis");
    if (cap.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException("cap must be at least 1: " + cap);
    }
    checkPositive("leadWeight", leadWeight);
    checkPositive("coWeight", coWeight);
    targetWeights.forEach((target, weight) -> checkPositive("weight of " + target, weight));
  }

  /** Cap 1, lead 2, co 1, every target 1, months basis. */
  public static ScoringPolicy defaults() {
    return new ScoringPolicy(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.ONE, Map.of(), Basis.MONTHS);
  }

  /** This policy with completion capped at {@code cap}. */
  public ScoringPolicy withCap(BigDecimal cap) {
    return new ScoringPolicy(cap, leadWeight, coWeight, targetWeights, basis);
  }

  /** This policy with unit weights {@code lead} and {@code co}. */
  public ScoringPolicy withUnitWeights(BigDecimal lead, BigDecimal co) {
    return new ScoringPolicy(cap, lead, co, targetWeights, basis);
  }

  /** This policy with {@code target} weighing {@code weight} in its task's score. */
  public ScoringPolicy withTargetWeight(TargetRef target, BigDecimal weight) {
    Map<TargetRef, BigDecimal> weights = new HashMap<>(targetWeights);
    weights.put(requireNonNull(target, "target"), requireNonNull(weight, "weight"));
    return new ScoringPolicy(cap, leadWeight, coWeight, weights, basis);
  }

  /** This policy with expected progress counted on {@code basis}. */
  public ScoringPolicy withBasis(Basis basis) {
    return new ScoringPolicy(cap, leadWeight, coWeight, targetWeights, basis);
  }

  /**
   * The weight of {@code target} in its task's score: as set, else 1, or 0 for a part (其中…): a part
   * is scored, reported and flagged, but is no extra target of its task.
   */
  public BigDecimal weightOf(TargetRef target, boolean part) {
    return targetWeights.getOrDefault(target, part ? BigDecimal.ZERO : BigDecimal.ONE);
  }

  private static void checkPositive(String name, BigDecimal value) {
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
