package io.tracker.rules;

import static io.tracker.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.imports.TaskBookReader;
import io.tracker.ledger.LedgerReader;
import io.tracker.ledger.ProgressLedger;
import io.tracker.quantity.Unit;
import io.tracker.rules.scenario.Scenario;
import io.tracker.target.Bound;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Points per unit (考核得分) for indicator tables: the default rules apply each indicator's scoring text
 * (评分标准) as a step rule, else 分值 × completion, and sum a unit's points over the indicators it is
 * judged on.
 */
class IndicatorPointsTest {
  private static final Path EXAMPLES = Path.of("..", "docs", "examples");
  private static Assessor assessor;

  @BeforeAll
  static void compileOnce() {
    assessor = DefaultRules.assessor();
  }

  /** "unit points/maxPoints" for every unit with points, in assessment order. */
  static Map<String, String> points(Assessment assessment) {
    Map<String, String> points = new LinkedHashMap<>();
    for (UnitResult unit : assessment.units()) {
      unit.points().ifPresent(p -> points.put(unit.name(),
          p.toPlainString() + "/" + unit.maxPoints().orElseThrow().toPlainString()));
    }
    return points;
  }

  /**
   * The worked example of docs/indicators.md, through the importer, the ledger reader and the default
   * rules. By hand, from the printed scoring texts and the year-end values of three-counties-ledger.csv:
   *
   * <pre>
   * 1 污水处理设施, 分值 10, 每增加5%加1分 / 每少1%扣1分, 扣完为止 (steps relative to the target):
   *   柯城区 1 of 1 → 10;  衢江区 5 of 6: 16.7% short = 16 steps, 10 − 16 → 0;  龙游县 3 of 2: 50% over = 10 steps → 20
   * 2 污水处理率, 分值 8, 每超1个百分点加0.5分 最高加2分 / 每低1个百分点扣1分 扣完为止 (a % indicator: points):
   *   柯城区 92 vs 85: 7 × 0.5 = 3.5 → capped 2 → 10;  衢江区 83.5 vs 85: 1.5 points = 1 step → 7;  龙游县 "/" not judged
   * 3 污水治理投资, 分值 6, 每超100万元加1分 至基本分值封顶 / 未完成的不得分:
   *   柯城区 780 vs 500: 2 steps → 8;  衢江区 1150 vs 1200 → 0;  龙游县 1000 vs 300: 7 steps → 13, capped 12
   * 柯城区 10 + 10 + 8 = 28 of 24;  衢江区 0 + 7 + 0 = 7 of 24;  龙游县 20 + 12 = 32 of 16
   * </pre>
   */
  @Test
  void givesEachCountyThePointsAClerkComputes() throws IOException {
    TaskBook book = TaskBookReader.read(EXAMPLES.resolve("three-counties.csv")).strictBook();
    ProgressLedger ledger = LedgerReader.read(EXAMPLES.resolve("three-counties-ledger.csv"), book);
    Assessment assessment = assessor.assess(book, ledger, LocalDate.of(2023, 12, 31));
    assertThat(points(assessment)).containsExactly(
        Map.entry("柯城区", "28.00/24"), Map.entry("衢江区", "7.00/24"), Map.entry("龙游县", "32.00/16"));
    // score stays a 0–100 mean, of the unit's own targets only: 衢江区 5 of 6 座 (83.33), 83.5 of 85%
    // (98.24), 1150 of 1200万元 (95.83) → 92.47; the others met all of theirs
    assertThat(assessment.units()).extracting(u -> u.name() + " " + u.score())
        .containsExactly("柯城区 100.00", "衢江区 92.47", "龙游县 100.00");
  }

  /**
   * A unit's red, yellow and orange counts follow its own targets on a task with a target per unit: at
   * the year end 衢江区's 5 of 6 座 and 1150 of 1200万元 are forecast to miss (FORECAST_MISS, 黄灯), so
   * tasks 1 and 3 are yellow, and yellow for 衢江区 alone; 柯城区 and 龙游县 met every target of theirs.
   */
  @Test
  void eachCountyIsLitOnItsOwnTargets() throws IOException {
    TaskBook book = TaskBookReader.read(EXAMPLES.resolve("three-counties.csv")).strictBook();
    ProgressLedger ledger = LedgerReader.read(EXAMPLES.resolve("three-counties-ledger.csv"), book);
    Assessment assessment = assessor.assess(book, ledger, LocalDate.of(2023, 12, 31));
    assertThat(assessment.tasks()).extracting(t -> t.id() + " " + t.light())
        .containsExactly("1 YELLOW", "2 BLUE", "3 YELLOW");
    assertThat(assessment.tasks().get(0).flags()).extracting(RiskFlag::code).contains("FORECAST_MISS");
    assertThat(assessment.units()).extracting(u -> u.name() + " 红" + u.red() + " 黄" + u.yellow() + " 橙" + u.orange())
        .containsExactly("柯城区 红0 黄0 橙0", "衢江区 红0 黄2 橙0", "龙游县 红0 黄0 橙0");
  }

