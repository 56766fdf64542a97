package io.tracker.imports;

import static io.tracker.InputException.quote;

import io.tracker.InputException;
import io.tracker.InputWarning;
import io.tracker.imports.ListItem.IndicatorCells;
import io.tracker.imports.ListItem.Span;
import io.tracker.imports.ListItem.TargetCell;
import io.tracker.quantity.ChineseNumerals;
import io.tracker.quantity.Unit;
import io.tracker.target.Bound;
import io.tracker.target.Reference;
import io.tracker.target.SourceSpan;
import io.tracker.target.StepRule;
import io.tracker.target.Target;
import io.tracker.target.TargetExtraction;
import io.tracker.target.TargetKind;
import io.tracker.target.TargetParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the cells of an indicator table's row (考核指标表): its unit of measure, its target cells into
 * {@link Target}s through the one {@link TargetParser}, its 分值, and checks its 评分标准 against
 * {@link StepRule}. {@link TaskAssembly} calls it for the rows that have such cells.
 *
 * <ul>
 *   <li>The unit of measure (计量单位) is the row's 计量单位 cell, else a unit in brackets at the end of
 *       the indicator ("建设镇级污水处理设施(座)"), else one in brackets at the end of the target header
 *       ("目标值(亿元)"). Two of them that differ are a warning; the first wins.
 *   <li>A target cell holding "/", "-" or "—" is not assessed; a blank one too, with a warning when the
 *       column is a unit's.
 *   <li>A target cell is read as a sentence, thousands separators (1,200) left out: a bare figure ("186", "低于4.1", "达60以上") takes the unit
 *       of measure; a cell that starts with its figure or a bound ("6", "≥85%", "低于4.1") is read after
 *       the indicator ("城镇登记失业率低于4.1%"), any other on its own ("已建设施运行负荷率达60%以上").
 *       An indicator named a rate of growth (增速, 增长率, 增幅) or decline (降幅, 下降率) gives GROWTH or
 *       DECLINE where the cell alone would read as a level. The target's source is the cell's text.
 *   <li>A cell naming an average (全省平均水平, 全市平均) is a relative target: no figure, the
 *       reference as printed, the bound from 不低于/高于/超过/≥ (AT_LEAST) or 不高于/低于/不超过/≤
 *       (AT_MOST); without one it is EXACTLY the reference, with a warning.
 * </ul>
 */
final class IndicatorRows {
  /** A cell that says "not assessed" or "none": /, -, —, 无. */
  private static final Pattern NOTHING = Pattern.compile("[/／\\\\\\-－—–_]+|无|不考核");
  /** A cell that starts with its figure or a bound word: read after the indicator's name. */
  private static final Pattern STARTS_WITH_FIGURE = Pattern.compile(
      "^(?:[0-9０-９.+\\-≥≤≧≦<>＜＞]|不低于|不少于|不小于|至少|超过|突破|高于|多于|超|逾|不超过|不高于|不多于|不大于|低于|少于|"
          + "控制在|达到|达|增长|下降|提高|降低|减少|约|力争|确保)");
  private static final Pattern BARE_FIGURE_FOLLOWER = Pattern.compile(
      "(?:$|\\s|及以上|以上|以下|以内|左右|上下|[,，;；。、)）])");
  /** A thousands separator, as a spreadsheet shows 1200 in a number format: 1,200. */
  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[,，](?=\\d{3}(?!\\d))");
  private static final Pattern GROWTH_NAME = Pattern.compile(".*(增速|增长率|增幅|增长)$");
  private static final Pattern DECLINE_NAME = Pattern.compile(".*(降幅|下降率|降低率|下降)$");
  private static final List<String> SCOPES = List.of("同类县(市、区)", "同类县(市,区)", "同类县市区", "同类地区", "全国",
      "全省", "全市", "全州", "全区", "全县", "同级", "省", "市");
  private static final List<String> AVERAGE_ENDS = List.of("水平", "增速", "增幅", "值", "数", "线");
  /**
   * Comparison words before a reference, longest first so that 不低于 is not read as 低于: every
   * bound's ({@link Bound#comparisonsBefore()}) and, before a reference only, 优于/达到/达 (at least it).
   */
  private static final List<Bound.Comparison> COMPARISONS = Stream.concat(Bound.comparisonsBefore().stream(),
          Stream.of("优于", "达到", "达").map(w -> new Bound.Comparison(w, Bound.AT_LEAST)))
      .sorted(Comparator.comparingInt((Bound.Comparison c) -> c.word().length()).reversed())
      .toList();

  private IndicatorRows() {}

  /** Whether a cell says "not assessed" or "none" ("/", "-", "—", 无). */
  static boolean saysNothing(Span cell) {
    return NOTHING.matcher(ChineseText.key(cell.text())).matches();
  }

  /** The text of a cell with its lines joined and stripped, as printed. */
  static String joined(Span cell) {
    return String.join("", cell.stripped().lines().map(String::strip).toList());
  }

