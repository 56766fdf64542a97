package io.tracker.target;

import io.tracker.InputException;
import io.tracker.quantity.ChineseNumerals;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.target.StepRule.BonusCap;
import io.tracker.target.StepRule.Partial;
import io.tracker.target.StepRule.Shortfall;
import io.tracker.target.StepRule.Side;
import io.tracker.target.StepRule.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a scoring text (评分标准) into a {@link StepRule}, clause by clause: clauses end at ，；。、！？：
 * and line breaks, and each must be one of the forms below (whitespace ignored, full-width forms read
 * as ASCII). A clause "每增加5%" followed by a clause "加1分" is one clause.
 *
 * <ul>
 *   <li>the base: 完成得基本分, 完成目标得满分, 达到目标值得基本分 …;
 *   <li>a condition for the steps after it: 大于目标值的, 超过目标的, 超额完成的 (above the target),
 *       小于目标值的, 低于目标的, 未完成目标的 (below);
 *   <li>a step: 每增加/每超过/每超出/每高于/每提高/每多 X 加 Y 分 (above), 每少/每低/每低于/每减少/每降低/
 *       每下降/每差 X 扣 Y 分 (below), X a number and a unit (5%, 1个百分点, 10万元, 1座), Y a number;
 *       加 and 扣 (减) may be on either side; "每1%加1分" takes its side from the condition before it;
 *   <li>how a part of a step counts: 不足5%的按5%计 (as a whole step), 不足5%的按比例计, 不足部分按比例
 *       计算 (in proportion), for the steps of that size (or all) printed before it in the same part of
 *       the text (after the last ；or 。) and after the last such clause;
 *   <li>the shortfall: 未完成的不得分 (nothing), 按完成比例得分 or 未完成的按完成比例得分 (the ratio);
 *   <li>the floor: 扣完为止, 扣分至基本分值扣完为止, 扣至0分为止, 扣分不超过基本分;
 *   <li>the bonus cap: 加分至基本分值封顶, 加分不超过基本分 (the 分值), 最高加3分, 最多加3分, 加分不超过3分;
 *   <li>a note on the data, which scores nothing: a clause with 为准 or 数据来源, or such a note in
 *       brackets inside a clause ("按完成比例得分(数据以统计局公布为准)").
 * </ul>
 */
final class StepRuleParser {
  private static final String NUMBER = "(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十]+(?:点[零〇一二两三四五六七八九]+)?)";
  private static final String UNIT = "([^\\d零〇一二两三四五六七八九十]+?)";
  private static final String GOAL = "(?:目标值|目标任务|年度目标|目标|任务)";
  private static final String UP = "增加|增长|超过|超出|超|高于|高出|提高|提升|多于|多";
  private static final String DOWN = "减少|少于|少|低于|低|降低|下降|差|欠";
  private static final String WEIGHT = "(?:基本分值|基本分|基础分|本项分值|该项分值|分值|满分)";

