package io.tracker.rules.fact;

import java.math.BigDecimal;

/** Derived: a task's score counted towards its leader's scorecard, with weight {@code weight}. */
public record LeaderShare(String leader, String taskId, BigDecimal weight, BigDecimal score)
    implements Weighted {}
