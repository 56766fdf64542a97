package io.tracker.task;

import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.quantity.ChineseNumerals;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a printed deadline (完成时限) into a {@link Deadline}; the one place every importer reads
 * deadlines.
 *
 * <p>Accepted forms, where the year defaults to the book's year:
 *
 * <ul>
 *   <li>end of a month: 11月底, 12月底前, 6月, 2023年6月底, 5月底前动工 (milestone 动工), 十一月底,
 *       二〇二三年六月底;
 *   <li>a day: 6月30日前, 2023年6月30日, 六月三十日前, 十二月廿五日;
 *   <li>end of the year: 年底前, 年底, 年内, 年末, 全年;
 *   <li>end of a half or quarter: 上半年, 一季度, 三季度末, 前三季度;
 *   <li>no date: 长期, 持续推进, 持续, 常态化, 长期坚持.
 * </ul>
 *
 * <p>Months and days may be printed in Chinese numerals (read by {@link ChineseNumerals}), years
 * digit by digit (二〇二三). Whitespace inside the text is ignored. A month outside 1–12, a day the
 * month does not have, or a Chinese month or day that cannot be read (十十月) is an error, as is text
 * that is none of the forms above.
 */
public final class DeadlineParser {
  /** A year in Arabic digits or written digit by digit: 2023, 二〇二三, 二零二三. */
  private static final String YEAR = "(?:(\\d{4}|[〇零一二三四五六七八九]{4})年)?";
  private static final String CHINESE_MONTH = "[一二三四五六七八九十]{1,3}";
  private static final Pattern MONTH = Pattern.compile(YEAR + "(\\d{1,2}|" + CHINESE_MONTH
      + ")月(?:(\\d{1,2}|[一二三四五六七八九十廿卅]{1,4})[日号])?(底|末|份|中旬|上旬|下旬)?(前|止)?(.*)");
  private static final Pattern YEAR_END = Pattern.compile(YEAR + "(年底|年末|年内|全年)(前)?(.*)");
  private static final Pattern PART_OF_YEAR =
      Pattern.compile(YEAR + "(上半年|下半年|前三季度|一季度|二季度|三季度|四季度)(末|底)?(前)?(.*)");
  private static final Pattern ONGOING = Pattern.compile("长期(坚持|推进)?|持续(推进|开展)?|常态化(推进|开展)?");
  private static final Pattern LOOKS_LIKE = Pattern.compile(
      "\\d{1,2}月|(?:十[一二]?|[一二三四五六七八九])月|年底|年末|年内|全年|上半年|下半年|季度|长期|持续|常态化");

  private DeadlineParser() {}

  /**
   * Whether {@code text} reads as a deadline rather than a unit or a name: it mentions a month, the
   * year end, a quarter or an ongoing period. {@link #parse} may still reject it (13月底).
   */
  public static boolean looksLikeDeadline(String text) {
    return LOOKS_LIKE.matcher(strip(requireNonNull(text, "text"))).find();
  }

  /**
   * The deadline printed as {@code printed} in a book for {@code year}.
   *
   * @throws InputException at {@link InputException#NO_FILE} line 1, the column of the offending
   *     text, when {@code printed} is not a deadline; importers relocate it into their file
   */
  public static Deadline parse(String printed, int year) {
    requireNonNull(printed, "printed");
    String text = strip(printed);
    if (text.isEmpty()) {
      throw error(printed, 0, "empty deadline (完成时限): expected e.g. 11月底, 6月30日前, 年底前, 长期");
    }
    if (ONGOING.matcher(text).matches()) {
      return new Deadline(Optional.empty(), printed, Optional.empty());
    }
    Matcher m = MONTH.matcher(text);
    if (m.matches()) {
      int y = year(m.group(1), year);
      int month = number(printed, m.group(2), "月份", "1–12 月, 如 \"11月底\" 或 \"十一月底\"");
      if (month < 1 || month > 12) {
        throw error(printed, printed.indexOf(m.group(2) + "月"),
            "month " + month + " in \"" + printed + "\": expected a month 1–12");
      }
      LocalDate date;
      if (m.group(3) != null) {
        int day = number(printed, m.group(3), "日期", "1–31 日, 如 \"6月30日\" 或 \"六月三十日\"");
        try {
          date = LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
          throw error(printed, printed.indexOf(m.group(3), printed.indexOf('月')),
              "day " + day + " in \"" + printed + "\": " + YearMonth.of(y, month) + " has no such day");
        }
      } else {
        date = endOfPartOfMonth(YearMonth.of(y, month), m.group(4));
      }
      return new Deadline(Optional.of(date), printed, milestone(m.group(6)));
    }
    Matcher end = YEAR_END.matcher(text);
    if (end.matches()) {
      int y = year(end.group(1), year);
      return new Deadline(Optional.of(LocalDate.of(y, 12, 31)), printed, milestone(end.group(4)));
    }
    Matcher part = PART_OF_YEAR.matcher(text);
    if (part.matches()) {
      int y = year(part.group(1), year);
      return new Deadline(Optional.of(endOfPart(part.group(2), y)), printed, milestone(part.group(5)));
    }
    throw error(printed, 0,
        "cannot read deadline (完成时限) \"" + printed + "\": expected e.g. 11月底, 6月30日前, 年底前, 长期");
  }

  /** The printed year (2023 or 二〇二三), or {@code year} when none is printed. */
  private static int year(String printed, int year) {
    if (printed == null) {
      return year;
    }
    return Integer.parseInt(ChineseNumerals.digitByDigit(printed).orElse(printed));
  }

  /** A month or day printed in Arabic digits or Chinese numerals (十一, 廿五). */
  private static int number(String deadline, String printed, String what, String expected) {
    if (printed.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(printed);
    }
    Optional<BigDecimal> value = ChineseNumerals.value(printed);
    if (value.isEmpty() || value.get().compareTo(BigDecimal.valueOf(99)) > 0) {
      throw error(deadline, deadline.indexOf(printed), "完成时限 " + InputException.quote(deadline) + " 中的" + what
          + " " + InputException.quote(printed) + " 无法读出: 应为 " + expected);
    }
    return value.get().intValueExact();
  }

  private static LocalDate endOfPartOfMonth(YearMonth month, String part) {
    if (part == null) {
      return month.atEndOfMonth();
    }
    switch (part) {
      case "上旬":
        return month.atDay(10);
      case "中旬":
        return month.atDay(20);
      default:
        return month.atEndOfMonth();
    }
  }

  private static LocalDate endOfPart(String part, int year) {
    switch (part) {
      case "一季度":
        return LocalDate.of(year, 3, 31);
      case "上半年":
      case "二季度":
        return LocalDate.of(year, 6, 30);
      case "三季度":
      case "前三季度":
        return LocalDate.of(year, 9, 30);
      default: // 下半年, 四季度
        return LocalDate.of(year, 12, 31);
    }
  }

  /** What must be done by the date (动工, 开工, 完成), when the text names it after the date. */
  private static Optional<String> milestone(String rest) {
    return rest == null || rest.isEmpty() ? Optional.empty() : Optional.of(rest);
  }

  private static String strip(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static InputException error(String printed, int index, String problem) {
    return new InputException(InputException.NO_FILE, 1, Math.max(index, 0) + 1, problem);
  }
}
