package io.tracker.task;

import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
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
 *   <li>end of a month: 11月底, 12月底前, 6月, 2023年6月底, 5月底前动工 (milestone 动工);
 *   <li>a day: 6月30日前, 2023年6月30日;
 *   <li>end of the year: 年底前, 年底, 年内, 年末, 全年;
 *   <li>end of a half or quarter: 上半年, 一季度, 三季度末, 前三季度;
 *   <li>no date: 长期, 持续推进, 持续, 常态化, 长期坚持.
 * </ul>
 *
 * <p>Whitespace inside the text is ignored. A month outside 1–12 or a day the month does not have
 * is an error, as is text that is none of the forms above.
 */
public final class DeadlineParser {
  private static final Pattern MONTH =
      Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(?:(\\d{1,2})[日号])?(底|末|份|中旬|上旬|下旬)?(前|止)?(.*)");
  private static final Pattern YEAR_END = Pattern.compile("(?:(\\d{4})年)?(年底|年末|年内|全年)(前)?(.*)");
  private static final Pattern PART_OF_YEAR =
      Pattern.compile("(?:(\\d{4})年)?(上半年|下半年|前三季度|一季度|二季度|三季度|四季度)(末|底)?(前)?(.*)");
  private static final Pattern ONGOING = Pattern.compile("长期(坚持|推进)?|持续(推进|开展)?|常态化(推进|开展)?");
  private static final Pattern LOOKS_LIKE =
      Pattern.compile("\\d{1,2}月|年底|年末|年内|全年|上半年|下半年|季度|长期|持续|常态化");

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
      int y = m.group(1) == null ? year : Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw error(printed, printed.indexOf(m.group(2) + "月"),
            "month " + month + " in \"" + printed + "\": expected a month 1–12");
      }
      LocalDate date;
      if (m.group(3) != null) {
        int day = Integer.parseInt(m.group(3));
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
      int y = end.group(1) == null ? year : Integer.parseInt(end.group(1));
      return new Deadline(Optional.of(LocalDate.of(y, 12, 31)), printed, milestone(end.group(4)));
    }
    Matcher part = PART_OF_YEAR.matcher(text);
    if (part.matches()) {
      int y = part.group(1) == null ? year : Integer.parseInt(part.group(1));
      return new Deadline(Optional.of(endOfPart(part.group(2), y)), printed, milestone(part.group(5)));
    }
    throw error(printed, 0,
        "cannot read deadline (完成时限) \"" + printed + "\": expected e.g. 11月底, 6月30日前, 年底前, 长期");
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
