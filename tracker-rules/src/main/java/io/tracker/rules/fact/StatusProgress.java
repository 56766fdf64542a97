package io.tracker.rules.fact;

import java.math.BigDecimal;

/**
 * Derived: how far a task without targets is behind 时序进度 (形象进度), judged like an amount target
 * due at the task's deadline. Derived for IN_PROGRESS with a percent (that percent) and NOT_STARTED
 * (0 %); not for IN_PROGRESS without a percent (nothing to judge), DONE or BLOCKED.
 *
 * @param taskId the task's printed number
 * @param completion the percent done as a share, 0–1, 4 decimals
 * @param expectedShare 时序进度 at the as-of date (TaskFact.expectedShare)
 * @param pointsBehind 100 × (expectedShare − completion), 2 decimals; negative when ahead
 */
public record StatusProgress(String taskId, BigDecimal completion, BigDecimal expectedShare, BigDecimal pointsBehind) {}