  /** The indicator's name without a unit of measure in brackets at its end. */
  static String nameWithoutMeasure(String name) {
    Matcher bracketed = ColumnRecognition.BRACKETED.matcher(name);
    if (bracketed.matches() && unit(bracketed.group(2)).isPresent()) {
      return bracketed.group(1);
    }
    return name;
  }

  /** The row's unit of measure, as the class comment says; empty when none is printed or readable. */
  static Optional<Unit> measure(String name, Span nameSpan, IndicatorCells cells, List<InputWarning> warnings) {
    List<Unit> found = new ArrayList<>();
    List<String> where = new ArrayList<>();
    if (cells.measure().filter(m -> !saysNothing(m)).isPresent()) {
      Span cell = cells.measure().get();
      String printed = ChineseText.key(cell.text()).replaceAll("^[(（](.*)[)）]$", "$1");
      Optional<Unit> unit = unit(printed);
      if (unit.isEmpty()) {
        warnings.add(new InputWarning(cell.place(), "计量单位 " + quote(cell.text().strip())
            + " 不是已知单位(如 %、个、座、亿元、万人): 此项不生成数值目标"));
        return Optional.empty();
      }
      found.add(unit.get());
      where.add("计量单位列");
    }
    Matcher bracketed = ColumnRecognition.BRACKETED.matcher(name);
    if (bracketed.matches()) {
      unit(bracketed.group(2)).ifPresent(u -> {
        found.add(u);
        where.add("指标名称");
      });
    }
    cells.targets().stream().flatMap(t -> t.headerMeasure().stream()).findFirst()
        .flatMap(m -> unit(ChineseText.key(m.text()))).ifPresent(u -> {
          found.add(u);
          where.add("表头");
        });
    if (found.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 1; i < found.size(); i++) {
      if (!found.get(i).equals(found.get(0))) {
        warnings.add(new InputWarning(nameSpan.place(), "计量单位不一致: " + where.get(0) + "为 " + found.get(0) + ", "
            + where.get(i) + "为 " + found.get(i) + ": 按 " + found.get(0) + " 计"));
      }
    }
    return Optional.of(found.get(0));
  }

  /**
   * The targets of one target cell of indicator {@code name} measured in {@code measure}, each set for
   * {@code assignee} when the column is a unit's.
   */
  static List<Target> targets(String name, Optional<Unit> measure, TargetCell cell, Optional<String> assignee,
      List<InputWarning> warnings) {
    Span span = cell.cell();
    String text = joined(span);
    String whose = assignee.map(a -> a + "的").orElse("");
    String metric = nameWithoutMeasure(ChineseText.withoutWhitespace(name));
    SourceSpan source = new SourceSpan(text, 0, text.length());
    if (text.contains("平均")) {
      return List.of(relative(metric, measure, text, source, assignee, span, whose, warnings));
    }
    String read = withUnitOnBareFigures(THOUSANDS.matcher(text).replaceAll(""), measure);
    boolean afterName = STARTS_WITH_FIGURE.matcher(read).find();
    String sentence = afterName ? metric + read : read;
    TargetExtraction extraction;
    try {
      extraction = TargetParser.extract(sentence);
    } catch (InputException e) {
      throw new InputException(span.place(), e.problem(), e);
    }
    extraction.warnings().forEach(w -> warnings.add(new InputWarning(span.place(), w.problem())));
    if (extraction.targets().isEmpty()) {
      warnings.add(new InputWarning(span.place(), whose + "目标 " + quote(text) + " 中没有可读的数值"
          + (measure.isEmpty() && read.matches(".*[0-9０-９].*") ? "(本项未印计量单位)" : "") + ": 未生成目标"));
      return List.of();
    }
    List<Target> targets = new ArrayList<>();
    for (Target t : extraction.targets()) {
      measure.filter(m -> !m.baseUnit().equals(t.value().unit().baseUnit())).ifPresent(m ->
          warnings.add(new InputWarning(span.place(), whose + "目标 " + quote(text) + " 的单位 " + t.value().unit()
              + " 与计量单位 " + m + " 不符: 按所印单位导入")));
      targets.add(new Target(t.metric().isEmpty() ? metric : t.metric(), t.subject(), kind(metric, t.kind()),
          t.bound(), t.value(), t.period(), t.qualifier(), source, t.part(), t.due(), assignee, Optional.empty()));
    }
    return targets;
  }