  private static Task weighted(String id, String weight, Optional<String> scoring, List<String> leads, Target... targets) {
    Task plain = task(id, Optional.empty(), leads.stream().map(Fixtures::lead).toList(), List.of("张三"), targets);
    return new Task(plain.id(), plain.section(), plain.text(), plain.responsibility(), plain.leaders(),
        plain.deadline(), plain.targets(), List.of(), Optional.of(new BigDecimal(weight)), scoring, Optional.empty());
  }

  private static Target forUnit(Target target, String unit) {
    return target.assignedTo(unit);
  }

  @Test
  void aUnitIsJudgedOnlyOnItsOwnTargetsAndLeadUnitsOnTargetsOfTheWholeTask() {
    Target count = target("新建5G基站", TargetKind.AMOUNT, Bound.EXACTLY, "100", GE);
    TaskBook book = book(
        weighted("1", "10", Optional.of("完成得基本分；每超过10%加1分；每低于10%扣2分，扣完为止"), List.of("柯城区", "衢江区"),
            forUnit(count, "柯城区"), forUnit(target("新建5G基站", TargetKind.AMOUNT, Bound.EXACTLY, "50", GE), "衢江区")),
        weighted("2", "5", Optional.empty(), List.of("柯城区", "县经信局"),
            target("工业投资", TargetKind.AMOUNT, Bound.EXACTLY, "20", YI_YUAN)),
        task("3", target("地区生产总值", TargetKind.GROWTH, Bound.EXACTLY, "7", Unit.PERCENT)));
    ProgressLedger ledger = ledger(value("1", 1, "2023-06-30", "125"), value("1", 2, "2023-06-30", "40"),
        value("2", 1, "2023-06-30", "15"), value("3", 1, "2023-06-30", "7"));
    Assessment a = assessor.assess(book, ledger, LocalDate.of(2023, 6, 30));
    // 柯城区: 125 of 100 = 2 whole steps → 12; 工业投资 15 of 20 without a scoring text: 5 × 0.75 = 3.75
    // 衢江区: 40 of 50 = 20% short = 2 steps of −2 → 6, and nothing else
    // 县经信局: lead of task 2 only → 3.75 of 5; task 3 has no 分值: its unit gets no points
    assertThat(points(a)).containsExactly(Map.entry("柯城区", "15.75/15"), Map.entry("衢江区", "6.00/10"),
        Map.entry("县经信局", "3.75/5"));
    assertThat(a.units()).filteredOn(u -> u.points().isEmpty()).extracting(UnitResult::name).containsExactly("县发改局");
  }

  @Test
  void aTargetWithoutAReportEarnsNothingAndAnUnreadableTextScoresByCompletion() {
    TaskBook book = book(
        weighted("1", "10", Optional.of("完成得基本分；每超过10%加1分"), List.of("柯城区"),
            target("新建5G基站", TargetKind.AMOUNT, Bound.EXACTLY, "100", GE)),
        weighted("2", "4", Optional.of("发生一起较大事故扣3分"), List.of("柯城区"),
            target("新建5G基站", TargetKind.AMOUNT, Bound.EXACTLY, "100", GE)));
    Assessment a = assessor.assess(book, ledger(value("2", 1, "2023-06-30", "60")), LocalDate.of(2023, 6, 30));
    assertThat(points(a)).containsExactly(Map.entry("柯城区", "2.40/14"));
  }

  /**
   * The example rule set indicator-points scores indicator 2 in tiers instead of by its scoring text:
   * 柯城区 85% of a ≥90% target earns 6 − 5 = 1 point by the text, half the 分值 (3) in tiers; 衢江区 met it
   * (6 either way). Indicator 1 stays with its text: 柯城区 12, 衢江区 6.
   */
  @Test
  void anAnalystsRuleSetOverridesTheScoringTextOfOneIndicator() {
    Path dir = ExampleScenariosTest.examples().resolve("indicator-points");
    Scenario scenario = Scenario.read(RuleSet.scenarioFiles(dir).get(0));
    Assessment byText = assessor.assess(scenario.book(), scenario.ledger(), scenario.asOf());
    assertThat(points(byText)).containsExactly(Map.entry("柯城区", "13.00/16"), Map.entry("衢江区", "12.00/16"));
    Assessment overridden = Assessor.withRules(RuleSet.forDirectory(dir))
        .assess(scenario.book(), scenario.ledger(), scenario.asOf());
    assertThat(points(overridden)).containsExactly(Map.entry("柯城区", "15.00/16"), Map.entry("衢江区", "12.00/16"));
  }

  @Test
  void aBookWithoutWeightsHasNoPoints() {
    TaskBook book = book(task5());
    Assessment a = assessor.assess(book, ledger(), LocalDate.of(2023, 6, 30));
    assertThat(a.units()).isNotEmpty().allSatisfy(u -> assertThat(u.points()).isEmpty());
  }
}
