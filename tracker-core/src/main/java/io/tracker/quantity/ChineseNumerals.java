package io.tracker.quantity;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads numbers printed with Chinese numerals, exactly, or says why it cannot: the one numeral
 * reader of tracker (target extraction and deadlines use it).
 *
 * <h2>What it reads</h2>
 * <ul>
 *   <li>Digits 一二三四五六七八九 and 两/兩 (2 before 百, 千, 万, 亿 or alone), 零/〇; the 大写 forms
 *       壹贰(貳)叁(參)肆伍陆(陸)柒捌玖; places 十百千 (拾佰仟) and the sections 万 (萬, 10⁴) and 亿
 *       (億, 10⁸), which nest: 三千五百万 = 35000000, 三万亿 = 3×10¹², 一亿亿 = 10¹⁶.</li>
 *   <li>零 for skipped places, in sections of four places (个, 万, 亿, 万亿): one 零 where places are
 *       skipped (一万零一 = 10001, 一千零一万零一 = 10010001, 一亿零五百万 = 105000000, 一亿零一千 =
 *       100001000), except after the last places of a section when the next section starts at its 千
 *       (一百二十万三千 = 1203000, where 一百二十万零三千 is read too).</li>
 *   <li>A leading 十 without digit (十三万五 = 135000), and 十 right after 零 (一千零十 = 1010); 一十 at the
 *       start is accepted as well (壹拾伍 = 15).</li>
 *   <li>Spoken abbreviations: a last digit right after 百, 千, 万 or 亿 counts one place below that
 *       word: 一百二 = 120, 两千六 = 2600, 三万五 = 35000, 一百二十万三 = 1203000, 一亿五 = 150000000
 *       (as 一百二十万三千 and 一亿五千万 would).</li>
 *   <li>廿 = 20, 卅 = 30, 卌 = 40 as the first word: 廿二 = 22.</li>
 *   <li>Decimals with 点 (點): 三点五 = 3.5, 三点五亿 = 350000000, 零点五 = 0.5.</li>
 *   <li>Arabic digits mixed with places and sections: 3亿5千万 = 350000000, 1万2千 = 12000,
 *       2亿3000万 = 230000000, 1.2万 = 12000; full-width digits read like ASCII ones.</li>
 *   <li>Values up to 10¹⁶.</li>
 * </ul>
 *
 * <h2>What it refuses ({@link Unreadable}, never a guess)</h2>
 * Digits in a row (一二三 written digit by digit, or the estimates 三四, 七八万, 十五六), a skipped
 * place without 零 (一万五百), a 零 where no place is skipped (一千零五百), places out of order
 * (五百三千), a 十 or 百 without digit inside a number (一百十), 两 as a last digit (二十两), an Arabic
 * number after a section (1万5: 15000 or 10005?), more than 10¹⁶.
 *
 * <h2>Value and section</h2>
 * A {@link Numeral} has its exact {@link Numeral#value() value} and the {@link Numeral#section()
 * section} it was printed in: the highest section word it prints (亿 over 万; 万亿 when it ends with
 * 万亿), {@link Magnitude#ONE} without one. {@link Numeral#of(Unit)} puts the figure in that section:
 * 三亿五千万 元 is 3.5 亿元, 一万二千 人 is 1.2 万人, 五千万 元 is 5000 万元, 一千二百 人 is 1200 人.
 */
public final class ChineseNumerals {
  /** The largest value read: 10¹⁶. */
  public static final BigDecimal MAX = BigDecimal.TEN.pow(16);
  /**
   * Most characters of an Arabic number inside a numeral (3亿5千万) that are read as a number: a
   * longer one (thousands of digits) is beyond {@link #MAX} or its decimals, and is not computed with.
   */
  private static final int MAX_ARABIC_CHARS = 40;
  private static final String BEYOND_MAX = "超出可读范围 (至多 10 的 16 次方)";

  private ChineseNumerals() {}

  /** What a run of numeral characters reads as: a {@link Numeral} or {@link Unreadable}. */
  public sealed interface Reading permits Numeral, Unreadable {
    /** Offset of the first character read. */
    int start();

    /** Offset just after the last character read. */
    int end();
  }

  /**
   * A numeral read with certainty.
   *
   * @param start offset of its first character
   * @param end offset just after its last character
   * @param value its exact value: 350000000 for 三亿五千万
   * @param section the highest section it prints (亿 for 三亿五千万), {@link Magnitude#ONE} without one
   */
  public record Numeral(int start, int end, BigDecimal value, Magnitude section) implements Reading {
    public Numeral {
      requireNonNull(value, "value");
      requireNonNull(section, "section");
    }

    /**
     * The numeral printed before {@code unit}: in its section when {@code unit} has none (三亿五千万 元
     * → 3.5亿元, 一千二百 人 → 1200人), else its whole value in {@code unit} (三万 千克 → 30000千克).
     */
    public Quantity of(Unit unit) {
      if (unit.magnitude() != Magnitude.ONE || section == Magnitude.ONE) {
        return new Quantity(value, unit);
      }
      BigDecimal scaled = value.divide(section.factor()).stripTrailingZeros();
      return new Quantity(scaled, new Unit(section, unit.base()));
    }
  }

  /**
   * A run of numeral characters that cannot be read with certainty.
   *
   * @param reason why, in Chinese, for a warning: "相邻数字可能是逐位书写或约数"
   */
  public record Unreadable(int start, int end, String reason) implements Reading {
    public Unreadable {
      requireNonNull(reason, "reason");
    }
  }

  /**
   * End of the run of numeral characters starting at {@code start}: {@code start} itself when no
   * numeral starts there. A numeral starts with a digit (Chinese or Arabic), 十/拾 or 廿/卅/卌 — not
   * with 百, 千, 万 or 亿 (百姓, 千方百计, 万一); 点 and "." belong to it only before a digit.
   */
  public static int runEnd(CharSequence text, int start) {
    requireNonNull(text, "text");
    if (start < 0 || start >= text.length() || !startsNumeral(text.charAt(start))) {
      return Math.max(start, 0);
    }
    int j = start + 1;
    while (j < text.length()) {
      char c = text.charAt(j);
      char next = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
      Kind kind = kind(c);
      if (kind != null && kind != Kind.POINT || kind == Kind.POINT && isDigit(next)
          || isArabicPoint(c) && isArabicDigit(next) && isArabicDigit(text.charAt(j - 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * Whether {@code c} is a word of numerals: a Chinese or Arabic digit, 零, a place (十百千, 拾佰仟),
   * 廿/卅/卌, a section (万亿, 萬億) or 点.
   */
  public static boolean isNumeralCharacter(char c) {
    return kind(c) != null;
  }

  /** Reads {@code text} from {@code start} to {@code end} as one numeral. */
  public static Reading read(CharSequence text, int start, int end) {
    requireNonNull(text, "text");
    if (start < 0 || end > text.length() || start >= end) {
      throw new IndexOutOfBoundsException("range " + start + ".." + end + " of " + text.length());
    }
    try {
      Parser parser = new Parser(tokens(text, start, end));
      BigDecimal value = parser.value();
      if (value.compareTo(MAX) > 0) {
        throw new NotCertain(BEYOND_MAX);
      }
      return new Numeral(start, end, value, parser.section());
    } catch (NotCertain e) {
      return new Unreadable(start, end, e.getMessage());
    }
  }

  /**
   * The value of {@code numeral} when the whole text is one numeral read with certainty:
   * "一万零一" → 10001, "三点五亿" → 350000000, "壹佰贰拾" → 120; empty otherwise ("一二三", "十四五", "").
   */
  public static Optional<BigDecimal> value(CharSequence numeral) {
    requireNonNull(numeral, "numeral");
    if (numeral.length() == 0 || runEnd(numeral, 0) != numeral.length()) {
      return Optional.empty();
    }
    return read(numeral, 0, numeral.length()) instanceof Numeral n ? Optional.of(n.value()) : Optional.empty();
  }

  /**
   * A number written digit by digit, as years are (二〇二三 → "2023", 二零二四 → "2024"): the Arabic
   * digits, or empty when {@code text} is not only digits 〇/零 and 一 … 九.
   */
  public static Optional<String> digitByDigit(CharSequence text) {
    requireNonNull(text, "text");
    StringBuilder digits = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = digit(c);
      if (kind(c) == Kind.ZERO) {
        d = 0;
      }
      if (d < 0 || c == '两' || c == '兩') {
        return Optional.empty();
      }
      digits.append((char) ('0' + d));
    }
    return digits.length() == 0 ? Optional.empty() : Optional.of(digits.toString());
  }

  // ---- characters ---------------------------------------------------------------------------

  private enum Kind { DIGIT, ZERO, PLACE, TENS, SECTION, POINT, ARABIC }

  private static Kind kind(char c) {
    if (isArabicDigit(c)) {
      return Kind.ARABIC;
    }
    if (digit(c) > 0) {
      return Kind.DIGIT;
    }
    return switch (c) {
      case '零', '〇' -> Kind.ZERO;
      case '十', '拾', '百', '佰', '千', '仟' -> Kind.PLACE;
      case '廿', '卅', '卌' -> Kind.TENS;
      case '万', '萬', '亿', '億' -> Kind.SECTION;
      case '点', '點' -> Kind.POINT;
      default -> null;
    };
  }

  /** 1 … 9 for a Chinese digit, -1 for anything else. */
  private static int digit(char c) {
    return switch (c) {
      case '一', '壹' -> 1;
      case '二', '贰', '貳', '两', '兩' -> 2;
      case '三', '叁', '參' -> 3;
      case '四', '肆' -> 4;
      case '五', '伍' -> 5;
      case '六', '陆', '陸' -> 6;
      case '七', '柒' -> 7;
      case '八', '捌' -> 8;
      case '九', '玖' -> 9;
      default -> -1;
    };
  }

  /** The power of ten of a place, section or tens word: 十 1, 百 2, 千 3, 万 4, 亿 8; 廿 2 (tens digit). */
  private static int power(char c) {
    return switch (c) {
      case '十', '拾' -> 1;
      case '百', '佰' -> 2;
      case '千', '仟' -> 3;
      case '万', '萬' -> 4;
      case '亿', '億' -> 8;
      case '廿' -> 2;
      case '卅' -> 3;
      case '卌' -> 4;
      default -> 0;
    };
  }

  private static boolean startsNumeral(char c) {
    Kind k = kind(c);
    return k == Kind.DIGIT || k == Kind.ZERO || k == Kind.TENS || k == Kind.ARABIC || c == '十' || c == '拾';
  }

  private static boolean isDigit(char c) {
    Kind k = kind(c);
    return k == Kind.DIGIT || k == Kind.ZERO || k == Kind.ARABIC;
  }

  private static boolean isArabicDigit(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  private static boolean isArabicPoint(char c) {
    return c == '.' || c == '．';
  }

  // ---- tokens -------------------------------------------------------------------------------

  /**
   * One word of a numeral: a digit (value 1 … 9, {@code liang} for 两), 零, a place (power 1 … 3), a
   * tens word (廿: value 2), a section (power 4 or 8), 点, or an Arabic number (its value).
   */
  private record Token(Kind kind, int value, boolean liang, BigDecimal arabic) {
    boolean isPlace(int power) {
      return kind == Kind.PLACE && value == power;
    }

    boolean isSection(int power) {
      return kind == Kind.SECTION && value == power;
    }
  }

  private static List<Token> tokens(CharSequence text, int start, int end) {
    List<Token> tokens = new ArrayList<>();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      Kind kind = kind(c);
      if (kind == null && !isArabicPoint(c)) {
        throw new NotCertain("\"" + c + "\" 不是数字");
      }
      if (kind == Kind.ARABIC || isArabicPoint(c)) {
        int j = i;
        StringBuilder digits = new StringBuilder();
        while (j < end && (isArabicDigit(text.charAt(j)) || isArabicPoint(text.charAt(j)))) {
          char d = text.charAt(j);
          digits.append(d >= '０' ? (char) (d - '０' + '0') : d == '．' ? '.' : d);
          j++;
        }
        if (digits.length() > MAX_ARABIC_CHARS) {
          throw new NotCertain(BEYOND_MAX);
        }
        try {
          tokens.add(new Token(Kind.ARABIC, 0, false, new BigDecimal(digits.toString())));
        } catch (NumberFormatException e) {
          throw new NotCertain("阿拉伯数字写法不对");
        }
        i = j;
        continue;
      }
      switch (kind) {
        case DIGIT -> tokens.add(new Token(kind, digit(c), c == '两' || c == '兩', null));
        case TENS -> tokens.add(new Token(kind, power(c), false, null));
        case PLACE, SECTION -> tokens.add(new Token(kind, power(c), false, null));
        default -> tokens.add(new Token(kind, 0, false, null));
      }
      i++;
    }
    return tokens;
  }

  // ---- grammar ------------------------------------------------------------------------------

  /** Why a numeral is not read: thrown inside the parser, never out of this class. */
  private static final class NotCertain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotCertain(String reason) {
      super(reason, null, false, false);
    }
  }

  /** A digit (or Arabic number) at a power of ten; powers are final once the numeral is read. */
  private static final class Term {
    final BigDecimal coefficient;
    int power;
    final boolean arabic;
    final boolean afterZero;

    Term(BigDecimal coefficient, int power, boolean arabic, boolean afterZero) {
      this.coefficient = coefficient;
      this.power = power;
      this.arabic = arabic;
      this.afterZero = afterZero;
    }

    /** Highest power the term covers: an Arabic 3000 at 万 covers 10⁷ … 10⁴. */
    int high() {
      return arabic ? power + coefficient.precision() - coefficient.scale() - 1 : power;
    }
  }

  private static final String ADJACENT = "相邻数字可能是逐位书写或约数";

  private static final class Parser {
    private final List<Token> tokens;

    Parser(List<Token> tokens) {
      this.tokens = tokens;
    }

    BigDecimal value() {
      int point = indexOf(Kind.POINT);
      if (point >= 0) {
        return decimal(point);
      }
      Token first = tokens.get(0);
      if (first.kind() == Kind.ARABIC && first.arabic().scale() > 0) {
        return scaledBySections(first.arabic(), 1);
      }
      return integer(0, tokens.size());
    }

    /** The section a numeral is printed in: 万亿 when it ends with 万亿, else its highest section. */
    Magnitude section() {
      int n = tokens.size();
      if (n >= 2 && tokens.get(n - 2).isSection(4) && tokens.get(n - 1).isSection(8)) {
        return Magnitude.WAN_YI;
      }
      boolean wan = false;
      for (Token t : tokens) {
        if (t.isSection(8)) {
          return Magnitude.YI;
        }
        wan |= t.isSection(4);
      }
      return wan ? Magnitude.WAN : Magnitude.ONE;
    }

    private int indexOf(Kind kind) {
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).kind() == kind) {
          return i;
        }
      }
      return -1;
    }

    /** 三点五, 三点五亿, 零点零五: an integer part, 点, digits, then optionally 万, 亿 or 万亿. */
    private BigDecimal decimal(int point) {
      if (point == 0) {
        throw new NotCertain("小数点前缺少数字");
      }
      int i = point + 1;
      StringBuilder fraction = new StringBuilder();
      while (i < tokens.size() && (tokens.get(i).kind() == Kind.DIGIT && !tokens.get(i).liang()
          || tokens.get(i).kind() == Kind.ZERO)) {
        fraction.append(tokens.get(i).value());
        i++;
      }
      if (fraction.length() == 0) {
        throw new NotCertain("小数点后缺少数字");
      }
      int sections = i;
      boolean sectioned = sections < tokens.size();
      BigDecimal whole;
      if (point == 1 && tokens.get(0).kind() == Kind.ZERO) {
        whole = BigDecimal.ZERO;
      } else {
        for (int k = 0; k < point && sectioned; k++) {
          if (tokens.get(k).kind() == Kind.SECTION) {
            throw new NotCertain("小数的万、亿只能写在最后");
          }
        }
        whole = integer(0, point);
      }
      return scaledBySections(whole.add(new BigDecimal("0." + fraction)), sections);
    }

    /** {@code number} times the sections 万, 亿 or 万亿 printed from token {@code from} to the end. */
    private BigDecimal scaledBySections(BigDecimal number, int from) {
      int n = tokens.size() - from;
      boolean wan = n == 1 && tokens.get(from).isSection(4);
      boolean yi = n == 1 && tokens.get(from).isSection(8);
      boolean wanYi = n == 2 && tokens.get(from).isSection(4) && tokens.get(from + 1).isSection(8);
      if (n == 0) {
        return number;
      }
      if (!wan && !yi && !wanYi) {
        throw new NotCertain("小数后只能跟万、亿或万亿");
      }
      return number.movePointRight(wan ? 4 : yi ? 8 : 12);
    }

    /** The integer printed by tokens {@code from} … {@code to}, checked as described on the class. */
    private BigDecimal integer(int from, int to) {
      List<Term> terms = new ArrayList<>();
      Token pending = null;
      boolean zero = false;
      int groupStart = 0;
      int yiStart = 0;
      for (int k = from; k < to; k++) {
        Token t = tokens.get(k);
        Token previous = k > from ? tokens.get(k - 1) : null;
        switch (t.kind()) {
          case DIGIT, ARABIC -> {
            if (pending != null) {
              throw new NotCertain(ADJACENT);
            }
            if (t.kind() == Kind.ARABIC && (t.arabic().scale() > 0 || t.arabic().signum() == 0)) {
              throw new NotCertain("阿拉伯数字只能整数接在万、亿之前");
            }
            pending = t;
          }
          case ZERO -> {
            if (pending != null) {
              throw new NotCertain(ADJACENT);
            }
            if (zero || terms.isEmpty()) {
              throw new NotCertain("\"零\"的位置不对");
            }
            zero = true;
          }
          case PLACE -> {
            BigDecimal coefficient;
            boolean arabic = false;
            if (pending != null && pending.kind() == Kind.ARABIC) {
              if (pending.arabic().compareTo(BigDecimal.TEN) >= 0) {
                throw new NotCertain("十、百、千前只能是一位数");
              }
              coefficient = pending.arabic();
              arabic = true;
            } else if (pending != null) {
              if (pending.liang() && t.value() == 1) {
                throw new NotCertain("\"两\"不用在十之前");
              }
              coefficient = BigDecimal.valueOf(pending.value());
            } else if (t.value() == 1 && (k == from || zero)) {
              coefficient = BigDecimal.ONE;
            } else {
              throw new NotCertain("十、百、千前缺少数字");
            }
            terms.add(new Term(coefficient, t.value(), arabic, zero));
            pending = null;
            zero = false;
          }
          case TENS -> {
            if (k != from) {
              throw new NotCertain("廿、卅、卌只能写在开头");
            }
            terms.add(new Term(BigDecimal.valueOf(t.value()), 1, false, false));
          }
          case SECTION -> {
            if (pending != null) {
              terms.add(new Term(coefficient(pending), 0, pending.kind() == Kind.ARABIC, zero));
              pending = null;
              zero = false;
            }
            if (zero) {
              throw new NotCertain("\"零\"的位置不对");
            }
            if (t.value() == 4) {
              if (terms.size() == groupStart) {
                throw new NotCertain("万前缺少数字");
              }
              shift(terms, groupStart, 4);
            } else if (terms.size() > yiStart) {
              shift(terms, yiStart, 8);
            } else if (previous != null && previous.isSection(8)) {
              shift(terms, 0, 8); // 一亿亿
            } else {
              throw new NotCertain("亿前缺少数字");
            }
            if (t.value() == 8) {
              yiStart = terms.size();
            }
            groupStart = terms.size();
          }
          default -> throw new NotCertain("小数点的位置不对");
        }
      }
      if (pending != null) {
        Token before = to - 2 >= from ? tokens.get(to - 2) : null;
        if (pending.kind() == Kind.ARABIC) {
          if (before != null) {
            throw new NotCertain("万、亿之后的阿拉伯数字可能是省略写法");
          }
          terms.add(new Term(pending.arabic(), 0, true, false));
        } else {
          if (pending.liang() && before != null) {
            throw new NotCertain("\"两\"不用作个位");
          }
          boolean abbreviated = before != null && !zero
              && (before.kind() == Kind.PLACE && before.value() >= 2 || before.kind() == Kind.SECTION);
          int power = abbreviated ? before.value() - 1 : 0;
          terms.add(new Term(BigDecimal.valueOf(pending.value()), power, false, zero));
        }
      } else if (zero) {
        throw new NotCertain("\"零\"不能写在最后");
      } else if (terms.isEmpty()) {
        throw new NotCertain("缺少数字");
      }
      return checkedSum(terms);
    }

    private static BigDecimal coefficient(Token digit) {
      return digit.kind() == Kind.ARABIC ? digit.arabic() : BigDecimal.valueOf(digit.value());
    }

    private static void shift(List<Term> terms, int from, int power) {
      for (int i = from; i < terms.size(); i++) {
        terms.get(i).power += power;
      }
    }

    /**
     * Places strictly descending; between Chinese digits one 零 where places are skipped, except where
     * they are only the last places of a section before the 千 of the next one (一百二十万三千); the sum.
     */
    private static BigDecimal checkedSum(List<Term> terms) {
      BigDecimal sum = BigDecimal.ZERO;
      Term previous = null;
      for (Term t : terms) {
        if (previous != null) {
          if (previous.power <= t.high()) {
            throw new NotCertain("数位顺序不对");
          }
          int skipped = previous.power - t.high() - 1;
          boolean chinese = !previous.arabic && !t.arabic;
          if (t.afterZero && (!chinese || skipped == 0)) {
            throw new NotCertain("\"零\"的位置不对");
          }
          boolean endOfSection = t.high() % 4 == 3 && t.high() / 4 == previous.power / 4 - 1;
          if (!t.afterZero && chinese && skipped > 0 && !endOfSection) {
            throw new NotCertain("跳过的数位缺少\"零\"");
          }
        }
        sum = sum.add(t.coefficient.movePointRight(t.power));
        previous = t;
      }
      return sum;
    }
  }
}
