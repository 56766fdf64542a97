package io.tracker.target;

import io.tracker.quantity.ChineseNumerals;
import io.tracker.quantity.Quantity;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Third part of {@link TargetParser} beside {@link FigureScanner} (the figures) and
 * {@link FigureRoles} (what each figure is): the words printed before a target's figure — the verb
 * that gives its kind (增长, 下降, 稳定在, 达到 …), the comparison word that bounds it ({@link Bound}),
 * a distribution (分别, 均), leading adverbs and generic verbs skipped (力争, 全年, 新建 …), the metric
 * between them, and the period or due date printed before it (一季度, 3月底前). See
 * {@link TargetParser} for the rules with examples.
 */
final class WordsBefore {
  private static final String CONTROL = "控制在";

  private static final String[] LEVEL_VERBS = {
    "提高到", "提高至", "提升到", "提升至", "增长到", "增长至", "增加到", "增加至", "上升到", "上升至",
    "下降到", "下降至", "降低到", "降低至", "减少到", "减少至", "增至", "降至", "降到", "至", "到"};
  private static final String[] MAINTAIN_VERBS = {"稳定在", "保持在", "维持在", "稳定", "保持"};
  private static final String[] REACH_VERBS = {"达到", "达", "完成", "实现"};
  private static final String[] GROWTH_VERBS = {"增长", "提高", "增加", "上升", "提升", "增"};
  private static final String[] DECLINE_VERBS = {"下降", "降低", "减少", "压减", "压降", "降"};
  private static final String[] COMPARISONS = {"同比", "比上年", "较上年"};

  private static final String[] LEADING_WORDS = {
    "全年", "力争", "确保", "争取", "年内", "今年", "计划", "预计", "努力", "全面", "全力", "加快", "积极",
    "大力", "深入", "持续", "稳步", "扎实", "着力", "进一步", "巩固提升", "完成", "实现", "新建",
    "建设", "建成", "投用", "实施", "创成", "创建", "争创", "全县", "全市", "全区", "同时", "其中", "并"};
  /** A due date printed before the metric: 3月底前, 截至6月底, 到2023年12月31日, 2023年底前, 十月份. */
  private static final Pattern DATE_PHRASE = Pattern.compile(
      "(?:截至|截止|到|于)?(?:\\d{4}年)?(?:(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])月"
          + "(?:\\d{1,2}[日号]|[一二三四五六七八九十廿卅]{1,3}[日号]|底|末|中旬|上旬|下旬|份)?|(?<=年)底|(?<=年)末)"
          + "(?:前|以前|之前)?");
  /**
   * A due date printed before a figure, read into its groups: month, day, part of the month. The
   * same phrases as {@link #DATE_PHRASE} with a month.
   */
  private static final Pattern DUE_DATE = Pattern.compile(
      "(?:截至|截止|到|于)?(?:\\d{4}年)?(\\d{1,2}|十[一二]?|[一二三四五六七八九])月"
          + "(?:(\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})[日号]|(底|末|中旬|上旬|下旬|份))?(?:前|以前|之前)?");
  /** Period phrases, longest first where one contains another; {@link #PERIODS} gives their periods. */
  private static final String[] PERIOD_WORDS = {
    "前三季度末", "前三季度", "第一季度末", "第二季度末", "第三季度末", "第四季度末", "第一季度", "第二季度",
    "第三季度", "第四季度", "一季度末", "二季度末", "三季度末", "四季度末", "一季度", "二季度", "三季度",
    "四季度", "上半年末", "上半年", "年底前", "年底", "年末"};
  private static final Period[] PERIODS = {
    Period.FIRST_THREE_QUARTERS, Period.FIRST_THREE_QUARTERS, Period.Q1, Period.Q2, Period.Q3, Period.Q4,
    Period.Q1, Period.Q2, Period.Q3, Period.Q4, Period.Q1, Period.Q2, Period.Q3, Period.Q4, Period.Q1,
    Period.Q2, Period.Q3, Period.Q4, Period.H1, Period.H1, Period.YEAR_END, Period.YEAR_END, Period.YEAR_END};

  enum Verb { NONE, GROWTH, DECLINE, MAINTAIN, LEVEL, REACH }

  enum Distribution { NONE, RESPECTIVELY, EACH }

