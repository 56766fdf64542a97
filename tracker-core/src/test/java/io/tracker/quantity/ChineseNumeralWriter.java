package io.tracker.quantity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes positive integers up to 10¹⁶ in Chinese, written for the tests independently of
 * {@link ChineseNumerals} (four-place sections 个, 万, 亿, 万亿; one 零 for skipped places except after
 * the last places of a section before the 千 of the next one), in every {@link Style} the reader is
 * held to.
 */
public final class ChineseNumeralWriter {
  private ChineseNumeralWriter() {}

  public static final long MAX = 10_000_000_000_000_000L;

  /** The ways a number is printed. */
  public enum Style {
    /** 十五, 一万零一, 三亿五千万, 一百二十万三千. */
    FORMAL,
    /** 一十五, 一十万: 一 before a leading 十. */
    ONE_TEN,
    /** 两百, 两千, 两万, 两亿 for a leading 2 before 百, 千, 万, 亿. */
    LIANG,
    /** LIANG in traditional characters: 兩千, 萬, 億. */
    TRADITIONAL,
    /** 大写: 壹拾伍, 叁亿伍仟万. */
    CAPITAL,
    /** 大写 in traditional characters: 貳, 參, 陸, 萬, 億. */
    CAPITAL_TRADITIONAL,
    /** Spoken abbreviations, where the formal form ends with a digit and the place below its word: 三万五. */
    SPOKEN,
    /** Arabic digits with the place words, where every digit has one and there is no 十 or 零: 3亿5千万. */
    MIXED_DIGITS,
    /** Arabic sections, for multiples of 10000: 2亿3000万, 12万. */
    MIXED_SECTIONS,
    /** A decimal in its highest section, where it has at most four decimals: 三点五亿, 一点零五万. */
    DECIMAL,
    /** The same with Arabic digits: 3.5亿, 1.05万. */
    ARABIC_DECIMAL
  }

  private static final String DIGITS = "零一二三四五六七八九";
  private static final String[] PLACES = {"", "十", "百", "千"};
  private static final Pattern ABBREVIABLE = Pattern.compile("([百千万亿])([一二两三四五六七八九])(十|百|千万|千)$");

  /** {@code n} (1 … 10¹⁶) in {@code style}; empty where the style does not write it. */
  public static Optional<String> write(long n, Style style) {
    if (n < 1 || n > MAX) {
      throw new IllegalArgumentException("n out of 1 … 10^16: " + n);
    }
    return switch (style) {
      case FORMAL -> Optional.of(formal(n, true));
      case ONE_TEN -> Optional.of(formal(n, false));
      case LIANG -> Optional.of(liang(n));
      case TRADITIONAL -> Optional.of(liang(n).replace('两', '兩').replace('万', '萬').replace('亿', '億'));
      case CAPITAL -> Optional.of(capital(n));
      case CAPITAL_TRADITIONAL -> Optional.of(capital(n).replace('贰', '貳').replace('叁', '參').replace('陆', '陸')
          .replace('万', '萬').replace('亿', '億'));
      case SPOKEN -> spoken(n);
      case MIXED_DIGITS -> mixedDigits(n);
      case MIXED_SECTIONS -> mixedSections(n);
      case DECIMAL -> decimal(n, false);
      case ARABIC_DECIMAL -> decimal(n, true);
    };
  }

  static String formal(long n, boolean leadingTen) {
    if (n >= 100_000_000L) {
      long high = n / 100_000_000L;
      long low = n % 100_000_000L;
      String s = formal(high, leadingTen) + "亿";
      if (low == 0) {
        return s;
      }
      boolean nextSectionAtItsQian = low >= 10_000_000L && high % 10_000 != 0;
      return s + (nextSectionAtItsQian ? "" : "零") + belowYi(low, false);
    }
    return belowYi(n, leadingTen);
  }

  private static String belowYi(long n, boolean leadingTen) {
    if (n < 10_000) {
      return section(n, leadingTen);
    }
    String s = section(n / 10_000, leadingTen) + "万";
    long low = n % 10_000;
    if (low == 0) {
      return s;
    }
    return s + (low >= 1000 ? "" : "零") + section(low, false);
  }

  /** 1 … 9999: a 零 for zeros between digits, none for trailing zeros. */
  private static String section(long n, boolean leadingTen) {
    StringBuilder s = new StringBuilder();
    boolean started = false;
    boolean zero = false;
    for (int place = 3; place >= 0; place--) {
      int d = (int) (n / (long) Math.pow(10, place) % 10);
      if (d == 0) {
        zero |= started;
        continue;
      }
      if (zero) {
        s.append('零');
        zero = false;
      }
      if (!(leadingTen && !started && place == 1 && d == 1)) {
        s.append(DIGITS.charAt(d));
      }
      s.append(PLACES[place]);
      started = true;
    }
    return s.toString();
  }

  private static String liang(long n) {
    if (n == 2) {
      return "两";
    }
    String s = formal(n, true).replaceAll("二(?=[百千])", "两");
    return s.startsWith("二万") || s.startsWith("二亿") ? "两" + s.substring(1) : s;
  }

  private static String capital(long n) {
    StringBuilder s = new StringBuilder();
    for (char c : formal(n, false).toCharArray()) {
      int i = "一二三四五六七八九十百千".indexOf(c);
      s.append(i < 0 ? c : "壹贰叁肆伍陆柒捌玖拾佰仟".charAt(i));
    }
    return s.toString();
  }

  private static Optional<String> spoken(long n) {
    String s = liang(n);
    Matcher m = ABBREVIABLE.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    String expectedPlace = switch (m.group(1)) {
      case "百" -> "十";
      case "千" -> "百";
      case "万" -> "千";
      default -> "千万";
    };
    if (!m.group(3).equals(expectedPlace)) {
      return Optional.empty();
    }
    String digit = m.group(2).equals("两") ? "二" : m.group(2);
    return Optional.of(s.substring(0, m.start(2)) + digit);
  }

  private static Optional<String> mixedDigits(long n) {
    String s = formal(n, true);
    if (s.contains("十") || s.contains("零") || DIGITS.indexOf(s.charAt(s.length() - 1)) >= 0) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      int d = DIGITS.indexOf(c);
      out.append(d > 0 ? (char) ('0' + d) : c);
    }
    return Optional.of(out.toString());
  }

  private static Optional<String> mixedSections(long n) {
    if (n % 10_000 != 0) {
      return Optional.empty();
    }
    long yi = n / 100_000_000L;
    long wan = n / 10_000 % 10_000;
    return Optional.of((yi > 0 ? yi + "亿" : "") + (wan > 0 ? wan + "万" : ""));
  }

  private static Optional<String> decimal(long n, boolean arabic) {
    long section = n >= 100_000_000L ? 100_000_000L : 10_000L;
    long whole = n / section;
    long fraction = n % section;
    if (whole == 0 || whole >= 10_000 || fraction == 0 || fraction % (section / 10_000) != 0) {
      return Optional.empty();
    }
    String decimals = String.format(section == 10_000L ? "%04d" : "%08d", fraction).replaceAll("0+$", "");
    if (decimals.length() > 4) {
      return Optional.empty();
    }
    String name = section == 10_000L ? "万" : "亿";
    if (arabic) {
      return Optional.of(whole + "." + decimals + name);
    }
    StringBuilder s = new StringBuilder(formal(whole, true)).append('点');
    for (char c : decimals.toCharArray()) {
      s.append(DIGITS.charAt(c - '0'));
    }
    return Optional.of(s.append(name).toString());
  }
}