  private static final Pattern BASE = Pattern.compile(
      "(?:完成|达到|实现)" + GOAL + "?(?:的)?(?:得|计|给)(?:基本分|满分|基础分|全分)值?");
  private static final Pattern CONDITION_UP = Pattern.compile(
      "(?:(?:大于|高于|超过|超出|多于)" + GOAL + "|超额完成" + GOAL + "?)(?:的)?(?:部分)?");
  private static final Pattern CONDITION_DOWN = Pattern.compile(
      "(?:(?:小于|低于|少于|未达到|未达|达不到)" + GOAL + "|未完成" + GOAL + "?)(?:的)?(?:部分)?");
  private static final Pattern STEP = Pattern.compile(
      "每(" + UP + "|" + DOWN + ")?" + GOAL + "?(?:值)?" + NUMBER + UNIT + "(?:的)?(加|扣减|扣|减)" + NUMBER + "分");
  private static final Pattern STEP_HEAD = Pattern.compile("每(" + UP + "|" + DOWN + ")?" + GOAL + "?" + NUMBER
      + UNIT + "(?:的)?");
  private static final Pattern STEP_TAIL = Pattern.compile("(?:加|扣减|扣|减)" + NUMBER + "分");
  private static final Pattern PART_AS_STEP = Pattern.compile(
      "不足(?:" + NUMBER + UNIT + ")?(?:的|部分)?(?:按|以)" + NUMBER + UNIT + "计(?:算)?");
  private static final Pattern PART_PRO_RATA = Pattern.compile(
      "不足(?:" + NUMBER + UNIT + ")?(?:的|部分)?(?:按|以)(?:实际)?比例(?:计算|计分|计|折算|得分)?");
  private static final Pattern NOTHING = Pattern.compile(
      "(?:未完成|完不成|未达到|未达)" + GOAL + "?(?:的)?(?:不得分|不计分|得0分|计0分|记0分|得零分)");
  private static final Pattern PRO_RATA = Pattern.compile(
      "(?:(?:未完成|未达到)" + GOAL + "?(?:的)?)?按(?:实际)?(?:完成)?(?:比例|进度|完成率|进度比例)(?:得分|计分|计算得分|折算得分|计算)");
  private static final Pattern FLOOR = Pattern.compile(
      "(?:扣分)?(?:至|到)?" + WEIGHT + "?扣完为止|扣完" + WEIGHT + "?为止|(?:最多|最高)?扣(?:至|到)[0零]分(?:为止)?"
          + "|扣分(?:最多)?不超过" + WEIGHT + "|最多扣完" + WEIGHT + "|扣完" + WEIGHT);
  private static final Pattern CAP_WEIGHT = Pattern.compile(
      "加分(?:至|到)" + WEIGHT + "封顶|加分(?:最多|最高)?不超过" + WEIGHT + "|(?:最多|最高)加(?:至|到)?" + WEIGHT
          + "(?:为止|封顶)?");
  private static final Pattern CAP_POINTS = Pattern.compile(
      "(?:最高|最多)加(?:分)?" + NUMBER + "分(?:封顶|为止)?|加分(?:最多|最高)?不超过" + NUMBER + "分|加分(?:最高|最多)"
          + NUMBER + "分(?:封顶)?|" + NUMBER + "分封顶");
  private static final Pattern NOTE = Pattern.compile(".*(?:为准|数据来源).*");
  /** A note in brackets inside a clause: "按完成比例得分(数据以统计局公布为准)". */
  private static final Pattern BRACKETED_NOTE = Pattern.compile("\\([^()]*(?:为准|数据来源)[^()]*\\)");
  private static final String CLAUSE_ENDS = ",;。、!?:\n\r";

  private final String printed;
  private final List<Step> steps = new ArrayList<>();
  /** Index in {@link #steps} of the first step a "不足…" clause may still apply to. */
  private int unsettled;
  private Optional<Side> condition = Optional.empty();
  private Shortfall shortfall = Shortfall.UNSTATED;
  private boolean floor;
  private Optional<BonusCap> cap = Optional.empty();
  private boolean anything;

  private StepRuleParser(String printed) {
    this.printed = printed;
  }

  static StepRule parse(String text) {
    return new StepRuleParser(text).read();
  }

  /**
   * A clause: its text without whitespace, where it starts in the printed text, and whether it starts
   * a new sentence part (after ；or 。), where "不足…" no longer applies to the steps before.
   */
  private record Clause(String text, int start, boolean newPart) {}

