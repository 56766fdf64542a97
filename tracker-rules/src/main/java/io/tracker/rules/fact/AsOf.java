package io.tracker.rules.fact;

import java.time.LocalDate;

/**
 * The as-of date of the assessment (截至日期): "today" for every rule.
 *
 * @param date the as-of date
 * @param year the work year of the task book
 * @param daysIntoYear days from 1 January of {@code year} to {@code date}, both included (31 on 31
 *     January; 0 or less before the year)
 */
public record AsOf(LocalDate date, int year, long daysIntoYear) {}
