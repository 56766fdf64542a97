package io.tracker.rules;

import static io.tracker.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.ledger.ExpectedProgress.Basis;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.Status;
import io.tracker.quantity.Magnitude;
import io.tracker.quantity.Unit;
import io.tracker.target.Bound;
import io.tracker.target.Period;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scoring rules and scenarios on the seed's tasks, built by hand; figures computed by hand. */
class AssessorTest {
  private static final Unit PERCENT = Unit.PERCENT;
  private static Assessor assessor;

  @BeforeAll
  static void compileOnce() {
    assessor = DefaultRules.assessor();
  }

  private static TaskResult only(Assessment a) {
    assertThat(a.tasks()).hasSize(1);
    return a.tasks().get(0);
  }

  private static List<String> codes(TaskResult t) {
    return t.flags().stream().map(RiskFlag::code).toList();
  }

  // ---- seed task 5: 发行专债4.5亿元以上 ---------------------------------------------------------

  @Test
  void task5With3Point2BillionAtJuneEndIsAheadOfExpectedProgress() {
    Assessment a = assessor.assess(book(task5()), ledger(
        value("5", 1, "2023-06-30", "20"), value("5", 2, "2023-06-30", "3.2"), value("5", 3, "2023-06-30", "0.6")),
        date("2023-06-30"));
    TaskResult t = only(a);
    // 20/30 = 0.6667, 3.2/4.5 = 0.7111, 0.6/1 = 0.6; expected 6/11 = 0.5455.
    assertThat(t.targets()).extracting(TargetResult::completion)
        .containsExactly(new BigDecimal("0.6667"), new BigDecimal("0.7111"), new BigDecimal("0.6000"));
    assertThat(t.targets()).extracting(TargetResult::expectedShare).containsOnly(new BigDecimal("0.5455"));
    assertThat(t.targets().get(1).pointsBehind()).isEqualTo(new BigDecimal("-16.56"));
    assertThat(t.flags()).isEmpty();
    assertThat(t.light()).isEqualTo(Light.GREEN);
    // (66.67 + 71.11 + 60.00) / 3 = 65.9267.
    assertThat(t.score()).isEqualTo(new BigDecimal("65.93"));
    assertThat(a.units()).containsExactly(
        new UnitResult("县发改局", new BigDecimal("65.93"), 1, 0, 0, 0),
        new UnitResult("县财政局", new BigDecimal("65.93"), 0, 1, 0, 0));
    assertThat(a.leaders()).containsExactly(new LeaderResult("王五", new BigDecimal("65.93"), 0, 0, 0, 1));
    assertThat(a.total()).isEqualTo(new BigDecimal("65.93"));
  }

  @Test
  void task5With2BillionLagsWithTheIssuesMessage() {
    Assessment a = assessor.assess(book(task5()), ledger(
        value("5", 1, "2023-06-30", "20"), value("5", 2, "2023-06-30", "2.0"), value("5", 3, "2023-06-30", "0.6")),
        date("2023-06-30"));
    TaskResult t = only(a);
    assertThat(t.targets().get(1).completion()).isEqualTo(new BigDecimal("0.4444"));
    assertThat(t.targets().get(1).pointsBehind()).isEqualTo(new BigDecimal("10.11"));
    RiskFlag lagging = t.flags().stream().filter(f -> f.code().equals("LAGGING")).findFirst().orElseThrow();
    assertThat(lagging.message())
        .isEqualTo("截至2023-06-30,发行专债完成2.0亿元,目标4.5亿元以上,完成44.4%,时序进度54.5%,落后10.1个百分点");
    // 2.0 × 334 / 181 = 3.69 < 4.5 as well.
    assertThat(codes(t)).containsExactly("FORECAST_MISS", "LAGGING");
    assertThat(t.light()).isEqualTo(Light.YELLOW);
    assertThat(a.units()).extracting(UnitResult::yellow).containsExactly(1, 1);
  }

  @Test
  void aLaterReportForTheSameDateCorrectsTheEarlierOne() {
    Assessment a = assessor.assess(book(task5()), ledger(
        value("5", 1, "2023-06-30", "20"), value("5", 2, "2023-06-30", "2.0"), value("5", 3, "2023-06-30", "0.6"),
        value("5", 2, "2023-06-30", "3.2")),
        date("2023-06-30"));
    assertThat(only(a).targets().get(1).completion()).isEqualTo(new BigDecimal("0.7111"));
    assertThat(only(a).flags()).isEmpty();
  }

