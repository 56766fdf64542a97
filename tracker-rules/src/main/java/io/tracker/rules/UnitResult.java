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
 */
public record UnitResult(String name, BigDecimal score, int lead, int co, int red, int yellow) {
  public UnitResult {
    requireNonNull(name, "name");
    requireNonNull(score, "score");
  }
}
