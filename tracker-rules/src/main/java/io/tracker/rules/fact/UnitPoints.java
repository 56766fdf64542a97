package io.tracker.rules.fact;

import java.math.BigDecimal;
import java.util.List;

/**
 * Derived: a unit's points (考核得分) over the indicators it is judged on, and the sum of their 分值.
 *
 * @param unitName the unit
 * @param points Σ of its {@link IndicatorPoints#points()}
 * @param maxPoints Σ of its indicators' 分值
 */
public record UnitPoints(String unitName, BigDecimal points, BigDecimal maxPoints) {

  /** The sums over {@code indicators}, all of unit {@code unitName}. */
  public static UnitPoints of(String unitName, List<IndicatorPoints> indicators) {
    BigDecimal points = Calc.score(BigDecimal.ZERO);
    BigDecimal maxPoints = BigDecimal.ZERO;
    for (IndicatorPoints indicator : indicators) {
      points = points.add(indicator.points());
      maxPoints = maxPoints.add(indicator.maxPoints());
    }
    return new UnitPoints(unitName, points, maxPoints);
  }
}
