package io.tracker.rules.fact;

import java.math.BigDecimal;

/** Derived: the score of a responsible unit (单位得分), 2 decimals. */
public record UnitScore(String unitName, BigDecimal score) {}
