package io.tracker.rules.fact;

/** Which report of a target's effective history a {@link Measure} is taken from. */
public enum MeasureKind {
  /** The latest report on or before the as-of date (最新值). */
  LATEST,
  /** The report before the latest one (上期值). */
  PREVIOUS,
  /** The last report on or before the end of the target's period (阶段末值). */
  PERIOD_END,
  /** The report with the lowest value (最低值); the earliest of equals. */
  LOWEST,
  /** The report with the highest value (最高值); the earliest of equals. */
  HIGHEST
}
