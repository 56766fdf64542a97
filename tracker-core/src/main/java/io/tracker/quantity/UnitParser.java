package io.tracker.quantity;

import io.tracker.InputException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads printed units and quantities.
 *
 * <p>A printed unit is an optional magnitude prefix (百, 千, 万, 亿, 万亿) followed by one of the
 * known base units below; a base unit printed on its own has magnitude {@link Magnitude#ONE}. The
 * whole printed text is first tried as a base unit, so 个百分点, 平方公里, 千瓦 and 公里 are base units
 * and are never split into a magnitude and a shorter unit. Longest match wins: 万吨 is 万 × 吨, 人次 is not 人.
 */
final class UnitParser {
  private UnitParser() {}

  /** Classifiers (量词) counting things: a figure "3个示范村" counts 示范村. 人 and 人次 are counts too. */
  static final Set<String> COUNT_UNITS = Set.of(
      "个", "户", "家", "座", "所", "条", "台", "张", "名", "人次", "场次", "项", "件", "次", "人",
      "场", "辆", "套", "间", "处", "栋", "株", "头", "只", "批次");

  /** Measures: money, mass, area, length, volume, time and ratios. */
  static final Set<String> MEASURE_UNITS = Set.of(
      "%", "‰", "个百分点", "百分点", "元", "美元", "欧元", "吨", "斤", "公斤", "克", "亩",
      "平方米", "平方公里", "公顷", "公里", "米", "立方米", "千瓦", "千瓦时", "兆瓦", "天", "小时", "岁", "倍",
      "微克/立方米", "标准箱");

  /** Every base unit, longest first so that a prefix scan finds 平方公里 before 公里. */
  static final List<String> BASES = Stream.concat(COUNT_UNITS.stream(), MEASURE_UNITS.stream())
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .toList();

  /** Magnitudes with a prefix, longest first (万亿 before 万). */
  private static final List<Magnitude> PREFIXED = Stream.of(Magnitude.values())
      .filter(m -> m != Magnitude.ONE)
      .sorted(Comparator.comparingInt((Magnitude m) -> m.prefix().length()).reversed())
      .toList();

  static Unit parse(String printed) {
    Optional<Unit> unit = readAt(printed, 0).filter(u -> u.toString().length() == printed.length());
    return unit.orElseThrow(() -> new InputException(InputException.NO_FILE, 1, 1,
        "unit \"" + printed + "\" is not known: expected a base unit such as 元, 吨, 亩, %, 个 or 人,"
            + " optionally after 百, 千, 万, 亿 or 万亿"));
  }

  /**
   * The longest unit printed at {@code start}: the bare base unit when one starts there, otherwise a
   * magnitude prefix followed by a base unit.
   */
  static Optional<Unit> readAt(CharSequence text, int start) {
    Optional<String> base = baseAt(text, start);
    Optional<Unit> prefixed = Optional.empty();
    for (Magnitude m : PREFIXED) {
      if (startsWith(text, start, m.prefix())) {
        Optional<String> after = baseAt(text, start + m.prefix().length());
        if (after.isPresent()) {
          prefixed = Optional.of(new Unit(m, after.get()));
          break;
        }
      }
    }
    if (base.isPresent()
        && (prefixed.isEmpty() || base.get().length() >= prefixed.get().toString().length())) {
      return Optional.of(new Unit(Magnitude.ONE, base.get()));
    }
    return prefixed;
  }

  private static Optional<String> baseAt(CharSequence text, int start) {
    for (String b : BASES) {
      if (startsWith(text, start, b)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(CharSequence text, int start, String prefix) {
    if (start < 0 || start + prefix.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (text.charAt(start + i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses {@code [-]digits[.digits]unit} as printed by {@link Quantity#toString()}; the amount keeps
   * its printed scale ("4.50亿元" has scale 2).
   */
  static Quantity parseQuantity(String printed) {
    int i = 0;
    if (i < printed.length() && printed.charAt(i) == '-') {
      i++;
    }
    int digitsStart = i;
    while (i < printed.length() && isAsciiDigit(printed.charAt(i))) {
      i++;
    }
    boolean hasIntegerDigits = i > digitsStart;
    if (hasIntegerDigits && i + 1 < printed.length() && printed.charAt(i) == '.'
        && isAsciiDigit(printed.charAt(i + 1))) {
      i++;
      while (i < printed.length() && isAsciiDigit(printed.charAt(i))) {
        i++;
      }
    }
    if (!hasIntegerDigits) {
      throw new InputException(InputException.NO_FILE, 1, digitsStart + 1,
          "quantity \"" + printed + "\" does not start with a number: expected digits such as 4.5 before the unit");
    }
    BigDecimal amount = new BigDecimal(printed.substring(0, i));
    String unitText = printed.substring(i);
    Unit unit;
    try {
      unit = parse(unitText);
    } catch (InputException e) {
      throw new InputException(InputException.NO_FILE, 1, i + 1,
          "quantity \"" + printed + "\" has unit \"" + unitText + "\": " + e.problem(), e);
    }
    return new Quantity(amount, unit);
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
