package io.tracker.rules.fact;

import java.math.BigDecimal;

/** Derived: the score of a task (任务得分), 0–100 × cap, 2 decimals. */
public record TaskScore(String taskId, BigDecimal score) {}
