package io.tracker.target;

import io.tracker.InputException;
import io.tracker.quantity.Magnitude;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * First pass of {@link TargetParser}: finds the printed figures of a sentence with their positions.
 *
 * <p>A figure is a number (Arabic digits with optional decimals and exponent, a Chinese numeral such
 * as 两, 十, 二十, 一百二十, or 百分之 followed by either) directly followed by a known {@link Unit}, optionally
 * followed by a bound word (以上, 及以上, 以下, 以内, 左右, 上下). An Arabic range "6%—7%" or "6-7%" is one
 * figure whose value is the lower end. "3000余户", "3000多户" and "2万余人" read as 3000户 and 2万人
 * AT_LEAST (余/多: more than), unless a bound word follows. Arabic numbers may group thousands with
 * an ASCII comma ("1,200万元", groups of exactly three digits); a full-width ， always ends a clause.
 * A magnitude-and-unit without a number followed by 以上 or 以下 ("亿元以上", "千亩以上") is a bare
 * figure: always a qualifier, never a target.
 *
 * <p>Not figures: numbers glued to Latin letters (PM2.5, 5G), numbers after 第 (第五次, 第3个),
 * numbers without a unit (years 2023年, dates 3月10日, labels “4111”, 十四五), the lone numeral 一
 * (一批, 一次, 一村一品: too often an article), a Chinese numeral before 次 or 处 (二次供水, 三次产业,
 * 四处), invalid numeral runs (八五, 二〇二三) and durations N个月, N个工作日, N个小时.
 */
final class FigureScanner {
  /** Most integer digits, and most decimals, a figure may have in its base unit. */
  static final int MAX_DIGITS = 20;

  private static final String CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千";
  private static final String RANGE_DASHES = "-~—–至到";
  private static final String[] BOUND_WORDS = {"及以上", "以上", "以下", "以内", "左右", "上下"};
  private static final String[] DURATION_WORDS = {"月", "工作日", "小时"};
  /** Classifiers that after a Chinese numeral usually make a word: 二次供水, 三次产业, 四处. */
  private static final Set<String> NOT_AFTER_CHINESE_NUMERALS = Set.of("次", "处");

  /**
   * A figure found in the sentence.
   *
   * @param start offset of its first character
   * @param end offset just after the trailing bound word, or {@code unitEnd}
   * @param value the printed value (the lower end of a range)
   * @param trailingBound the bound word after the unit, if any
   * @param range whether it is a range "6%—7%"
   * @param bare whether it has no number ("亿元以上")
   */
  record Figure(int start, int end, Quantity value, Optional<Bound> trailingBound,
      boolean range, boolean bare) {}

  private final String text;
  private final String original;
  private final List<Figure> figures = new ArrayList<>();

  private FigureScanner(String text, String original) {
    this.text = text;
    this.original = original;
  }

  /** Figures of {@code text} (the normalised form of {@code original}, same length) in order. */
  static List<Figure> scan(String text, String original) {
    FigureScanner scanner = new FigureScanner(text, original);
    scanner.run();
    return List.copyOf(scanner.figures);
  }