  private StepRule read() {
    List<Clause> clauses = clauses(Sentence.normalise(printed));
    if (clauses.isEmpty()) {
      throw error(0, "评分标准为空: 应为如 完成得基本分，每超过5%加1分");
    }
    for (int i = 0; i < clauses.size(); i++) {
      Clause clause = clauses.get(i);
      if (i + 1 < clauses.size() && STEP_HEAD.matcher(clause.text()).matches()
          && STEP_TAIL.matcher(clauses.get(i + 1).text()).matches()) {
        clause = new Clause(clause.text() + clauses.get(i + 1).text(), clause.start(), clause.newPart());
        i++;
      }
      if (clause.newPart()) {
        unsettled = steps.size();
      }
      read(clause);
    }
    if (!anything) {
      throw error(clauses.get(0).start(), "评分标准 " + InputException.quote(printed) + " 中没有计分规则: 应为如 完成得基本分，"
          + "每超过5%加1分");
    }
    try {
      return new StepRule(steps, shortfall, floor, cap);
    } catch (IllegalArgumentException e) {
      throw error(clauses.get(0).start(), "评分标准 " + InputException.quote(printed)
          + " 自相矛盾: 既按未完成的计分方式(不得分或按完成比例)计分, 又逐级扣分");
    }
  }

