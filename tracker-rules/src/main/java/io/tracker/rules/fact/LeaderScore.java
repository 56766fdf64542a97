package io.tracker.rules.fact;

import java.math.BigDecimal;

/** Derived: the mean score of a leader's tasks (包抓领导得分), 2 decimals. */
public record LeaderScore(String leader, BigDecimal score) {}
