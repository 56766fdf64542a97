package io.tracker.rules.fact;

import java.math.BigDecimal;

/**
 * Scoring parameters of the assessment (评分参数).
 *
 * @param cap highest completion a target can score (1.0 by default; at least 1)
 * @param leadWeight weight of a task in the score of the unit leading it (牵头, 2 by default)
 * @param coWeight weight of a task in the score of a co-operating unit (配合, 1 by default)
 */
public record Policy(BigDecimal cap, BigDecimal leadWeight, BigDecimal coWeight) {}
