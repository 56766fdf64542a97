package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Rollup for one responsible unit (责任单位).
 *
 * @param name resolved unit name
 * @param score weighted mean of its tasks' scores (lead tasks weigh more, by policy)
 * @param lead number of tasks it leads
 * @param co number of tasks it co-operates on
 * @param red number of its tasks lit red; on a task with a target per unit ({@code Target.assignee}),
 *     lit red for this unit: by a flag about the task as a whole or about one of its own targets
 * @param yellow number of its tasks lit yellow, counted as {@code red}
 * @param orange number of its tasks lit orange, counted as {@code red}
 * @param points for a unit judged on indicators with a 分值 (考核指标表): its points (考核得分), the sum
 *     over those indicators of the scoring text's points, else 分值 × completion (docs/indicators.md);
 *     empty when none of its tasks has a 分值
 * @param maxPoints the sum of the 分值 of those indicators; present exactly when {@code points} is
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record UnitResult(String name, BigDecimal score, int lead, int co, int red, int yellow, int orange,
    Optional<BigDecimal> points, Optional<BigDecimal> maxPoints) {
  public UnitResult {
    requireNonNull(name, "name");
    requireNonNull(score, "score");
    requireNonNull(points, "points");
    requireNonNull(maxPoints, "maxPoints");
    if (points.isPresent() != maxPoints.isPresent()) {
      throw new IllegalArgumentException("points and maxPoints go together: " + points + ", " + maxPoints);
    }
  }

  /** A unit without points: none of its tasks has a 分值. */
  public UnitResult(String name, BigDecimal score, int lead, int co, int red, int yellow, int orange) {
    this(name, score, lead, co, red, yellow, orange, Optional.empty(), Optional.empty());
  }

  /**
   * A unit without points none of whose tasks is lit orange (the default rules light none orange).
   */
  public UnitResult(String name, BigDecimal score, int lead, int co, int red, int yellow) {
    this(name, score, lead, co, red, yellow, 0);
  }
}
