package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * Rollup for one responsible unit (责任单位).
 *
 * @param name resolved unit name
 * @param score weighted mean of its tasks' scores (lead tasks weigh more, by policy)
 * @param lead number of tasks it leads
 * @param co number of tasks it co-operates on
 * @param red number of its tasks lit red
 * @param yellow number of its tasks lit yellow
 * @param orange number of its tasks lit orange
 */
public record UnitResult(String name, BigDecimal score, int lead, int co, int red, int yellow, int orange) {
  public UnitResult {
    requireNonNull(name, "name");
    requireNonNull(score, "score");
  }

  /** A unit none of whose tasks is lit orange (the default rules light none orange). */
  public UnitResult(String name, BigDecimal score, int lead, int co, int red, int yellow) {
    this(name, score, lead, co, red, yellow, 0);
  }
}