  /**
   * What the text before a group's first figure says; {@code phraseStart} is where it starts after
   * leading adverbs and generic verbs: at its first period phrase, else at the metric, else at the
   * verb or the figure. {@code periodStart} is where its first period phrase starts, -1 without one.
   */
  record Predicate(int phraseStart, int periodStart, int metricStart, int metricEnd, Verb verb,
      Optional<Bound> boundBefore, boolean controlled, Distribution distribution) {
    /** The kind of a target with figure {@code value} after these words. */
    TargetKind kind(Quantity value) {
      boolean ratio = value.unit().isRatio();
      return switch (verb) {
        case GROWTH -> TargetKind.GROWTH;
        case DECLINE -> TargetKind.DECLINE;
        case MAINTAIN -> TargetKind.MAINTAIN;
        case LEVEL -> TargetKind.LEVEL;
        case REACH, NONE -> ratio || controlled ? TargetKind.LEVEL : TargetKind.AMOUNT;
      };
    }
  }

  private final Sentence s;
  private final String original;
  private final String text;

  WordsBefore(Sentence s) {
    this.s = s;
    this.original = s.original;
    this.text = s.text;
  }

  /** The comparison word (不低于, 不超过, 控制在 …) the text from {@code a} to {@code b} ends with: the longest. */
  private Optional<Bound.Comparison> comparisonBefore(int a, int b) {
    return Bound.comparisonsBefore().stream().filter(c -> s.endsWith(a, b, c.word())).findFirst();
  }