  private static List<Clause> clauses(String text) {
    List<Clause> out = new ArrayList<>();
    int start = 0;
    boolean newPart = false;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
        StringBuilder clause = new StringBuilder();
        int first = -1;
        for (int j = start; j < i; j++) {
          char c = text.charAt(j);
          if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
            clause.append(c);
            first = first < 0 ? j : first;
          }
        }
        if (clause.length() > 0) {
          out.add(new Clause(clause.toString(), first, newPart));
        }
        newPart = i < text.length() && (text.charAt(i) == ';' || text.charAt(i) == '。');
        start = i + 1;
      }
    }
    return out;
  }

  private void read(Clause clause) {
    String c = BRACKETED_NOTE.matcher(clause.text()).replaceAll("");
    Matcher m;
    if (c.isEmpty() || NOTE.matcher(c).matches()) {
      return;
    }
    anything = true;
    if (BASE.matcher(c).matches()) {
      return;
    }
    if (CONDITION_UP.matcher(c).matches()) {
      condition = Optional.of(Side.ABOVE);
      return;
    }
    if (CONDITION_DOWN.matcher(c).matches()) {
      condition = Optional.of(Side.BELOW);
      return;
    }
    if ((m = STEP.matcher(c)).matches()) {
      step(clause, m);
    } else if ((m = PART_AS_STEP.matcher(c)).matches()) {
      Optional<Quantity> first = m.group(1) == null ? Optional.empty()
          : Optional.of(quantity(clause, m.group(1), m.group(2)));
      Quantity counted = quantity(clause, m.group(3), m.group(4));
      if (first.isPresent() && !same(first.get(), counted)) {
        throw error(clause.start(), "评分标准中的 " + InputException.quote(clause.text()) + " 前后数值不同: 应为如 不足5%的按5%计");
      }
      settle(clause, Optional.of(counted), Partial.AS_STEP);
    } else if ((m = PART_PRO_RATA.matcher(c)).matches()) {
      settle(clause, m.group(1) == null ? Optional.empty() : Optional.of(quantity(clause, m.group(1), m.group(2))),
          Partial.PRO_RATA);
    } else if (NOTHING.matcher(c).matches()) {
      shortfall(clause, Shortfall.NOTHING);
    } else if (PRO_RATA.matcher(c).matches()) {
      shortfall(clause, Shortfall.PRO_RATA);
    } else if (FLOOR.matcher(c).matches()) {
      floor = true;
    } else if (CAP_WEIGHT.matcher(c).matches()) {
      cap(clause, new BonusCap(Optional.empty()));
    } else if ((m = CAP_POINTS.matcher(c)).matches()) {
      String points = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
          : m.group(3) != null ? m.group(3) : m.group(4);
      cap(clause, new BonusCap(Optional.of(number(clause, points))));
    } else {
      throw error(clause.start(), "评分标准中的 " + InputException.quote(clause.text())
          + " 无法读出: 应为 完成得基本分、每超过5%加1分、每低于1%扣1分、不足5%的按比例计、扣完为止、最高加3分、"
          + "加分至基本分值封顶、未完成的不得分 或 按完成比例得分 之类");
    }
  }

  private void step(Clause clause, Matcher m) {
    Optional<Side> side = Optional.ofNullable(m.group(1)).map(v -> Pattern.matches(UP, v) ? Side.ABOVE : Side.BELOW);
    if (side.isPresent() && condition.isPresent() && !side.equals(condition)) {
      throw error(clause.start(), "评分标准中的 " + InputException.quote(clause.text()) + " 与前面的条件("
          + (condition.get() == Side.ABOVE ? "高于" : "低于") + "目标)方向相反: 应为同一方向");
    }
    Side on = side.or(() -> condition).orElseThrow(() -> error(clause.start(), "评分标准中的 "
        + InputException.quote(clause.text()) + " 未说明是高于还是低于目标: 应为如 每超过1%加1分 或 每低于1%扣1分"));
    BigDecimal points = number(clause, m.group(5));
    if (points.signum() == 0) {
      throw error(clause.start(), "评分标准中的 " + InputException.quote(clause.text()) + " 每步计 0 分: 应为大于 0 的分数");
    }
    Quantity size = quantity(clause, m.group(2), m.group(3));
    if (size.amount().signum() == 0) {
      throw error(clause.start(), "评分标准中的 " + InputException.quote(clause.text()) + " 步长为 0: 应为大于 0 的数");
    }
    steps.add(new Step(on, size, m.group(4).equals("加") ? points : points.negate(), Partial.WHOLE));
  }

  /** Applies "不足 size …" to the steps read since the last such clause whose size is {@code size}, or to all. */
  private void settle(Clause clause, Optional<Quantity> size, Partial partial) {
    boolean applied = false;
    for (int i = unsettled; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (size.isEmpty() || same(s.size(), size.get())) {
        steps.set(i, new Step(s.side(), s.size(), s.points(), partial));
        applied = true;
      }
    }
    if (!applied) {
      throw error(clause.start(), "评分标准中的 " + InputException.quote(clause.text()) + " 没有对应的计分步长"
          + size.map(q -> " " + q).orElse("") + ": 应跟在如 每超过" + size.map(Quantity::toString).orElse("5%") + "加1分 之后");
    }
    unsettled = steps.size();
  }

  private void shortfall(Clause clause, Shortfall value) {
    if (shortfall != Shortfall.UNSTATED && shortfall != value) {
      throw error(clause.start(), "评分标准中的 " + InputException.quote(clause.text()) + " 与前面未完成时的计分方式矛盾");
    }
    shortfall = value;
  }

  private void cap(Clause clause, BonusCap value) {
    if (cap.isPresent() && !cap.get().equals(value)) {
      throw error(clause.start(), "评分标准中的 " + InputException.quote(clause.text()) + " 与前面的加分上限矛盾");
    }
    cap = Optional.of(value);
  }

  private static boolean same(Quantity a, Quantity b) {
    return a.unit().equals(b.unit()) && a.amount().compareTo(b.amount()) == 0;
  }

  private Quantity quantity(Clause clause, String number, String unit) {
    try {
      return new Quantity(number(clause, number), Unit.parse(unit));
    } catch (InputException e) {
      throw error(clause.start(), "评分标准中的 " + InputException.quote(clause.text()) + " 的单位 "
          + InputException.quote(unit) + " 无法读出: 应为 %、个百分点 或计量单位, 如 万元、座");
    }
  }

  private BigDecimal number(Clause clause, String number) {
    if (Character.isDigit(number.charAt(0))) {
      return new BigDecimal(number);
    }
    return ChineseNumerals.value(number).orElseThrow(() -> error(clause.start(), "评分标准中的数 "
        + InputException.quote(number) + " 无法读出: 应为如 5 或 五"));
  }

  private static InputException error(int index, String problem) {
    return new InputException(InputException.NO_FILE, 1, index + 1, problem);
  }
}
