package io.tracker.target;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The date a target is due by (阶段节点) as printed before it: "3月底前" is 31 March, "上半年" and
 * "二季度末" 30 June, "9月" 30 September, "年底前" 31 December, each in the book's work year.
 *
 * @param day the last day of the period in any year (the work year is the book's)
 * @param printed the date or period phrase as printed (3月底前, 上半年, 一季度末)
 */
public record Due(MonthDay day, String printed) {
  public Due {
    requireNonNull(day, "day");
    requireNonNull(printed, "printed");
  }

  /** The due date of a quarter or half-year period printed as {@code printed}. */
  public static Due of(Period period, String printed) {
    return new Due(period.lastDay(), printed);
  }

  /** The due date in the work year {@code year}. */
  public LocalDate date(int year) {
    return day.atYear(year);
  }
}
