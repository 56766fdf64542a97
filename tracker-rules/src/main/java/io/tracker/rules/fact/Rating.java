package io.tracker.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An outside rating (评价) of a unit, or of one of its tasks, from a ratings file: 领导评价,
 * 社会评价, 督查评价. Only ratings dated on or before the as-of date are facts.
 *
 * @param unitName the rated unit (责任单位), as the book resolves it
 * @param taskId the rated task's id, or "" when the rating is for the unit as a whole
 * @param source who rated (领导评价, 社会评价, 督查评价)
 * @param score the rating, as given (e.g. 0–100)
 * @param asOf the date of the rating
 */
public record Rating(String unitName, String taskId, String source, BigDecimal score, LocalDate asOf) {}