  @Test
  void unreportedTargetsScoreZeroAndAreMarked() {
    TaskResult t = only(assessor.assess(book(task5()), ledger(value("5", 2, "2023-06-30", "3.2")), date("2023-06-30")));
    assertThat(t.targets()).extracting(TargetResult::reported).containsExactly(false, true, false);
    assertThat(t.targets()).extracting(TargetResult::score)
        .containsExactly(new BigDecimal("0.00"), new BigDecimal("71.11"), new BigDecimal("0.00"));
    assertThat(t.score()).isEqualTo(new BigDecimal("23.70")); // 71.11 / 3
    assertThat(codes(t)).containsExactly("NO_REPORT", "NO_REPORT");
  }

  // ---- completion by kind and bound ---------------------------------------------------------

  @ParameterizedTest(name = "{0} {1} {2}{3}, actual {4} → {5}")
  @CsvSource({
    // AT_MOST (ceiling): 1 when actual ≤ target, else target ÷ actual
    "AMOUNT, AT_MOST, 100, 个, 80, 1.0000",
    "AMOUNT, AT_MOST, 100, 个, 100, 1.0000",
    "AMOUNT, AT_MOST, 100, 个, 125, 0.8000",
    // ABOUT: ±0.5 percentage point for %, inclusive; outside the ratio, clamped at the cap
    "GROWTH, ABOUT, 8, %, 7.5, 1.0000",
    "GROWTH, ABOUT, 8, %, 8.5, 1.0000",
    "GROWTH, ABOUT, 8, %, 7.4, 0.9250",
    "GROWTH, ABOUT, 8, %, 8.6, 1.0000",
    // ABOUT: ±2 % relative for amounts, inclusive
    "AMOUNT, ABOUT, 100, 个, 98, 1.0000",
    "AMOUNT, ABOUT, 100, 个, 97.9, 0.9790",
    // growth ÷ target rate; a negative growth scores 0; decline ÷ target decline
    "GROWTH, AT_LEAST, 16, %, 12, 0.7500",
    "GROWTH, EXACTLY, 13, %, -1.5, 0.0000",
    "DECLINE, EXACTLY, 5, %, 4, 0.8000",
    "LEVEL, AT_LEAST, 80, %, 60, 0.7500",
  })
  void completionOfTheLatestReport(TargetKind kind, Bound bound, String value, String unit, String actual,
      String completion) {
    Target target = target("指标", kind, bound, value, unit.equals("%") ? PERCENT : GE);
    TaskResult t = only(assessor.assess(book(task("1", target)), ledger(value("1", 1, "2023-06-30", actual)),
        date("2023-06-30")));
    assertThat(t.targets().get(0).completion()).isEqualTo(new BigDecimal(completion));
    assertThat(t.targets().get(0).score()).isEqualTo(new BigDecimal(completion).movePointRight(2).setScale(2));
  }

