package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** Scorecard of a leader in charge (包抓领导): mean task score and tasks per light. */
public record LeaderResult(String name, BigDecimal score, int red, int yellow, int blue, int green, int orange) {
  public LeaderResult {
    requireNonNull(name, "name");
    requireNonNull(score, "score");
  }

  /** A leader none of whose tasks is lit orange (the default rules light none orange). */
  public LeaderResult(String name, BigDecimal score, int red, int yellow, int blue, int green) {
    this(name, score, red, yellow, blue, green, 0);
  }

  /** The number of tasks lit {@code light}. */
  public int count(Light light) {
    return switch (light) {
      case RED -> red;
      case ORANGE -> orange;
      case YELLOW -> yellow;
      case BLUE -> blue;
      case GREEN -> green;
    };
  }
}
