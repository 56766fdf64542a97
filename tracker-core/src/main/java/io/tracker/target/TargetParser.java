package io.tracker.target;

import static java.util.Objects.requireNonNull;

import io.tracker.target.FigureScanner.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Extracts the quantitative targets (量化指标) of one Chinese task sentence.
 *
 * <p>The parser works in three passes over a {@link Sentence} (the sentence as printed and the form
 * it is read in: full-width forms as ASCII and the traditional characters of the words it knows as
 * simplified, offset for offset, so "１２％" is 12%, "完成投資3億元" is 3亿元 and spans and metrics still
 * index and quote the original). {@link FigureScanner} finds the printed figures with their offsets
 * (number + unit + trailing bound word; Chinese numerals are read by
 * {@link io.tracker.quantity.ChineseNumerals}; see its Javadoc for what is and is not a figure, and
 * for the warnings). {@link FigureRoles} tells targets from qualifiers and labels, and marks parts.
 * This class then reads each target against the text around it, clause by clause — the words before
 * its figure through {@link WordsBefore} (verb, comparison, metric, period), the nouns after it here,
 * and groups of figures that share one metric ("分别增长8%、9%"). Clauses end at
 * ，；。！？：.
 *
 * <h2>Roles of a figure</h2>
 * <ul>
 *   <li><b>Qualifier</b> (not a target): a bare figure ("亿元以上", "千亩以上"); a measure figure (not a
 *       count, not a ratio) that describes a noun: followed by 的 ("收益50万元的") or 级 ("5万吨级码头"),
 *       or followed by a word after a capacity word such as 年产, 日处理, 装机, 总投资, 收益
 *       ("年产50万吨石膏粉"), or followed by a word with a project noun (项目, 生产线) later in the clause
 *       ("25万吨己二酸项目": a capacity in a project's name), or followed by a word with a count figure
 *       next in the clause ("投资10亿元以上项目5个"); a measure figure right after a count figure and a
 *       word ("3个收益20万元以上"). It qualifies the count figure just before it (2个千亩以上中药材种植基地,
 *       3个收益20万元以上) or else the next figure of the clause when that counts ("招引亿元以上项目35个");
 *       with neither it is dropped ("建成年产50万吨石膏粉等项目" has no target: the capacity describes a
 *       project, it is not a goal). A ratio figure is never a qualifier: "实现5G网络100%覆盖" and
 *       "85%以上的行政村…" are targets.</li>
 *   <li><b>Label</b> (not a target): a count figure that names a programme, a policy or a slogan: printed
 *       first inside quotes ("落实“两个责任”", "“五个一批”工程"); counting a noun that starts with 一
 *       ("三个一批"); whose following noun phrase contains 实事, 举措, 措施, 行动, 活动, 政策, 意见, 办法,
 *       细则 or 规定: "十件民生实事", "十五条硬措施", "我县68条细化举措", "健康西乡18项行动",
 *       "三个年活动", "中央八项规定精神"; a count of 条 or 项 with no noun after it that ends a quote (“稳经济22条”), follows a policy word (惠企政策10项)
 *       or stands in a clause with 出台, 印发, 制定, 落实, 贯彻, 推出 or 兑现 ("出台22条"). "实施十大工程",
 *       "十四五", "三保障", "“4111”项目" have no unit and are no figures.</li>
 *   <li><b>Target</b>: every other figure. A target after 其中 ("其中幼儿园7个、小学8所") is a
 *       {@linkplain Target#part() part} of a target printed before the 其中 in the same sentence (up to
 *       ；。！？ or a closing bracket) that counts too (学校20所) or measures in the same base unit
 *       (投资200亿元 for 投资60亿元); a ratio is never a part ("其中工业投资增长15%" is a target of its
 *       own).</li>
 * </ul>
 *
 * <h2>Reading a target</h2>
 * <ul>
 *   <li><b>Bound</b>: the trailing word (以上/及以上 → AT_LEAST, 以下/以内 → AT_MOST, 左右/上下 → ABOUT)
 *       wins; else the longest comparison word before the figure ({@link Bound#comparisonsBefore()}:
 *       不低于/至少/超过/≥ … → AT_LEAST; 不超过/不高于/控制在/≤ … → AT_MOST, as indicator tables print
 *       them: "≥85%"; 不超过 is AT_MOST although it ends with 超过); else, in a group, the trailing word of its
 *       last figure ("分别增长8%9%左右": both ABOUT); else a range "6%—7%" is AT_LEAST its lower end;
 *       else EXACTLY ("二季度达100%" is EXACTLY 100%).</li>
 *   <li><b>Kind</b>, from the verb just before the figure: 增长/提高/增加/上升/提升/增 → GROWTH and
 *       下降/降低/减少/压减/压降/降 → DECLINE, whatever the unit (the unit tells a rate, 1.2个百分点 or 3%,
 *       from an absolute change); 提高到/下降到/降至/增长到 … and a bare 到/至 ("普及率至92%") → LEVEL; 稳定在/保持在/维持在/稳定/保持 →
 *       MAINTAIN; 达到/达/控制在 and no verb at all → LEVEL for a ratio (%, ‰, 个百分点), AMOUNT
 *       otherwise (园区产值达到100亿元, 新增市场主体3500户). A count figure followed by the noun it counts
 *       is always AMOUNT ("提升8条背街小巷": 提升 is the work done, not a growth rate). A figure without
 *       verb or metric continues the previous target's kind ("生产总值增长8%,力争9%": GROWTH).</li>
 *   <li><b>Metric</b>, always a printed substring of the sentence:
 *       <ol>
 *         <li>for a count figure followed by a noun, the noun phrase after it up to the clause end, the
 *             next figure or a verb (提供, 开展, 实现, 完成, 进行), without a trailing 任务/建设/和/及/与/等:
 *             "建设2个千亩以上中药材种植基地" → 中药材种植基地; when the count is followed by its qualifier
 *             and 、 ("3个收益20万元以上、…的村(社区)集体经济组织"), the noun after the clause's last 的;</li>
 *         <li>otherwise the text before the figure, from the clause start or the previous figure,
 *             without the verb and bound words above, 同比/比上年/较上年, the markers 分别/均/各, leading
 *             adverbs and generic verbs (全年, 力争, 确保, 争取, 年内, 今年, 计划, 全面, 加快, 持续, 进一步,
 *             完成, 实现, 新建, 建设, 建成 (not in 建成区), 投用, 实施, 创成, 创建, 争创, 全县, 其中 …),
 *             period phrases, date phrases ("3月底前", "截至6月底", "2023年底前", "十月底前") and, for
 *             "A、B等C", everything up to 等: "3月底前完成改造老旧小区20个" → 改造老旧小区;</li>
 *         <li>when that is empty: for a measure figure followed by a noun, that noun ("全面完成2万亩高标准
 *             农田建设任务" → 高标准农田, "建设10万千瓦光伏电站" → 光伏电站); for a ratio followed by 的, the
 *             noun after it ("85%以上的行政村建成美丽乡村"); else the previous target's metric
 *             ("一季度开工率达80%以上,二季度达100%"); else "" ("下降1.5%").</li>
 *       </ol></li>
 *   <li><b>Groups</b>: figures separated only by 、/和/及/与/或 (or nothing, when the 、 was lost:
 *       "8%9%") share verb, metric, bound word before and period. With 分别 and a metric starting with
 *       城乡 (or 城镇和农村, 城镇、农村, 城镇及农村), two figures go to subjects 城镇 and 农村 and the metric
 *       loses that prefix; with 分别 and a metric listing as many items (A、B) as figures, each figure
 *       gets its item as metric. With 均 ("城乡居民收入均增长8%") one figure yields a target per subject
 *       or item, sharing one span.</li>
 *   <li><b>Period</b>: the last period phrase of the clause before the figure (一季度/第一季度/一季度末,
 *       二季度, 三季度, 四季度 likewise, 上半年/上半年末, 前三季度/前三季度末, 年底前/年底/年末).</li>
 *   <li><b>Each</b>: "为每个村(社区)各配备1名法律顾问和1名专职调解员" gives two targets of 1名 (法律顾问,
 *       专职调解员), meaning one per village; "每个" has no number and is not a figure.</li>
 *   <li><b>Source</b>: the whole target phrase, as printed, with offsets into the sentence:
 *       <ul>
 *         <li>it starts at the period or date phrase printed before the metric ("一季度开工率达80%以上",
 *             "3月底前完成改造老旧小区20个"), else at
 *             the metric's first character ("地方财政收入增长13%"); leading adverbs and generic verbs
 *             (全年, 力争, 确保, 完成, 建设, 新建 … as listed under <b>Metric</b>) and the items before 等 in
 *             "A、B等C" are not part of it, as they are not part of the metric ("全年招引亿元以上项目35个"
 *             → 招引亿元以上项目35个, "全面完成2万亩高标准农田建设任务" → 2万亩高标准农田);</li>
 *         <li>when the metric is printed after the figure (a counted or measured noun, a share), it
 *             starts at the period phrase before the figure, else at the figure ("改造20个老旧小区" →
 *             20个老旧小区, "17个镇(街道)和215个村(社区)…" → 17个镇(街道) and 215个村(社区)…, "85%以上的行政村建成美丽乡村" → 85%以上的行政村建成美丽乡村);</li>
 *         <li>when the metric is carried over from the previous target or is empty, it starts where
 *             this target's own words start, after leading adverbs ("二季度达100%", "同比增长10%", "力争7%" → 7%);</li>
 *         <li>it ends after the last figure's bound word, else its unit, or after the metric, or a
 *             qualifier printed after the figure ("3个收益20万元以上"), whichever comes last;</li>
 *         <li>the members of a group share one span, the whole phrase ("城乡居民人均可支配收入分别增长8%9%左右"
 *             for both 8% and 9%, "一般公共预算收入、税收收入分别增长5%、6%" for both): the bound word, the
 *             verb and the metric or subjects they share are printed once for all of them.</li>
 *       </ul>
 *       So every span contains its figure, a metric printed in the clause is inside the span, and the
 *       spans of the targets in order start in non-decreasing order (spans of one group coincide).</li>
 * </ul>
 *
 * <p>A figure too large for its unit (more than {@value FigureScanner#MAX_DIGITS} integer digits, or
 * decimals, in the base unit, e.g. "1e999亿元") raises {@link io.tracker.InputException} located at
 * line 1 of the sentence; callers relocate it into their file. Nothing else is ever thrown for a
 * non-null sentence. A numeral the parser will not guess (一二三人, 三四个, 十几个, 一万五百元) is no
 * figure and a warning of {@link #extract}, at line 1 and its column.
 */
public final class TargetParser {
  /** Metric prefixes naming the two subjects 城镇 and 农村 of a distributed figure. */
  private static final String[] SUBJECT_PAIRS = {"城乡", "城镇和农村", "城镇、农村", "城镇及农村"};
  /** Verbs that end the noun a count figure counts: "200名精神残障患者提供康养服务". */
  private static final String[] NOUN_ENDING_VERBS = {"提供", "开展", "实现", "完成", "进行"};
  private static final String[] TRAILING_NOUN_WORDS = {"任务", "建设", "和", "及", "与", "等", "的", "、"};

  /** A printed stretch of the sentence, {@code start} inclusive, {@code end} exclusive. */
  private record Stretch(int start, int end) {}

  /** A target read but not yet emitted: its span is known once the whole group has been read. */
  private record Reading(String metric, Optional<String> subject, TargetKind kind, Bound bound, Figure figure,
      Optional<Period> period, Optional<String> qualifier, boolean part, Optional<Due> due) {}

  private final Sentence s;
  private final String original;
  private final String text;
  private final FigureScanner.Scan scan;
  private final List<Figure> figures;
  private final FigureRoles roles;
  private final WordsBefore words;
  private final List<Target> targets = new ArrayList<>();

  private TargetParser(String original) {
    this.s = new Sentence(original);
    this.original = original;
    this.text = s.text;
    this.scan = FigureScanner.scan(s);
    this.figures = scan.figures();
    this.roles = FigureRoles.assign(s, figures);
    this.words = new WordsBefore(s);
  }

  /**
   * Targets of one task sentence, in order of appearance; empty when it has no figure.
   *
   * @throws io.tracker.InputException when a figure is out of range ("1e999亿元"), at line 1 and the
   *     figure's 1-based column
   */
  public static List<Target> parse(String sentence) {
    return extract(sentence).targets();
  }

  /**
   * Targets of one task sentence with the warnings of what could not be read with certainty; the
   * importers call this and relocate the warnings into their file.
   *
   * @throws io.tracker.InputException as {@link #parse}
   */
  public static TargetExtraction extract(String sentence) {
    TargetParser parser = new TargetParser(requireNonNull(sentence, "sentence"));
    parser.readTargets();
    return new TargetExtraction(parser.targets, parser.scan.warnings());
  }

  // ---- targets ------------------------------------------------------------------------------

  private void readTargets() {
    int k = 0;
    while (k < figures.size()) {
      if (roles.role(k) != FigureRoles.Role.TARGET) {
        k++;
        continue;
      }
      List<Integer> group = new ArrayList<>(List.of(k));
      int next = nextTarget(k);
      while (next >= 0 && continuesGroup(group.get(group.size() - 1), next)) {
        group.add(next);
        next = nextTarget(next);
      }
      readGroup(group);
      k = next < 0 ? figures.size() : next;
    }
  }

  private int nextTarget(int k) {
    for (int j = k + 1; j < figures.size(); j++) {
      if (roles.role(j) == FigureRoles.Role.TARGET) {
        return j;
      }
    }
    return -1;
  }

  /** Whether target {@code next} follows target {@code previous} with only 、/和/及/与/或 between. */
  private boolean continuesGroup(int previous, int next) {
    int start = segmentStart(next);
    return start == consumedEnd(previous) && s.onlyConnectors(start, figures.get(next).start());
  }

  private void readGroup(List<Integer> group) {
    Figure first = figures.get(group.get(0));
    WordsBefore.Predicate predicate = words.predicate(segmentStart(group.get(0)), first.start());
    Optional<Period> period = words.periodBefore(s.clauseStart(first.start()), first.start());
    Optional<Due> due = words.dueBefore(s.clauseStart(first.start()), first.start());
    Optional<Bound> lastTrailing = figures.get(group.get(group.size() - 1)).trailingBound();
    WordsBefore.Distribution distribution = predicate.distribution();

    int metricStart = predicate.metricStart();
    int metricEnd = predicate.metricEnd();
    List<String> subjects = List.of();
    List<String> items = List.of();
    String subjectPair = s.prefix(metricStart, metricEnd, SUBJECT_PAIRS);
    boolean distributed = distribution != WordsBefore.Distribution.NONE;
    if (distributed && subjectPair != null && metricEnd - metricStart > subjectPair.length()) {
      subjects = List.of("城镇", "农村");
      metricStart += subjectPair.length();
    } else if (distributed) {
      items = words.splitItems(metricStart, metricEnd);
    }
    String sharedMetric = original.substring(metricStart, metricEnd);
    boolean respectively = distribution == WordsBefore.Distribution.RESPECTIVELY;
    boolean each = distribution == WordsBefore.Distribution.EACH && group.size() == 1;

    List<Reading> readings = new ArrayList<>();
    boolean metricAfterFigure = false;
    int phraseEnd = first.end();
    for (int m = 0; m < group.size(); m++) {
      int k = group.get(m);
      Figure f = figures.get(k);
      Bound bound = f.trailingBound().or(predicate::boundBefore).or(() -> lastTrailing)
          .orElse(f.range() ? Bound.AT_LEAST : Bound.EXACTLY);
      Optional<String> qualifier = qualifierOf(k);
      boolean count = f.value().unit().isCount();
      Optional<Stretch> following = count || (sharedMetric.isEmpty() && !f.value().unit().isRatio())
          ? followingNoun(k) : Optional.empty();
      TargetKind kind = following.isPresent() ? TargetKind.AMOUNT : predicate.kind(f.value());
      Optional<Stretch> printedAfter = following.or(() -> sharedMetric.isEmpty() ? shareOf(k) : Optional.empty());
      phraseEnd = Math.max(phraseEnd, Math.max(consumedEnd(k), printedAfter.map(Stretch::end).orElse(0)));
      metricAfterFigure |= m == 0 && printedAfter.isPresent();
      String metric = printedAfter.map(this::printed)
          .orElse(respectively && items.size() == group.size() ? items.get(m) : sharedMetric);
      if (metric.isEmpty() && !targets.isEmpty()) {
        // "生产总值增长8%,力争9%", "一季度开工率达80%,二季度达100%": the previous target goes on.
        Target previous = targets.get(targets.size() - 1);
        metric = previous.metric();
        if (predicate.verb() == WordsBefore.Verb.NONE && !predicate.controlled()) {
          kind = previous.kind();
        }
      }
      if (each && following.isEmpty() && (!subjects.isEmpty() || items.size() > 1)) {
        for (String subject : subjects) {
          readings.add(new Reading(metric, Optional.of(subject), kind, bound, f, period, qualifier, roles.isPart(k), due));
        }
        for (String item : subjects.isEmpty() ? items : List.<String>of()) {
          readings.add(new Reading(item, Optional.empty(), kind, bound, f, period, qualifier, roles.isPart(k), due));
        }
      } else {
        Optional<String> subject = respectively && subjects.size() == group.size()
            ? Optional.of(subjects.get(m)) : Optional.empty();
        readings.add(new Reading(metric, subject, kind, bound, f, period, qualifier, roles.isPart(k), due));
      }
    }
    int phraseStart = !metricAfterFigure ? predicate.phraseStart()
        : predicate.periodStart() >= 0 ? predicate.periodStart() : first.start();
    SourceSpan source = new SourceSpan(original.substring(phraseStart, phraseEnd), phraseStart, phraseEnd);
    for (Reading r : readings) {
      targets.add(new Target(r.metric(), r.subject(), r.kind(), r.bound(), r.figure().value(), r.period(),
          r.qualifier(), source, r.part(), r.due(), Optional.empty(), Optional.empty()));
    }
  }

  private String printed(Stretch stretch) {
    return original.substring(stretch.start(), stretch.end());
  }

  /** The noun a ratio figure is a share of when printed after it: "85%以上的行政村…" → 行政村…. */
  private Optional<Stretch> shareOf(int k) {
    Figure f = figures.get(k);
    if (!f.value().unit().isRatio() || f.end() >= text.length() || text.charAt(f.end()) != '的') {
      return Optional.empty();
    }
    return nonEmpty(f.end() + 1, trimTrailingNounWords(f.end() + 1, s.clauseEnd(f.end())));
  }

  /** Qualifiers of target {@code k} as printed, joined by 、. */
  private Optional<String> qualifierOf(int k) {
    List<String> texts = new ArrayList<>();
    for (int j = 0; j < figures.size(); j++) {
      if (roles.role(j) == FigureRoles.Role.QUALIFIER && roles.qualifies(j) == k) {
        Figure q = figures.get(j);
        int start = j < k ? q.start() : figures.get(k).end();
        texts.add(original.substring(start, q.end()));
      }
    }
    return texts.isEmpty() ? Optional.empty() : Optional.of(String.join("、", texts));
  }

  /**
   * The noun a figure counts or measures when printed after it ("2个千亩以上中药材种植基地" → 中药材种植基地,
   * "2万亩高标准农田建设任务" → 高标准农田); after a qualifier and 、, the noun after the clause's last 的.
   */
  private Optional<Stretch> followingNoun(int k) {
    Figure f = figures.get(k);
    int start = consumedEnd(k);
    int clauseEnd = s.clauseEnd(f.end());
    if (s.isWordAt(start)) {
      int end = Math.min(clauseEnd, figureStartFrom(start));
      for (String verb : NOUN_ENDING_VERBS) {
        int at = text.indexOf(verb, start);
        if (at > start && at < end) {
          end = at;
        }
      }
      while (start < end && text.charAt(start) == '的') {
        start++;
      }
      return nonEmpty(start, trimTrailingNounWords(start, end));
    }
    if (consumedEnd(k) > f.end()) {
      int de = text.lastIndexOf('的', clauseEnd - 1);
      if (de >= start) {
        return nonEmpty(de + 1, trimTrailingNounWords(de + 1, clauseEnd));
      }
    }
    return Optional.empty();
  }

  private static Optional<Stretch> nonEmpty(int start, int end) {
    return end > start ? Optional.of(new Stretch(start, end)) : Optional.empty();
  }

  private int trimTrailingNounWords(int start, int end) {
    boolean changed = true;
    while (changed && end > start) {
      changed = false;
      end = s.trimRight(start, end);
      for (String word : TRAILING_NOUN_WORDS) {
        if (s.endsWith(start, end, word)) {
          end -= word.length();
          changed = true;
          break;
        }
      }
    }
    return end;
  }

  /** Start of the first figure at or after {@code pos}, or the text length. */
  private int figureStartFrom(int pos) {
    for (Figure f : figures) {
      if (f.start() >= pos) {
        return f.start();
      }
    }
    return text.length();
  }

  /** End of target {@code k} including qualifiers printed right after it (3个收益20万元以上). */
  private int consumedEnd(int k) {
    int end = figures.get(k).end();
    for (int j = k + 1; j < figures.size() && roles.role(j) == FigureRoles.Role.QUALIFIER && roles.qualifies(j) == k;
        j++) {
      end = figures.get(j).end();
    }
    return end;
  }

  /** Where the words about figure {@code k} start: the clause start or the end of an earlier figure. */
  private int segmentStart(int k) {
    int start = s.clauseStart(figures.get(k).start());
    for (int j = 0; j < k; j++) {
      boolean forwardQualifier = roles.role(j) == FigureRoles.Role.QUALIFIER && roles.qualifies(j) > j;
      if (!forwardQualifier) {
        start = Math.max(start, figures.get(j).end());
      }
    }
    return Math.min(start, figures.get(k).start());
  }


}
