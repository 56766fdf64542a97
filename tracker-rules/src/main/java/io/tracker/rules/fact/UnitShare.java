package io.tracker.rules.fact;

import java.math.BigDecimal;

/** Derived: a task's score counted towards a unit's score with the weight of the unit's role. */
public record UnitShare(String unitName, String taskId, BigDecimal weight, BigDecimal score)
    implements Weighted {}