  @Test
  void maintainIsMetOnlyWhenEveryReportKeepsTheLevel() {
    // 粮食播种面积稳定在40万亩.
    Task grain = task("21", target("粮食播种面积", TargetKind.MAINTAIN, Bound.EXACTLY, "40", WAN_MU));
    ProgressLedger kept = ledger(value("21", 1, "2023-03-31", "40.5"), value("21", 1, "2023-06-30", "41"));
    ProgressLedger dipped = ledger(value("21", 1, "2023-03-31", "40.5"), value("21", 1, "2023-04-30", "39"),
        value("21", 1, "2023-06-30", "41"));
    assertThat(only(assessor.assess(book(grain), kept, date("2023-06-30"))).score()).isEqualTo(new BigDecimal("100.00"));
    // the worst report: 39 / 40 = 0.975.
    TaskResult t = only(assessor.assess(book(grain), dipped, date("2023-06-30")));
    assertThat(t.targets().get(0).completion()).isEqualTo(new BigDecimal("0.9750"));
    assertThat(t.score()).isEqualTo(new BigDecimal("97.50"));
    // 空气优良天数稳定在331天以上 kept at 331.
    Task air = task("60", target("空气优良天数", TargetKind.MAINTAIN, Bound.AT_LEAST, "331", TIAN));
    assertThat(only(assessor.assess(book(air), ledger(value("60", 1, "2023-06-30", "331")), date("2023-06-30")))
        .score()).isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void policyCapsAndWeightsTargets() {
    Task task3 = task("3", target("规上工业增加值", TargetKind.GROWTH, Bound.AT_LEAST, "14", PERCENT),
        target("社会消费品零售总额", TargetKind.GROWTH, Bound.AT_LEAST, "12", PERCENT));
    ProgressLedger reports = ledger(value("3", 1, "2023-06-30", "16.1"), value("3", 2, "2023-06-30", "6"));
    // default: 16.1/14 = 1.15 capped at 1 → 100; 6/12 = 0.5 → 50; mean 75.
    assertThat(only(assessor.assess(book(task3), reports, date("2023-06-30"))).score())
        .isEqualTo(new BigDecimal("75.00"));
    // cap 1.2 and target 1 weighing 3: (3 × 115 + 1 × 50) / 4 = 98.75.
    ScoringPolicy policy = ScoringPolicy.defaults().withCap(new BigDecimal("1.2"))
        .withTargetWeight(new TargetRef("3", 1), new BigDecimal("3"));
    TaskResult t = only(assessor.assess(book(task3), reports, date("2023-06-30"), policy));
    assertThat(t.targets().get(0).completion()).isEqualTo(new BigDecimal("1.1500"));
    assertThat(t.score()).isEqualTo(new BigDecimal("98.75"));
  }

  @Test
  void daysBasisForExpectedProgress() {
    // 181 days of 334 to 30 November: 0.5419.
    TaskResult t = only(assessor.assess(book(task5()), ledger(value("5", 2, "2023-06-30", "3.2")), date("2023-06-30"),
        ScoringPolicy.defaults().withBasis(Basis.DAYS)));
    assertThat(t.targets().get(1).expectedShare()).isEqualTo(new BigDecimal("0.5419"));
  }

  // ---- tasks without targets, units, leaders, total -----------------------------------------

  @Test
  void tasksWithoutTargetsScoreByStatus() {
    Task a = task("7", Optional.of(deadline(NOV_END)), List.of(lead("县经合中心")), List.of("张三"));
    Task b = task("12", Optional.of(deadline(NOV_END)), List.of(lead("县发改局"), co("县经合中心")), List.of("张三"));
    Task c = task("13", Optional.of(deadline(NOV_END)), List.of(lead("县经贸局")), List.of("李四"));
    Task d = task("14", Optional.of(deadline(NOV_END)), List.of(lead("县经贸局")), List.of("李四"));
    TaskBook book = book(a, b, c, d);
    Assessment result = assessor.assess(book, ledger(
        status("7", "2023-06-30", Status.DONE, null),
        status("12", "2023-06-30", Status.IN_PROGRESS, "40"),
        status("13", "2023-06-30", Status.IN_PROGRESS, null),
        status("14", "2023-05-31", Status.IN_PROGRESS, "90"),
        status("14", "2023-06-30", Status.BLOCKED, null)), date("2023-06-30"));
    assertThat(result.tasks()).extracting(TaskResult::score).containsExactly(
        new BigDecimal("100.00"), new BigDecimal("40.00"), new BigDecimal("50.00"), new BigDecimal("0.00"));
    // 12 is 40 % done against 54.5 % 时序进度 (yellow); 13 gives no percent (not judged); 14 is blocked (red).
    assertThat(result.tasks()).extracting(TaskResult::light)
        .containsExactly(Light.GREEN, Light.YELLOW, Light.GREEN, Light.RED);
    // 县经合中心 leads 7 (100, weight 2) and co-operates on 12 (40, weight 1): 240 / 3 = 80.
    assertThat(result.units()).containsExactly(
        new UnitResult("县经合中心", new BigDecimal("80.00"), 1, 1, 0, 1),
        new UnitResult("县发改局", new BigDecimal("40.00"), 1, 0, 0, 1),
        new UnitResult("县经贸局", new BigDecimal("25.00"), 2, 0, 1, 0));
    assertThat(result.leaders()).containsExactly(
        new LeaderResult("张三", new BigDecimal("70.00"), 0, 1, 0, 1),
        new LeaderResult("李四", new BigDecimal("25.00"), 1, 0, 0, 1));
    assertThat(result.total()).isEqualTo(new BigDecimal("47.50")); // 190 / 4
    // lead 3, co 1: 县经合中心 (3 × 100 + 40) / 4 = 85.
    Assessment weighted = assessor.assess(book, ledger(status("7", "2023-06-30", Status.DONE, null),
        status("12", "2023-06-30", Status.IN_PROGRESS, "40")), date("2023-06-30"),
        ScoringPolicy.defaults().withUnitWeights(new BigDecimal("3"), BigDecimal.ONE));
    assertThat(weighted.units().get(0).score()).isEqualTo(new BigDecimal("85.00"));
  }

  // ---- memory of lights ---------------------------------------------------------------------

  @Test
  void caughtUpRemembersTheLastRedMonthEnd() {
    Task revenue = task("1", target("地方财政收入", TargetKind.GROWTH, Bound.EXACTLY, "13", PERCENT));
    // 8% at 31 March: 38.46 behind, red at the end of March and April; 12.5% at 31 May: 3.85 behind.
    ProgressLedger reports = ledger(value("1", 1, "2023-03-31", "8"), value("1", 1, "2023-05-31", "12.5"));
    TaskResult t = only(assessor.assess(book(revenue), reports, date("2023-06-10")));
    assertThat(codes(t)).containsExactly("CAUGHT_UP");
    assertThat(t.light()).isEqualTo(Light.YELLOW);
    assertThat(t.flags().get(0).message()).isEqualTo("截至2023-06-10,任务曾于2023-04-30亮红灯,现已无红灯和滞后预警,持续关注");
    // at 31 May itself only March and April ended earlier: still caught up; at 30 April it is red now.
    assertThat(codes(only(assessor.assess(book(revenue), reports, date("2023-05-31"))))).containsExactly("CAUGHT_UP");
    assertThat(codes(only(assessor.assess(book(revenue), reports, date("2023-04-30"))))).containsExactly("SEVERELY_LAGGING");
  }

  @Test
  void aMonthEndBeforeTheFirstReportIsNotJudged() {
    // Due 2月底; first report (met) on 30 April. 31 March would be red (overdue, unreported) if judged.
    Task early = task("9", Optional.of(deadline(LocalDate.of(2023, 2, 28))), List.of(lead("县行政审批局")), List.of(),
        target("计划落实项目前期经费", TargetKind.AMOUNT, Bound.EXACTLY, "2000", new Unit(Magnitude.WAN, "元")));
    TaskResult t = only(assessor.assess(book(early), ledger(value("9", 1, "2023-04-30", "2000")), date("2023-05-15")));
    assertThat(t.flags()).isEmpty();
    assertThat(t.light()).isEqualTo(Light.GREEN);
  }

  @Test
  void phaseTargetOfTask10() {
    // 一季度开工率达80%以上, 二季度达100%, 完成年度投资120亿元以上.
    Task task10 = task("10", target("开工率", TargetKind.LEVEL, Bound.AT_LEAST, "80", PERCENT, Period.Q1),
        target("开工率", TargetKind.LEVEL, Bound.EXACTLY, "100", PERCENT, Period.Q2),
        target("完成年度投资", TargetKind.AMOUNT, Bound.AT_LEAST, "120", YI_YUAN));
    ProgressLedger reports = ledger(value("10", 1, "2023-03-31", "75"), value("10", 2, "2023-06-30", "100"),
        value("10", 3, "2023-06-30", "70"));
    TaskResult t = only(assessor.assess(book(task10), reports, date("2023-07-10")));
    // target 1: 75 at the end of Q1 < 80; target 3: 70/120 = 0.5833 vs 6/11 = 0.5455 ahead; 70 × 334/181 = 129.2 ≥ 120.
    // Its latest report is 101 days old. 75/80 = 0.9375 against an expected 1: 6.25 behind, on track.
    assertThat(t.flags()).extracting(f -> f.code() + "@" + f.target().getAsInt())
        .containsExactly("PHASE_MISSED@1", "NO_REPORT@1"); // worst light first
    assertThat(t.targets().get(0).pointsBehind()).isEqualTo(new BigDecimal("6.25"));
    assertThat(t.light()).isEqualTo(Light.RED);
  }
}
