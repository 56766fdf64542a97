package io.tracker.rules.fact;

import java.math.BigDecimal;

/** Derived: the book total (总分), the mean of task scores, 2 decimals. */
public record BookScore(BigDecimal total) {}