  /** What the words from {@code start} to the figure at {@code end} say. */
  Predicate predicate(int start, int end) {
    int a = start;
    int b = end;
    Verb verb = Verb.NONE;
    Optional<Bound> boundBefore = Optional.empty();
    boolean controlled = false;
    Distribution distribution = Distribution.NONE;
    boolean changed = true;
    while (changed) {
      changed = false;
      b = s.trimRight(a, b);
      String word;
      Optional<Bound.Comparison> comparison = comparisonBefore(a, b);
      if (comparison.isPresent()) {
        word = comparison.get().word();
        boundBefore = boundBefore.or(() -> Optional.of(comparison.get().bound()));
        controlled |= word.equals(CONTROL);
      } else if (verb == Verb.NONE && (word = s.suffix(a, b, REACH_VERBS)) != null) {
        verb = Verb.REACH; // before LEVEL_VERBS, whose bare 到 would take 达到
      } else if (verb == Verb.NONE && (word = s.suffix(a, b, LEVEL_VERBS)) != null) {
        verb = Verb.LEVEL;
      } else if (verb == Verb.NONE && (word = s.suffix(a, b, MAINTAIN_VERBS)) != null) {
        verb = Verb.MAINTAIN;
      } else if (verb == Verb.NONE && (word = s.suffix(a, b, GROWTH_VERBS)) != null
          && !s.endsWith(a, b, "新增")) {
        verb = Verb.GROWTH;
      } else if (verb == Verb.NONE && (word = s.suffix(a, b, DECLINE_VERBS)) != null) {
        verb = Verb.DECLINE;
      } else if ((word = s.suffix(a, b, COMPARISONS)) != null) {
        // comparison base, not part of the metric
      } else if (s.endsWith(a, b, "各")) {
        word = "各"; // "为每个村各配备1名…": one each, nothing to distribute
      } else if (s.endsWith(a, b, "分别")) {
        word = "分别";
        distribution = Distribution.RESPECTIVELY;
      } else if (s.endsWith(a, b, "均") && b - 1 > a && "人亩平".indexOf(text.charAt(b - 2)) < 0) {
        word = "均";
        distribution = Distribution.EACH;
      }
      if (word != null) {
        b -= word.length();
        changed = true;
      }
    }
    changed = true;
    int periodStart = -1;
    while (changed && a < b) {
      changed = false;
      while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == '、' || text.charAt(a) == '(')) {
        a++;
        changed = true;
      }
      String word = text.startsWith("建成区", a) ? null : s.prefix(a, b, LEADING_WORDS);
      if (word == null && (word = s.prefix(a, b, PERIOD_WORDS)) != null && periodStart < 0) {
        periodStart = a;
      }
      if (word != null) {
        a += word.length();
        changed = true;
      } else if (datePhraseEnd(a, b) > a) {
        periodStart = periodStart < 0 ? a : periodStart;
        a = datePhraseEnd(a, b);
        changed = true;
      }
    }
    int etc = text.lastIndexOf('等', b - 1);
    if (etc >= a && etc + 1 < b) {
      a = etc + 1;
    }
    if (s.endsWith(a, b, "的")) {
      b--;
    }
    int metricEnd = Math.max(a, b);
    return new Predicate(periodStart >= 0 ? periodStart : a, periodStart, a, metricEnd, verb, boundBefore, controlled,
        distribution);
  }

  /** End of the date phrase "3月底前", "到6月30日", "2023年底前" at {@code start}, or {@code start}. */
  private int datePhraseEnd(int start, int end) {
    Matcher m = DATE_PHRASE.matcher(text).region(start, end);
    return m.lookingAt() ? m.end() : start;
  }

  /** The printed items of "A、B" between {@code start} and {@code end}. */
  List<String> splitItems(int start, int end) {
    List<String> items = new ArrayList<>();
    int itemStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == '、') {
        if (i > itemStart) {
          items.add(original.substring(itemStart, i));
        }
        itemStart = i + 1;
      }
    }
    return items;
  }

  /**
   * The last period or date phrase between {@code start} and {@code end}, as a due date: "3月底前"
   * 31 March, "9月" 30 September, "6月30日" that day, "上半年" 30 June. A date that does not exist
   * (2月30日) is no due date.
   */
  Optional<Due> dueBefore(int start, int end) {
    Optional<Due> found = Optional.empty();
    int i = start;
    while (i < end) {
      int period = periodWordAt(i, end);
      Matcher date = DUE_DATE.matcher(text).region(i, end);
      if (period >= 0) {
        int length = PERIOD_WORDS[period].length();
        found = Optional.of(Due.of(PERIODS[period], original.substring(i, i + length)));
        i += length;
      } else if (date.lookingAt()) {
        Optional<MonthDay> day = monthDay(date);
        if (day.isPresent()) {
          found = Optional.of(new Due(day.get(), original.substring(i, date.end())));
        }
        i = date.end();
      } else {
        i++;
      }
    }
    return found;
  }

  /** The day a {@link #DUE_DATE} match names, in a leap year (so that 2月29日 reads). */
  private static Optional<MonthDay> monthDay(Matcher date) {
    Optional<Integer> month = number(date.group(1));
    Optional<Integer> day = date.group(2) == null ? Optional.empty() : number(date.group(2));
    if (month.isEmpty() || month.get() < 1 || month.get() > 12 || (date.group(2) != null && day.isEmpty())) {
      return Optional.empty();
    }
    YearMonth inLeapYear = YearMonth.of(2024, month.get());
    try {
      if (day.isPresent()) {
        return Optional.of(MonthDay.from(inLeapYear.atDay(day.get())));
      }
      String part = date.group(3) == null ? "" : date.group(3);
      int last = switch (part) {
        case "上旬" -> 10;
        case "中旬" -> 20;
        default -> inLeapYear.lengthOfMonth();
      };
      return Optional.of(MonthDay.from(inLeapYear.atDay(last))); // 2月底: 29 February, the 28th in other years
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Integer> number(String printed) {
    if (printed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of(Integer.parseInt(printed));
    }
    return ChineseNumerals.value(printed).filter(v -> v.scale() <= 0 && v.compareTo(java.math.BigDecimal.valueOf(99)) <= 0)
        .map(java.math.BigDecimal::intValue);
  }

  /** The index in {@link #PERIOD_WORDS} of the longest period phrase at {@code i} ending by {@code end}, or -1. */
  private int periodWordAt(int i, int end) {
    for (int p = 0; p < PERIOD_WORDS.length; p++) {
      if (text.startsWith(PERIOD_WORDS[p], i) && i + PERIOD_WORDS[p].length() <= end) {
        return p;
      }
    }
    return -1;
  }

  /** The last period phrase (一季度, 上半年, 年底前 …) between {@code start} and {@code end}. */
  Optional<Period> periodBefore(int start, int end) {
    Optional<Period> found = Optional.empty();
    int i = start;
    while (i < end) {
      int matched = periodWordAt(i, end);
      if (matched >= 0) {
        found = Optional.of(PERIODS[matched]);
        i += PERIOD_WORDS[matched].length();
      } else {
        i++;
      }
    }
    return found;
  }
}
