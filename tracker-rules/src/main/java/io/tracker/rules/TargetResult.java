package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * Completion and score of one target.
 *
 * @param position 1-based position of the target in its task's text
 * @param completion completion ratio, clamped between 0 and the cap (1.0 by default)
 * @param score 100 × completion
 * @param reported false when no report exists yet (then completion and score are 0)
 * @param expectedShare expected completion at the as-of date (时序进度), 0–1
 * @param pointsBehind 100 × (expected share − completion); negative when ahead
 */
public record TargetResult(
    int position,
    BigDecimal completion,
    BigDecimal score,
    boolean reported,
    BigDecimal expectedShare,
    BigDecimal pointsBehind) {

  public TargetResult {
    requireNonNull(completion, "completion");
    requireNonNull(score, "score");
    requireNonNull(expectedShare, "expectedShare");
    requireNonNull(pointsBehind, "pointsBehind");
  }
}