  private void run() {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (text.startsWith("百分之", i)) {
        i = chinesePercent(i);
      } else if (isAsciiDigit(c)) {
        i = arabic(i);
      } else if (CHINESE_NUMERALS.indexOf(c) >= 0) {
        i = chinese(i);
      } else if (bare(i)) {
        i = figures.get(figures.size() - 1).end();
      } else {
        i++;
      }
    }
  }

  private int chinesePercent(int start) {
    int numberStart = start + "百分之".length();
    int j = numberStart;
    BigDecimal amount = null;
    if (j < text.length() && isAsciiDigit(text.charAt(j))) {
      j = skipDecimal(j);
      amount = decimal(start, j, text.substring(numberStart, j));
    } else {
      while (j < text.length() && CHINESE_NUMERALS.indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      OptionalLong value = chineseValue(text.substring(numberStart, j));
      if (value.isPresent()) {
        amount = BigDecimal.valueOf(value.getAsLong());
      }
    }
    if (amount == null) {
      return numberStart;
    }
    add(start, j, amount, Unit.PERCENT, false);
    return figures.get(figures.size() - 1).end();
  }

  private int arabic(int start) {
    int j = skipDecimal(start);
    j = skipExponent(j);
    if (isLabelPrefix(start) || (j < text.length() && isAsciiLetter(text.charAt(j)))) {
      return j;
    }
    int numberEnd = j;
    Optional<Unit> unit = Unit.readAt(text, j);
    int unitEnd = unit.map(u -> u.toString().length()).orElse(0) + j;
    Optional<Unit> more = moreThan(j);
    if (unit.isEmpty() && more.isPresent()) {
      unit = more;
      unitEnd = j + more.get().toString().length() + 1;
    } else {
      more = Optional.empty();
    }
    // A range: 6%—7%, 6-7%, 5至10万元.
    int dash = unitEnd;
    if (more.isEmpty() && dash + 1 < text.length() && RANGE_DASHES.indexOf(text.charAt(dash)) >= 0
        && isAsciiDigit(text.charAt(dash + 1))) {
      int upperEnd = skipDecimal(dash + 1);
      Optional<Unit> upperUnit = Unit.readAt(text, upperEnd);
      if (upperUnit.isPresent() && (unit.isEmpty() || unit.equals(upperUnit))) {
        BigDecimal lower = decimal(start, j, text.substring(start, j));
        BigDecimal upper = decimal(start, upperEnd, text.substring(dash + 1, upperEnd));
        int end = upperEnd + upperUnit.get().toString().length();
        if (!isDuration(upperUnit.get(), end)) {
          add(start, end, lower.min(upper), upperUnit.get(), true);
          return figures.get(figures.size() - 1).end();
        }
      }
    }
    if (unit.isEmpty() || isDuration(unit.get(), unitEnd)) {
      return j;
    }
    Optional<Bound> implied = more.map(m -> Bound.AT_LEAST);
    add(start, unitEnd, decimal(start, unitEnd, text.substring(start, numberEnd)), unit.get(), false, implied);
    return figures.get(figures.size() - 1).end();
  }

  /** The unit of "余户", "多户" or "万余人" at {@code at}: 余/多 (more than) inside or before the unit. */
  private Optional<Unit> moreThan(int at) {
    if (at < text.length() && (text.charAt(at) == '余' || text.charAt(at) == '多')) {
      return Unit.readAt(text, at + 1).filter(u -> u.magnitude() == Magnitude.ONE);
    }
    for (Magnitude m : Magnitude.values()) {
      int after = at + m.prefix().length();
      if (m != Magnitude.ONE && text.startsWith(m.prefix(), at) && after < text.length()
          && (text.charAt(after) == '余' || text.charAt(after) == '多')) {
        Optional<Unit> base = Unit.readAt(text, after + 1).filter(u -> u.magnitude() == Magnitude.ONE);
        if (base.isPresent()) {
          return Optional.of(new Unit(m, base.get().base()));
        }
      }
    }
    return Optional.empty();
  }

  private int chinese(int start) {
    int j = start;
    while (j < text.length() && CHINESE_NUMERALS.indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    String run = text.substring(start, j);
    OptionalLong value = chineseValue(run);
    Optional<Unit> unit = Unit.readAt(text, j);
    if (value.isPresent() && !run.equals("一") && !isLabelPrefix(start) && unit.isPresent()
        && !NOT_AFTER_CHINESE_NUMERALS.contains(unit.get().base())) {
      int unitEnd = j + unit.get().toString().length();
      if (!isDuration(unit.get(), unitEnd)) {
        add(start, unitEnd, BigDecimal.valueOf(value.getAsLong()), unit.get(), false);
        return figures.get(figures.size() - 1).end();
      }
    }
    if (bare(start)) {
      return figures.get(figures.size() - 1).end();
    }
    return j;
  }

  /** A bare qualifier "亿元以上" at {@code start}; adds it and returns true if there is one. */
  private boolean bare(int start) {
    Optional<Unit> unit = Unit.readAt(text, start).filter(u -> u.magnitude() != Magnitude.ONE);
    if (unit.isEmpty()) {
      return false;
    }
    int unitEnd = start + unit.get().toString().length();
    Optional<Bound> bound = boundAt(unitEnd);
    if (bound.isEmpty() || bound.get() == Bound.ABOUT) {
      return false;
    }
    figures.add(new Figure(start, unitEnd + boundLength(unitEnd), new Quantity(BigDecimal.ONE, unit.get()), bound,
        false, true));
    return true;
  }

  private void add(int start, int unitEnd, BigDecimal amount, Unit unit, boolean range) {
    add(start, unitEnd, amount, unit, range, Optional.empty());
  }

  /** Adds a figure; {@code implied} is its bound when no bound word follows (3000余户: AT_LEAST). */
  private void add(int start, int unitEnd, BigDecimal amount, Unit unit, boolean range, Optional<Bound> implied) {
    checkSize(start, unitEnd, amount, unit);
    Optional<Bound> bound = boundAt(unitEnd).or(() -> implied);
    int end = unitEnd + boundLength(unitEnd);
    figures.add(new Figure(start, end, new Quantity(amount, unit), bound, range, false));
  }

  private void checkSize(int start, int end, BigDecimal amount, Unit unit) {
    boolean tooBig = amount.scale() > MAX_DIGITS || (long) amount.precision() - amount.scale() > MAX_DIGITS;
    if (!tooBig) {
      BigDecimal base = amount.multiply(unit.magnitude().factor());
      tooBig = (long) base.precision() - base.scale() > MAX_DIGITS;
    }
    if (tooBig) {
      throw new InputException(InputException.NO_FILE, 1, start + 1, "figure \"" + original.substring(start, end)
          + "\" is out of range: expected at most " + MAX_DIGITS + " integer digits and " + MAX_DIGITS
          + " decimals in the base unit " + unit.baseUnit());
    }
  }

  private BigDecimal decimal(int start, int end, String number) {
    try {
      return new BigDecimal(number.replace(",", ""));
    } catch (NumberFormatException e) {
      throw new InputException(InputException.NO_FILE, 1, start + 1, "figure \"" + original.substring(start, end)
          + "\" is not a number: expected digits with an optional decimal part and exponent", e);
    }
  }

  /** Length of the bound word at {@code at}, 0 when none. */
  private int boundLength(int at) {
    for (String word : BOUND_WORDS) {
      if (text.startsWith(word, at)) {
        return word.length();
      }
    }
    return 0;
  }

  private Optional<Bound> boundAt(int at) {
    if (text.startsWith("及以上", at) || text.startsWith("以上", at)) {
      return Optional.of(Bound.AT_LEAST);
    }
    if (text.startsWith("以下", at) || text.startsWith("以内", at)) {
      return Optional.of(Bound.AT_MOST);
    }
    if (text.startsWith("左右", at) || text.startsWith("上下", at)) {
      return Optional.of(Bound.ABOUT);
    }
    return Optional.empty();
  }

  private boolean isDuration(Unit unit, int unitEnd) {
    if (!unit.base().equals("个")) {
      return false;
    }
    for (String word : DURATION_WORDS) {
      if (text.startsWith(word, unitEnd)) {
        return true;
      }
    }
    return false;
  }

  private boolean isLabelPrefix(int start) {
    if (start == 0) {
      return false;
    }
    char before = text.charAt(start - 1);
    return isAsciiLetter(before) || before == '.' || before == '第' || isAsciiDigit(before);
  }

  /** Skips digits with optional ASCII thousands separators (1,200: groups of exactly three) and decimals. */
  private int skipDecimal(int start) {
    int j = start;
    while (j < text.length() && isAsciiDigit(text.charAt(j))) {
      j++;
    }
    if (j - start <= 3) {
      while (j + 3 < text.length() && original.charAt(j) == ',' && isAsciiDigit(text.charAt(j + 1))
          && isAsciiDigit(text.charAt(j + 2)) && isAsciiDigit(text.charAt(j + 3))
          && (j + 4 == text.length() || !isAsciiDigit(text.charAt(j + 4)))) {
        j += 4;
      }
    }
    if (j + 1 < text.length() && text.charAt(j) == '.' && isAsciiDigit(text.charAt(j + 1))) {
      j++;
      while (j < text.length() && isAsciiDigit(text.charAt(j))) {
        j++;
      }
    }
    return j;
  }

  private int skipExponent(int at) {
    if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
      int j = at + 1;
      if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
        j++;
      }
      if (j < text.length() && isAsciiDigit(text.charAt(j))) {
        while (j < text.length() && isAsciiDigit(text.charAt(j))) {
          j++;
        }
        return j;
      }
    }
    return at;
  }

  /**
   * Value of a Chinese numeral below 10000: 两 = 2, 十 = 10, 十五 = 15, 二十 = 20, 一百二十 = 120,
   * 一千零五 = 1005, 三千五 = 3500. Empty for anything else (八五, 二〇二三, 百, 十百).
   */
  static OptionalLong chineseValue(String run) {
    if (run.isEmpty()) {
      return OptionalLong.empty();
    }
    long total = 0;
    long digit = -1;
    long lastMultiplier = 10_000;
    boolean afterZero = false;
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      int d = digitValue(c);
      long m = multiplier(c);
      if (c == '零' || c == '〇') {
        if (digit >= 0 || i == 0 || afterZero) {
          return OptionalLong.empty();
        }
        afterZero = true;
      } else if (d >= 0) {
        if (digit >= 0) {
          return OptionalLong.empty();
        }
        digit = d;
      } else if (m > 0) {
        if (digit < 0) {
          if (m != 10 || (i != 0 && !afterZero)) {
            return OptionalLong.empty();
          }
          digit = 1;
        }
        if (m >= lastMultiplier) {
          return OptionalLong.empty();
        }
        total += digit * m;
        digit = -1;
        lastMultiplier = m;
        afterZero = false;
      } else {
        return OptionalLong.empty();
      }
    }
    if (digit >= 0) {
      boolean abbreviated = lastMultiplier > 10 && lastMultiplier < 10_000 && !afterZero;
      total += abbreviated ? digit * (lastMultiplier / 10) : digit;
    }
    return OptionalLong.of(total);
  }

  private static int digitValue(char c) {
    return switch (c) {
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  private static long multiplier(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1000;
      default -> 0;
    };
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
