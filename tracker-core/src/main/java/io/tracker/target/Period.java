package io.tracker.target;

import java.time.LocalDate;
import java.time.MonthDay;

/** A period within the year a target is due by (期间): 一季度开工率达80%. */
public enum Period {
  /** 一季度 */
  Q1("一季度", MonthDay.of(3, 31)),
  /** 二季度 */
  Q2("二季度", MonthDay.of(6, 30)),
  /** 上半年 */
  H1("上半年", MonthDay.of(6, 30)),
  /** 三季度 */
  Q3("三季度", MonthDay.of(9, 30)),
  /** 前三季度 */
  FIRST_THREE_QUARTERS("前三季度", MonthDay.of(9, 30)),
  /** 四季度 */
  Q4("四季度", MonthDay.of(12, 31)),
  /** 年底前, 年底 */
  YEAR_END("年底前", MonthDay.of(12, 31));

  private final String printed;
  private final MonthDay end;

  Period(String printed, MonthDay end) {
    this.printed = printed;
    this.end = end;
  }

  /** The phrase as usually printed: 一季度. */
  public String printed() {
    return printed;
  }

  /** Last day of the period in any year. */
  public MonthDay lastDay() {
    return end;
  }

  /** Last day of the period in {@code year}. */
  public LocalDate end(int year) {
    return end.atYear(year);
  }
}
