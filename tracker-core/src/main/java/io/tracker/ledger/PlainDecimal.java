package io.tracker.ledger;

import java.math.BigDecimal;

/**
 * The numbers of a ledger (docs/ledger.md): plain decimals such as {@code 3.2}, {@code -1.5},
 * {@code 1200}, with at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and
 * {@value #MAX_FRACTION_DIGITS} after it. The text is checked character by character before a
 * {@link BigDecimal} is made of it, so that no exponent ({@code 1e100000000}) and no huge scale ever
 * reaches the arithmetic of scoring.
 */
final class PlainDecimal {
  /** Most digits before the decimal point (leading zeros count): values below 10^15. */
  static final int MAX_INTEGER_DIGITS = 15;
  /** Most digits after the decimal point. */
  static final int MAX_FRACTION_DIGITS = 20;

  /** The problem with a number outside the range, after its quoted text. */
  static final String OUT_OF_RANGE = "超出范围: 应为小数点前至多 " + MAX_INTEGER_DIGITS + " 位、小数点后至多 "
      + MAX_FRACTION_DIGITS + " 位的普通小数";

  private PlainDecimal() {}

  /**
   * {@code text} as a decimal.
   *
   * @throws NumberFormatException saying what is wrong, to follow the quoted text in a message
   */
  static BigDecimal parse(String text) {
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      i++;
    }
    int integerStart = i;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    int integerDigits = i - integerStart;
    int fractionDigits = 0;
    boolean point = i < n && text.charAt(i) == '.';
    if (point) {
      i++;
      int fractionStart = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      fractionDigits = i - fractionStart;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E') && integerDigits > 0) {
      throw new NumberFormatException("用了科学计数法: 应为普通小数, 如 3.2 或 1200");
    }
    if (i < n || integerDigits == 0 || point && fractionDigits == 0) {
      throw new NumberFormatException("不是数字: 应为普通小数, 如 3.2 或 -1.5");
    }
    if (integerDigits > MAX_INTEGER_DIGITS || fractionDigits > MAX_FRACTION_DIGITS) {
      throw new NumberFormatException(OUT_OF_RANGE);
    }
    return new BigDecimal(text);
  }

  /**
   * Whether {@code value} (made in memory, not read) lies in the range: at most
   * {@value #MAX_INTEGER_DIGITS} integer and {@value #MAX_FRACTION_DIGITS} fraction digits.
   */
  static boolean inRange(BigDecimal value) {
    return value.scale() <= MAX_FRACTION_DIGITS && (long) value.precision() - value.scale() <= MAX_INTEGER_DIGITS;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
