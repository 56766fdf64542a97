package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/** Score, light and flags of one task at the as-of date. */
public record TaskResult(
    String id, BigDecimal score, Light light, List<RiskFlag> flags, List<TargetResult> targets) {

  public TaskResult {
    requireNonNull(id, "id");
    requireNonNull(score, "score");
    requireNonNull(light, "light");
    flags = List.copyOf(requireNonNull(flags, "flags"));
    targets = List.copyOf(requireNonNull(targets, "targets"));
  }
}