  private static Target relative(String metric, Optional<Unit> measure, String text, SourceSpan source,
      Optional<String> assignee, Span span, String whose, List<InputWarning> warnings) {
    int average = text.indexOf("平均");
    int start = average;
    for (String scope : SCOPES) {
      if (text.startsWith(scope, average - scope.length())) {
        start = average - scope.length();
        break;
      }
    }
    int end = average + 2;
    for (String ending : AVERAGE_ENDS) {
      if (text.startsWith(ending, end)) {
        end += ending.length();
        break;
      }
    }
    String reference = text.substring(start, end);
    String before = text.substring(0, start);
    Bound bound = COMPARISONS.stream().filter(c -> before.contains(c.word())).findFirst()
        .map(Bound.Comparison::bound).orElse(Bound.EXACTLY);
    if (bound == Bound.EXACTLY) {
      warnings.add(new InputWarning(span.place(), whose + "相对目标 " + quote(text) + " 未印比较方向(如 不低于、高于): 按达到 "
          + reference + " 导入"));
    }
    if (text.matches(".*[0-9０-９].*")) {
      warnings.add(new InputWarning(span.place(), whose + "相对目标 " + quote(text) + " 中的数值未导入: 仅按参照 "
          + reference + " 导入"));
    }
    return new Target(metric, Optional.empty(), kind(metric, TargetKind.LEVEL), bound, null, Optional.empty(),
        Optional.empty(), source, false, Optional.empty(), assignee, Optional.of(new Reference(reference, measure)));
  }

  /** GROWTH or DECLINE for an indicator named a rate of change, where its cell reads as a level. */
  private static TargetKind kind(String metric, TargetKind read) {
    if (read != TargetKind.LEVEL) {
      return read;
    }
    if (GROWTH_NAME.matcher(metric).matches()) {
      return TargetKind.GROWTH;
    }
    return DECLINE_NAME.matcher(metric).matches() ? TargetKind.DECLINE : read;
  }

  /** {@code text} with {@code measure} after each figure printed without a unit: "低于4.1" → "低于4.1%". */
  static String withUnitOnBareFigures(String text, Optional<Unit> measure) {
    if (measure.isEmpty()) {
      return text;
    }
    String unit = measure.get().toString();
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!isDigit(c) || i > 0 && (isDigit(text.charAt(i - 1)) || Character.isLetter(text.charAt(i - 1))
          && text.charAt(i - 1) < 0x80)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && (isDigit(text.charAt(end))
          || (text.charAt(end) == '.' || text.charAt(end) == '．') && end + 1 < text.length()
          && isDigit(text.charAt(end + 1)))) {
        end++;
      }
      out.append(text, i, end);
      if (BARE_FIGURE_FOLLOWER.matcher(text).region(end, text.length()).lookingAt()) {
        out.append(unit);
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  /** 分值: a number of points ("10", "10分", "十"); empty for "/" or "-". */
  static Optional<BigDecimal> weight(Span cell) {
    if (saysNothing(cell)) {
      return Optional.empty();
    }
    String printed = THOUSANDS.matcher(ChineseText.asciiDigits(ChineseText.key(cell.text()))).replaceAll("")
        .replaceAll("分$", "");
    if (printed.matches("\\d+(\\.\\d+)?")) {
      return Optional.of(new BigDecimal(printed));
    }
    Optional<BigDecimal> value = ChineseNumerals.value(printed)
        .filter(v -> ChineseNumerals.runEnd(printed, 0) == printed.length());
    if (value.isEmpty()) {
      throw new InputException(cell.place(), "分值 " + quote(cell.text().strip()) + " 无法读出: 应为分数, 如 10 或 10分");
    }
    return value;
  }

  /**
   * The scoring text (评分标准) as printed, lines joined; a warning when {@link StepRule#parse} cannot
   * read it, when its steps do not fit the targets' unit, or when it does not say how a target not
   * completed is scored. Empty for "/" or "-".
   */
  static Optional<String> scoringText(Span cell, List<Target> targets, List<InputWarning> warnings) {
    if (saysNothing(cell)) {
      return Optional.empty();
    }
    String text = joined(cell);
    StepRule rule;
    try {
      rule = StepRule.parse(text);
    } catch (InputException e) {
      warnings.add(new InputWarning(cell.place(), e.problem() + "; 此项按完成比例 × 分值计分"));
      return Optional.of(text);
    }
    Optional<Unit> misfit = targets.stream().flatMap(t -> t.unit().stream()).filter(u -> !rule.fits(u)).findFirst();
    if (misfit.isPresent()) {
      warnings.add(new InputWarning(cell.place(), "评分标准 " + quote(text) + " 的计分步长与计量单位 " + misfit.get()
          + " 不符: 此项按完成比例 × 分值计分"));
    } else if (rule.shortfall() == StepRule.Shortfall.UNSTATED && !targets.isEmpty()) {
      StepRule.Side shortfall = targets.get(0).bound().lowerIsBetter() ? StepRule.Side.ABOVE : StepRule.Side.BELOW;
      if (rule.steps().stream().noneMatch(s -> s.side() == shortfall)) {
        warnings.add(new InputWarning(cell.place(), "评分标准 " + quote(text) + " 未说明未完成目标时如何计分: "
            + "未完成时按完成比例 × 分值计分"));
      }
    }
    return Optional.of(text);
  }

  private static Optional<Unit> unit(String printed) {
    try {
      return Optional.of(Unit.parse(printed));
    } catch (InputException e) {
      return Optional.empty();
    }
  }
}
