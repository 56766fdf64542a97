package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** Scorecard of a leader in charge (包抓领导): mean task score and tasks per light. */
public record LeaderResult(String name, BigDecimal score, int red, int yellow, int blue, int green) {
  public LeaderResult {
    requireNonNull(name, "name");
    requireNonNull(score, "score");
  }
}
