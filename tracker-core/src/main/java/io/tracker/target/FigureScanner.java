package io.tracker.target;

import io.tracker.InputException;
import io.tracker.InputWarning;
import io.tracker.quantity.ChineseNumerals;
import io.tracker.quantity.ChineseNumerals.Numeral;
import io.tracker.quantity.ChineseNumerals.Reading;
import io.tracker.quantity.ChineseNumerals.Unreadable;
import io.tracker.quantity.Magnitude;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * First pass of {@link TargetParser}: finds the printed figures of a sentence with their positions,
 * and the numerals it would not guess.
 *
 * <p>A figure is a number directly followed by a known {@link Unit}, optionally followed by a bound
 * word (以上, 及以上, 以下, 以内, 左右, 上下). The number is Arabic (digits with optional decimals and
 * exponent, thousands grouped by an ASCII comma "1,200万元" in groups of exactly three; a full-width ，
 * always ends a clause), Chinese, 大写 or mixed (read by {@link ChineseNumerals}: 一万二千, 三亿五千万,
 * 三万五, 廿二, 壹佰, 3亿5千万, 三点五亿), or 百分之 followed by either (百分之百 is 100%). An Arabic range
 * "6%—7%" or "6-7%" is one figure whose value is the lower end. "3000余户", "三千多人" and "2万余人"
 * read as 3000户, 3000人 and 2万人 AT_LEAST (余/多: more than), unless a bound word follows. A
 * magnitude-and-unit without a number followed by 以上 or 以下 ("亿元以上", "千亩以上") is a bare
 * figure: always a qualifier, never a target.
 *
 * <p><b>Value and unit of a Chinese numeral</b>: the figure is put in the highest section the numeral
 * prints ({@link Numeral#of}): "三亿五千万元" is 3.5亿元, "一万二千人" 1.2万人, "五千万元" 5000万元,
 * "三万亿元" 3万亿元, "一千二百人" 1200人; its base value is always exact (350000000元, 12000人).
 *
 * <p>Not figures: numbers glued to Latin letters (PM2.5, 5G), numbers after 第 (第五次, 第3个) or 每
 * (每十万人口: a rate's denominator), numbers without a unit (years 2023年, dates 3月10日, labels “4111”,
 * 十四五), a Chinese numeral before 次 or 处 (二次供水, 三次产业, 四处), durations N个月, N个工作日,
 * N个小时, the {@link SetPhrases} (一条龙, 一张蓝图, 两个确立, 一户一档 …), and a lone 一 except before a
 * classifier of concrete things (建成一所学校, 新建一座…), 个百分点 or 倍 where it is not part of a word (统一,
 * 唯一, 迈上一个): "打造一个…", "建立一套…", "出台一项…" use 一 as an article.
 *
 * <p><b>Warnings</b>: a numeral followed by a unit that {@link ChineseNumerals} cannot read with
 * certainty (一二三人 digit by digit, 三四个 or 七八万人 estimates, 一万五百元 without 零, 1万5人) and an
 * estimate with 几 or 数 (十几个, 几十家, 数十个) give no figure and an {@link InputWarning} at line 1 and
 * the numeral's 1-based column.
 */
final class FigureScanner {
  /** Most integer digits, and most decimals, a figure may have in its base unit. */
  static final int MAX_DIGITS = 20;
  /** Most digits of an exponent: a longer one puts any number out of range. */
  private static final int MAX_EXPONENT_DIGITS = 4;

  private static final String RANGE_DASHES = "-~—–至到";
  private static final String[] DURATION_WORDS = {"月", "工作日", "小时"};
  /** Classifiers that after a Chinese numeral usually make a word: 二次供水, 三次产业, 四处. */
  private static final Set<String> NOT_AFTER_CHINESE_NUMERALS = Set.of("次", "处");
  /**
   * The units a lone 一 counts: classifiers of concrete things (建成一所学校, 新建一座污水处理厂, 配备一名
   * 法律顾问), 个百分点 and 倍. Not 个, 套, 项, 件, 条, 张, 场, 人 …, which are mostly articles ("打造一个…
   * 环境", "建立一套机制", "出台一项政策").
   */
  private static final Set<String> AFTER_LONE_YI =
      Set.of("所", "座", "家", "名", "台", "辆", "栋", "株", "只", "间", "户", "个百分点", "倍");
  private static final String PERCENT_WORDS = "百分之";
  /** Words before 十 that make it an estimate: 几十家, 数十个 (but 户数三千户 counts). */
  private static final String ESTIMATE_WORDS = "几数";

  /**
   * A figure found in the sentence.
   *
   * @param start offset of its first character
   * @param end offset just after the trailing bound word, or the unit
   * @param value the printed value (the lower end of a range)
   * @param trailingBound the bound word after the unit, if any
   * @param range whether it is a range "6%—7%"
   * @param bare whether it has no number ("亿元以上")
   */
  record Figure(int start, int end, Quantity value, Optional<Bound> trailingBound,
      boolean range, boolean bare) {}

  /** The figures of a sentence and the warnings about numerals read as none. */
  record Scan(List<Figure> figures, List<InputWarning> warnings) {}

  private final Sentence sentence;
  private final String text;
  private final List<Figure> figures = new ArrayList<>();
  private final List<InputWarning> warnings = new ArrayList<>();

  private FigureScanner(Sentence sentence) {
    this.sentence = sentence;
    this.text = sentence.text;
  }

  /** Figures of {@code sentence} in order, and the warnings in order of position. */
  static Scan scan(Sentence sentence) {
    FigureScanner scanner = new FigureScanner(sentence);
    scanner.run();
    return new Scan(List.copyOf(scanner.figures), List.copyOf(scanner.warnings));
  }

  private void run() {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (text.startsWith(PERCENT_WORDS, i)) {
        i = chinesePercent(i);
      } else if (isAsciiDigit(c)) {
        i = arabic(i);
      } else if (ChineseNumerals.runEnd(text, i) > i) {
        i = chinese(i);
      } else if (bare(i)) {
        i = lastEnd();
      } else {
        i++;
      }
    }
  }

  private int lastEnd() {
    return figures.get(figures.size() - 1).end();
  }

  private int chinesePercent(int start) {
    int numberStart = start + PERCENT_WORDS.length();
    int j = numberStart;
    BigDecimal amount = null;
    if (j < text.length() && isAsciiDigit(text.charAt(j))) {
      j = skipDecimal(j);
      amount = decimal(start, j, Unit.PERCENT, text.substring(numberStart, j));
    } else if (text.startsWith("百", j)) {
      j++;
      amount = BigDecimal.valueOf(100);
    } else {
      j = ChineseNumerals.runEnd(text, numberStart);
      if (j == numberStart) {
        return numberStart;
      }
      Reading reading = ChineseNumerals.read(text, numberStart, j);
      if (reading instanceof Unreadable u) {
        warn(start, j, u.reason());
        return j;
      }
      amount = ((Numeral) reading).value();
    }
    add(start, j, amount, Unit.PERCENT, false, Optional.empty());
    return lastEnd();
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
        int end = upperEnd + upperUnit.get().toString().length();
        BigDecimal lower = decimal(start, end, upperUnit.get(), text.substring(start, j));
        BigDecimal upper = decimal(start, end, upperUnit.get(), text.substring(dash + 1, upperEnd));
        if (!isDuration(upperUnit.get(), end)) {
          add(start, end, lower.min(upper), upperUnit.get(), true, Optional.empty());
          return lastEnd();
        }
      }
    }
    if (unit.isEmpty() && numberEnd == skipDecimal(start) && ChineseNumerals.runEnd(text, start) > numberEnd) {
      return chinese(start); // mixed: 3亿5千万元, 1万2千人, 3千万元
    }
    if (unit.isEmpty() || isDuration(unit.get(), unitEnd)) {
      return j;
    }
    Optional<Bound> implied = more.map(m -> Bound.AT_LEAST);
    add(start, unitEnd, decimal(start, unitEnd, unit.get(), text.substring(start, numberEnd)), unit.get(), false,
        implied);
    return lastEnd();
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

  /** A unit printed at {@code at}, after an optional 余/多; with how many characters it takes. */
  private record UnitAt(Unit unit, int end, boolean more) {}

  private Optional<UnitAt> unitAt(int at) {
    Optional<Unit> unit = Unit.readAt(text, at);
    if (unit.isPresent()) {
      return Optional.of(new UnitAt(unit.get(), at + unit.get().toString().length(), false));
    }
    return moreThan(at).map(u -> new UnitAt(u, at + u.toString().length() + 1, true));
  }

  /** A Chinese, 大写 or mixed numeral at {@code start}; returns where scanning goes on. */
  private int chinese(int start) {
    int end = ChineseNumerals.runEnd(text, start);
    if (SetPhrases.yiInWord(text, start)) {
      return start + 1; // 统一, 唯一, 迈上一个: the 一 belongs to the word before it
    }
    if (SetPhrases.endAt(text, start) > start) {
      return SetPhrases.endAt(text, start);
    }
    if (isLabelPrefix(start)) {
      return end;
    }
    Reading reading = ChineseNumerals.read(text, start, end);
    Optional<UnitAt> unit = unitAt(end);
    if (start > 0 && ESTIMATE_WORDS.indexOf(text.charAt(start - 1)) >= 0 && text.charAt(start) == '十') {
      if (unit.isPresent()) {
        warn(start - 1, unit.get().end(), "\"" + text.charAt(start - 1) + "\"表示约数");
      }
      return end; // 几十家, 数十个: an estimate
    }
    if (reading instanceof Numeral n && unit.isPresent()) {
      return figure(n, unit.get());
    }
    for (int k = end - 1; k > start; k--) {
      Optional<Reading> before = numeralBeforeBaseUnit(start, k);
      if (before.isPresent() && before.get() instanceof Numeral n) {
        return figure(n, unitAt(k).orElseThrow());
      }
      if (before.isPresent() && before.get() instanceof Unreadable u) {
        warn(start, unitAt(k).orElseThrow().end(), u.reason());
        return unitAt(k).orElseThrow().end();
      }
    }
    if (reading instanceof Unreadable u && unit.isPresent()) {
      warn(start, unit.get().end(), u.reason());
    } else if (end < text.length() && text.charAt(end) == '几' && unitAt(end + 1).isPresent()) {
      warn(start, unitAt(end + 1).get().end(), "\"几\"表示约数"); // 十几个
    }
    if (bare(start)) {
      return lastEnd();
    }
    return end;
  }

  /**
   * The numeral from {@code start} to {@code k} when a base unit that starts with a place word is
   * printed at {@code k} (五千瓦, 三十千瓦, 两千千瓦: 千瓦) and the place word cannot belong to the number
   * instead with another value; {@link Unreadable} when it can (一万五千瓦: 一万五 千瓦 or 一万五千 瓦).
   */
  private Optional<Reading> numeralBeforeBaseUnit(int start, int k) {
    Optional<Unit> unit = Unit.readAt(text, k).filter(u -> u.magnitude() == Magnitude.ONE);
    Optional<Magnitude> place = Magnitude.ofPrefix(String.valueOf(text.charAt(k)));
    if (unit.isEmpty() || place.isEmpty() || !(ChineseNumerals.read(text, start, k) instanceof Numeral n)) {
      return Optional.empty();
    }
    if (ChineseNumerals.read(text, start, k + 1) instanceof Numeral withPlace
        && withPlace.value().compareTo(n.value().multiply(place.get().factor())) != 0) {
      String rest = text.substring(k + 1, k + unit.get().toString().length());
      return Optional.of(new Unreadable(start, k, "可读作 " + sentence.printed(start, k) + " " + unit.get()
          + ", 也可读作 " + sentence.printed(start, k + 1) + " " + rest));
    }
    return Optional.of(n);
  }

  /** Adds the figure of numeral {@code n} before {@code unit} unless the words around say it is none. */
  private int figure(Numeral n, UnitAt unit) {
    String base = unit.unit().base();
    boolean chinese = !isAsciiDigit(text.charAt(n.start()));
    boolean loneYi = n.end() - n.start() == 1 && (text.charAt(n.start()) == '一' || text.charAt(n.start()) == '壹');
    boolean notFigure = chinese && NOT_AFTER_CHINESE_NUMERALS.contains(base)
        || loneYi && !(AFTER_LONE_YI.contains(base) && unit.unit().magnitude() == Magnitude.ONE)
        || isDuration(unit.unit(), unit.end());
    if (notFigure) {
      return n.end();
    }
    add(n.start(), unit.end(), n.of(unit.unit()), unit.more() ? Optional.of(Bound.AT_LEAST) : Optional.empty());
    return lastEnd();
  }

  private void warn(int start, int end, String reason) {
    warnings.add(new InputWarning(InputException.NO_FILE, 1, start + 1, "数字 "
        + InputException.quote(sentence.printed(start, end)) + " 无法确定读法 (" + reason
        + "), 未作为指标: 应为规范写法, 如 \"一百二十三\"、\"一万零五\"、\"三亿五千万\" 或阿拉伯数字"));
  }

  /** A bare qualifier "亿元以上" at {@code start}; adds it and returns true if there is one. */
  private boolean bare(int start) {
    Optional<Unit> unit = Unit.readAt(text, start).filter(u -> u.magnitude() != Magnitude.ONE);
    if (unit.isEmpty()) {
      return false;
    }
    int unitEnd = start + unit.get().toString().length();
    Optional<Bound.Comparison> comparison = comparisonAt(unitEnd);
    if (comparison.isEmpty() || comparison.get().bound() == Bound.ABOUT) {
      return false;
    }
    figures.add(new Figure(start, unitEnd + comparison.get().word().length(), new Quantity(BigDecimal.ONE, unit.get()),
        comparison.map(Bound.Comparison::bound), false, true));
    return true;
  }

  private void add(int start, int unitEnd, Quantity quantity, Optional<Bound> implied) {
    add(start, unitEnd, quantity.amount(), quantity.unit(), false, implied);
  }

  /** Adds a figure; {@code implied} is its bound when no bound word follows (3000余户: AT_LEAST). */
  private void add(int start, int unitEnd, BigDecimal amount, Unit unit, boolean range, Optional<Bound> implied) {
    checkSize(start, unitEnd, amount, unit);
    Optional<Bound.Comparison> comparison = comparisonAt(unitEnd);
    Optional<Bound> bound = comparison.map(Bound.Comparison::bound).or(() -> implied);
    int end = unitEnd + comparison.map(c -> c.word().length()).orElse(0);
    figures.add(new Figure(start, end, new Quantity(amount, unit), bound, range, false));
  }

  private void checkSize(int start, int end, BigDecimal amount, Unit unit) {
    boolean tooBig = amount.scale() > MAX_DIGITS || (long) amount.precision() - amount.scale() > MAX_DIGITS;
    if (!tooBig) {
      BigDecimal base = amount.multiply(unit.magnitude().factor());
      tooBig = (long) base.precision() - base.scale() > MAX_DIGITS;
    }
    if (tooBig) {
      throw outOfRange(start, end, unit);
    }
  }

  private InputException outOfRange(int start, int end, Unit unit) {
    return new InputException(InputException.NO_FILE, 1, start + 1, "数字 "
        + InputException.quote(sentence.printed(start, end)) + " 超出范围: 以基本单位 " + unit.baseUnit() + " 计, 应至多 "
        + MAX_DIGITS + " 位整数、" + MAX_DIGITS + " 位小数");
  }

  /**
   * The Arabic number {@code number} (digits, optional ASCII thousands commas, decimals and exponent,
   * as {@link #skipDecimal} and {@link #skipExponent} read it) printed from {@code start} to
   * {@code end}. Its digits are bounded as text first, so that a figure of thousands of digits or an
   * exponent of millions is refused at once rather than computed with: a number is in range only if
   * its significant digits are at most {@link #MAX_DIGITS} integer digits and {@link #MAX_DIGITS}
   * decimals, after its exponent; {@link #checkSize} checks the exact bound in the base unit.
   */
  private BigDecimal decimal(int start, int end, Unit unit, String number) {
    String digits = number.replace(",", "");
    int e = Math.max(digits.indexOf('e'), digits.indexOf('E'));
    String mantissa = e < 0 ? digits : digits.substring(0, e);
    int point = mantissa.indexOf('.');
    long decimals = point < 0 ? 0 : mantissa.length() - point - 1;
    String significant = mantissa.replace(".", "").replaceFirst("^0+", "");
    String exponent = e < 0 ? "0" : digits.substring(e + 1).replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
    if (significant.length() > 2 * MAX_DIGITS || exponent.length() > MAX_EXPONENT_DIGITS) {
      throw outOfRange(start, end, unit);
    }
    long scale = decimals - (digits.substring(e + 1).startsWith("-") ? -1 : 1) * Long.parseLong(exponent);
    if (scale > MAX_DIGITS || significant.length() - scale > MAX_DIGITS) {
      throw outOfRange(start, end, unit);
    }
    return new BigDecimal(digits);
  }

  /** The comparison word after a figure (以上, 以内, 左右 …) at {@code at}. */
  private Optional<Bound.Comparison> comparisonAt(int at) {
    return Bound.comparisonsAfter().stream().filter(c -> text.startsWith(c.word(), at)).findFirst();
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
    return isAsciiLetter(before) || before == '.' || before == '第' || before == '每' || isAsciiDigit(before);
  }

  /** Skips digits with optional ASCII thousands separators (1,200: groups of exactly three) and decimals. */
  private int skipDecimal(int start) {
    int j = start;
    while (j < text.length() && isAsciiDigit(text.charAt(j))) {
      j++;
    }
    if (j - start <= 3) {
      while (j + 3 < text.length() && sentence.original.charAt(j) == ',' && isAsciiDigit(text.charAt(j + 1))
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

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
