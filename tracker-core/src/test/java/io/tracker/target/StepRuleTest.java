package io.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.target.StepRule.BonusCap;
import io.tracker.target.StepRule.Partial;
import io.tracker.target.StepRule.Shortfall;
import io.tracker.target.StepRule.Side;
import io.tracker.target.StepRule.Step;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scoring texts as offices print them, read into step rules and scored at chosen values. */
class StepRuleTest {
  /** The scoring text the issue quotes. */
  static final String ISSUE_TEXT =
      "完成得基本分,大于目标值的,每增加5%加1分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止";

  private static Step step(Side side, String size, String points, Partial partial) {
    return new Step(side, Quantity.parse(size), new BigDecimal(points), partial);
  }

  @Test
  void readsTheIssuesText() {
    assertThat(StepRule.parse(ISSUE_TEXT)).isEqualTo(new StepRule(List.of(
        step(Side.ABOVE, "5%", "1", Partial.WHOLE), step(Side.BELOW, "1%", "-1", Partial.WHOLE)),
        Shortfall.UNSTATED, true, Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      完成得基本分                                          | 完成得基本分
      完成目标任务得满分。                                  | 完成得基本分
      每超过1个百分点加0.5分,每低1个百分点扣0.5分,不足1个百分点的按1个百分点计 | 完成得基本分；每超过1个百分点加0.5分，不足1个百分点按1个百分点计；每低于1个百分点扣0.5分，不足1个百分点按1个百分点计
      每超过10万元，加0.5分；最高加2分                      | 完成得基本分；每超过10万元加0.5分；最高加2分
      超额完成的,每1%加1分,不足部分按比例计算,加分至基本分值封顶 | 完成得基本分；每超过1%加1分，不足1%按比例计；加分至基本分值封顶
      未完成的不得分                                        | 完成得基本分；未完成的不得分
      按完成比例得分（数据以统计局公布为准）                  | 完成得基本分；未完成的按完成比例得分
      每增加一个百分点加一分，扣完为止                        | 完成得基本分；每超过1个百分点加1分；扣完为止
      每 低 于 目 标 1座 扣 2分 ， 扣至0分为止               | 完成得基本分；每低于1座扣2分；扣完为止
      完成得基本分；每超过5%加1分，不足5%按比例计；每低于5%扣1分，不足5%按5%计 | 完成得基本分；每超过5%加1分，不足5%按比例计；每低于5%扣1分，不足5%按5%计
      """)
  void readsPrintedFormsIntoTheirCanonicalForm(String text, String canonical) {
    StepRule rule = StepRule.parse(text);
    assertThat(rule).hasToString(canonical);
    assertThat(StepRule.parse(canonical)).isEqualTo(rule);
  }

  /**
   * Points at chosen values: over, under, exactly, floor, ceiling, partial steps. Columns: text, 分值,
   * target, bound, actual, points.
   */
  @ParameterizedTest(name = "{0} / {1}分 / 目标 {2} {3} / 实际 {4} → {5}")
  @CsvSource(delimiter = '|', textBlock = """
      #  the issue's text on a count: steps of 5% relative to 6座
      完成得基本分,大于目标值的,每增加5%加1分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止 | 10 | 6座   | EXACTLY  | 6    | 10
      完成得基本分,大于目标值的,每增加5%加1分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止 | 10 | 6座   | EXACTLY  | 7    | 13
      完成得基本分,大于目标值的,每增加5%加1分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止 | 10 | 6座   | EXACTLY  | 5    | 0
      完成得基本分,大于目标值的,每增加5%加1分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止 | 10 | 100亿元 | AT_LEAST | 96.5 | 7
      #  on a % indicator: percentage points (92 against 85 is 7 points: one step of 5%)
      完成得基本分,大于目标值的,每增加5%加1分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止 | 10 | 85%   | AT_LEAST | 92   | 11
      完成得基本分,大于目标值的,每增加5%加1分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止 | 10 | 85%   | AT_LEAST | 84.5 | 10
      完成得基本分,大于目标值的,每增加5%加1分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止 | 10 | 85%   | AT_LEAST | 80   | 5
      #  whole steps: 35 over with steps of 10 is 3 steps; 不足…按比例 3.5, 不足…按…计 4
      完成得基本分，每超过10%加1分                          | 5  | 100万元 | AT_LEAST | 135 | 8
      完成得基本分，每超过10万元加1分                        | 5  | 100万元 | AT_LEAST | 135 | 8
      完成得基本分，每超过10%加1分，不足10%的按比例计        | 5  | 100万元 | AT_LEAST | 135 | 8.5
      完成得基本分，每超过10%加1分，不足10%的按10%计         | 5  | 100万元 | AT_LEAST | 135 | 9
      #  a step in another magnitude of the same unit: 1000万元 is 0.1亿元
      完成得基本分，每超过1000万元加1分                      | 5  | 2亿元   | AT_LEAST | 2.35 | 8
      #  ceilings
      每超过10万元加0.5分，最高加2分；每低于10万元扣1分，扣完为止 | 8 | 100万元 | EXACTLY | 135 | 9.5
      每超过10万元加0.5分，最高加2分；每低于10万元扣1分，扣完为止 | 8 | 100万元 | EXACTLY | 200 | 10
      每超过10万元加0.5分，最高加2分；每低于10万元扣1分，扣完为止 | 8 | 100万元 | EXACTLY | 75  | 6
      每超过10万元加0.5分，最高加2分；每低于10万元扣1分，扣完为止 | 8 | 100万元 | EXACTLY | 0   | 0
      每超过1%加2分，加分至基本分值封顶                     | 4  | 50%     | AT_LEAST | 60  | 8
      #  all or nothing, and in proportion
      完成得基本分，未完成的不得分                          | 5  | 3500户  | AT_LEAST | 3499 | 0
      完成得基本分，未完成的不得分                          | 5  | 3500户  | AT_LEAST | 3500 | 5
      完成得基本分，未完成的不得分，每超过10%加1分           | 5  | 3500户  | AT_LEAST | 4200 | 7
      按完成比例得分                                        | 5  | 3500户  | AT_LEAST | 2800 | 4
      按完成比例得分                                        | 5  | 3500户  | AT_LEAST | 4000 | 5
      按完成比例得分                                        | 5  | 3500户  | AT_LEAST | -10  | 0
      #  the text says nothing below the target: the completion ratio
      完成得基本分，每超过5%加1分                           | 6  | 200人   | AT_LEAST | 150  | 4.5
      #  lower is better (控制在4.1%以内): above the target is the shortfall
      每超过0.1个百分点扣1分，扣完为止                      | 5  | 4.1%    | AT_MOST  | 4.3  | 3
      每超过0.1个百分点扣1分，扣完为止                      | 5  | 4.1%    | AT_MOST  | 4.0  | 5
      每超过0.1个百分点扣1分，扣完为止                      | 5  | 4.1%    | AT_MOST  | 5.5  | 0
      按完成比例得分                                        | 5  | 4%      | AT_MOST  | 5    | 4
      """)
  void scoresAsAClerkWould(String text, String weight, String target, Bound bound, String actual, String points) {
    BigDecimal got = StepRule.parse(text).points(Quantity.parse(target), bound, new BigDecimal(actual),
        new BigDecimal(weight));
    assertThat(got).isEqualByComparingTo(points);
  }

  @Test
  void byCompletionIsTheRatioOfTheWeight() {
    assertThat(StepRule.BY_COMPLETION).hasToString("完成得基本分；未完成的按完成比例得分");
    assertThat(StepRule.BY_COMPLETION.points(Quantity.parse("8%"), Bound.EXACTLY, new BigDecimal("6"), BigDecimal.TEN))
        .isEqualByComparingTo("7.5");
  }

  @Test
  void scoresATargetThroughItsFigureAndRefusesARelativeOne() {
    Target figure = new Target("镇级污水处理设施", Optional.empty(), TargetKind.AMOUNT, Bound.EXACTLY,
        Quantity.parse("6座"), Optional.empty(), Optional.empty(), new SourceSpan("6", 0, 1));
    Target relative = new Target("地区生产总值增速", Optional.empty(), TargetKind.GROWTH, Bound.AT_LEAST, null,
        Optional.empty(), Optional.empty(), new SourceSpan("不低于全省平均水平", 0, 9), false, Optional.empty(), Optional.empty(),
        Optional.of(new Reference("全省平均水平", Optional.of(Unit.PERCENT))));
    StepRule rule = StepRule.parse(ISSUE_TEXT);
    assertThat(rule.points(figure, new BigDecimal("7"), BigDecimal.TEN)).isEqualByComparingTo("13");
    assertThatThrownBy(() -> rule.points(relative, BigDecimal.ONE, BigDecimal.TEN))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("全省平均水平");
  }

  @Test
  void stepsMustFitTheIndicatorsUnit() {
    StepRule points = StepRule.parse("每超过1个百分点加1分");
    StepRule money = StepRule.parse("每超过10万元加1分");
    assertThat(points.fits(Unit.PERCENT)).isTrue();
    assertThat(points.fits(Unit.parse("座"))).isFalse();
    assertThat(money.fits(Unit.parse("亿元"))).isTrue();
    assertThat(money.fits(Unit.parse("吨"))).isFalse();
    assertThat(StepRule.parse(ISSUE_TEXT).fits(Unit.parse("座"))).isTrue();
    assertThatThrownBy(() -> money.points(Quantity.parse("5吨"), Bound.EXACTLY, BigDecimal.TEN, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("吨");
  }

  @Test
  void capsAreTheWeightOrTheirPoints() {
    assertThat(new BonusCap(Optional.empty()).limit(BigDecimal.TEN)).isEqualByComparingTo("10");
    assertThat(new BonusCap(Optional.of(BigDecimal.ONE)).limit(BigDecimal.TEN)).isEqualByComparingTo("1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      完成得基本分,年终根据全省平均水平综合考核                 | 8  | 评分标准中的 "年终根据全省平均水平综合考核" 无法读出
      每超过5%加1分，每超过5%                                 | 10 | 评分标准中的 "每超过5%" 无法读出
      每超过5斤斤加1分                                        | 1  | 的单位 "斤斤" 无法读出
      超过目标值的，每少1%扣1分                               | 8  | 与前面的条件(高于目标)方向相反
      每1%加1分                                               | 1  | 未说明是高于还是低于目标
      未完成的不得分，每低于1%扣1分                            | 1  | 自相矛盾
      未完成的不得分，按完成比例得分                           | 9  | 与前面未完成时的计分方式矛盾
      每超过5%加1分，不足10%的按比例计                         | 10 | 没有对应的计分步长 10%
      不足5%的按3%计                                          | 1  | 前后数值不同
      （数据以统计局公布为准）                                 | 1  | 中没有计分规则
      """)
  void refusesWhatItCannotReadAtItsColumn(String text, int column, String problem) {
    assertThatThrownBy(() -> StepRule.parse(text)).isInstanceOfSatisfying(InputException.class, e -> {
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(column);
      assertThat(e.problem()).contains(problem);
    });
    assertThat(StepRule.tryParse(text)).isEmpty();
  }

  @Test
  void refusesAnEmptyText() {
    assertThatThrownBy(() -> StepRule.parse(" ")).isInstanceOf(InputException.class).hasMessageContaining("评分标准为空");
  }
}
