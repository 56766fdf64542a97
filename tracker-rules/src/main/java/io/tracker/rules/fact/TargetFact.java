package io.tracker.rules.fact;

import io.tracker.target.Bound;
import io.tracker.target.TargetKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A quantitative target (量化指标) of a task.
 *
 * @param taskId the task's printed number
 * @param position 1-based position of the target in the task text
 * @param metric what is measured, as printed (发行专债)
 * @param kind growth, decline, amount, level or maintain
 * @param bound 以上, 左右, plain, 以下
 * @param value the printed figure in the printed unit (4.5 for 4.5亿元)
 * @param printedUnit the printed unit (亿元, %, 个)
 * @param percent whether the unit is %
 * @param due the date the target is due: its own due date (3月底前 → 31 March, 一季度 → 31 March),
 *     else the task deadline
 * @param dueDaysIntoYear days from 1 January of the work year to {@code due}, both included
 * @param expectedShare expected share at the as-of date (时序进度), 0–1, 4 decimals
 * @param weight weight of the target in its task's score (1 by default, 0 for a part)
 * @param part whether the target is a part of the figure before it (其中…), not a target of its own
 */
public record TargetFact(
    String taskId,
    int position,
    String metric,
    TargetKind kind,
    Bound bound,
    BigDecimal value,
    String printedUnit,
    boolean percent,
    LocalDate due,
    long dueDaysIntoYear,
    BigDecimal expectedShare,
    BigDecimal weight,
    boolean part) {}
