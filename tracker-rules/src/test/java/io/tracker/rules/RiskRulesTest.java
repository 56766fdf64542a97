package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.ledger.ExpectedProgress;
import io.tracker.ledger.Status;
import io.tracker.rules.fact.AsOf;
import io.tracker.rules.fact.EarlierRed;
import io.tracker.rules.fact.Measure;
import io.tracker.rules.fact.MeasureKind;
import io.tracker.rules.fact.Phase;
import io.tracker.rules.fact.Policy;
import io.tracker.rules.fact.StatusReport;
import io.tracker.rules.fact.TargetFact;
import io.tracker.rules.fact.TaskFact;
import io.tracker.target.Bound;
import io.tracker.target.TargetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One test per default risk rule: given facts → exactly these flags, figures computed by hand. */
class RiskRulesTest {
  private static final LocalDate NOV_END = LocalDate.of(2023, 11, 30);
  private static Assessor assessor;

  @BeforeAll
  static void compileOnce() {
    assessor = DefaultRules.assessor();
  }

  // ---- fact builders --------------------------------------------------------------------------

  private LocalDate asOf;

  private List<Object> given(String asOfDate, Object... facts) {
    asOf = LocalDate.parse(asOfDate);
    List<Object> all = new ArrayList<>();
    all.add(new AsOf(asOf, 2023, ChronoUnit.DAYS.between(LocalDate.of(2023, 1, 1), asOf) + 1));
    all.add(new Policy(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.ONE));
    all.addAll(Arrays.asList(facts));
    return all;
  }

  private static TaskFact task(String id, int targets, LocalDate deadline, String asOf, int units, int leads) {
    LocalDate date = LocalDate.parse(asOf);
    return new TaskFact(id, targets, deadline, ChronoUnit.DAYS.between(date, deadline), units, leads,
        ExpectedProgress.share(TargetKind.AMOUNT, deadline, date, 2023, ExpectedProgress.Basis.MONTHS), List.of());
  }

  private static TargetFact target(String task, int position, String metric, TargetKind kind, Bound bound,
      String value, String unit, LocalDate due, String expectedShare) {
    return new TargetFact(task, position, metric, kind, bound, new BigDecimal(value), unit, unit.equals("%"), due,
        ChronoUnit.DAYS.between(LocalDate.of(2023, 1, 1), due) + 1, new BigDecimal(expectedShare), BigDecimal.ONE, false);
  }

  private static Measure measure(String task, int position, MeasureKind kind, String date, String value, String asOf) {
    LocalDate d = LocalDate.parse(date);
    return new Measure(task, position, kind, d, new BigDecimal(value), ChronoUnit.DAYS.between(d, LocalDate.parse(asOf)),
        ChronoUnit.DAYS.between(LocalDate.of(2023, 1, 1), d) + 1);
  }

  private List<RiskFlag> flags(List<Object> facts) {
    return assessor.derive(facts).stream().filter(RiskFlag.class::isInstance).map(RiskFlag.class::cast)
        .sorted(java.util.Comparator.comparing(RiskFlag::code)).toList();
  }

  private List<String> codes(List<Object> facts) {
    return flags(facts).stream().map(f -> f.code() + f.target().stream().mapToObj(p -> "@" + p).findFirst().orElse(""))
        .toList();
  }

  private Light light(List<Object> facts, String task) {
    return assessor.derive(facts).stream().filter(TaskLight.class::isInstance).map(TaskLight.class::cast)
        .filter(l -> l.taskId().equals(task)).map(TaskLight::light).findFirst().orElseThrow();
  }

  /** 地方财政收入增长13% (task 1), due 11月底, actual {@code actual}% at 30 June. */
  private List<Object> revenueGrowth(String target, String actual) {
    return given("2023-06-30", task("1", 1, NOV_END, "2023-06-30", 1, 1),
        target("1", 1, "地方财政收入", TargetKind.GROWTH, Bound.EXACTLY, target, "%", NOV_END, "1.0000"),
        measure("1", 1, MeasureKind.LATEST, "2023-06-30", actual, "2023-06-30"));
  }

  /** 开工率达80%以上 (level), due 11月底, actual {@code actual}% reported on {@code reported}. */
  private List<Object> startRate(String asOfDate, String reported, String actual) {
    return given(asOfDate, task("10", 1, NOV_END, asOfDate, 1, 1),
        target("10", 1, "开工率", TargetKind.LEVEL, Bound.AT_LEAST, "80", "%", NOV_END, "1.0000"),
        measure("10", 1, MeasureKind.LATEST, reported, actual, asOfDate));
  }

  // ---- LAGGING and SEVERELY_LAGGING -----------------------------------------------------------

  @Test
  void laggingBetweenTenAndThirtyPointsBehind() {
    // 10 ÷ 13 = 0.7692; expected 1 (growth); 100 × (1 − 0.7692) = 23.08 points behind.
    List<RiskFlag> flags = flags(revenueGrowth("13", "10.0"));
    assertThat(flags).hasSize(1);
    RiskFlag lag = flags.get(0);
    assertThat(lag.code()).isEqualTo("LAGGING");
    assertThat(lag.light()).isEqualTo(Light.YELLOW);
    assertThat(lag.rule()).isEqualTo("滞后预警");
    assertThat(lag.target()).hasValue(1);
    assertThat(lag.message()).isEqualTo(
        "截至2023-06-30,地方财政收入增长10.0%,目标增长13%,完成76.9%,时序进度100.0%,落后23.0个百分点");
    assertThat(lag.inputs()).containsEntry("pointsBehind", "23.0").containsEntry("completion", "76.9%");
  }

  @Test
  void laggingBoundsAreInclusiveAndUnderTenIsOnTrack() {
    assertThat(codes(revenueGrowth("10", "9.0"))).containsExactly("LAGGING@1"); // exactly 10.00 behind
    assertThat(codes(revenueGrowth("10", "9.01"))).isEmpty(); // 9.90 behind
    assertThat(codes(revenueGrowth("10", "7.0"))).containsExactly("LAGGING@1"); // exactly 30.00 behind
  }

  @Test
  void severelyLaggingOverThirtyPointsBehind() {
    // 8 ÷ 13 = 0.6154; 38.46 points behind.
    List<RiskFlag> flags = flags(revenueGrowth("13", "8.0"));
    assertThat(flags).extracting(RiskFlag::code).containsExactly("SEVERELY_LAGGING");
    assertThat(flags.get(0).light()).isEqualTo(Light.RED);
    assertThat(flags.get(0).message()).isEqualTo(
        "截至2023-06-30,地方财政收入增长8.0%,目标增长13%,完成61.5%,时序进度100.0%,落后38.4个百分点,严重滞后");
    assertThat(codes(revenueGrowth("10", "6.99"))).containsExactly("SEVERELY_LAGGING@1"); // 30.10 behind
  }

  @Test
  void aNegativeGrowthScoresZeroAndIsFarBehind() {
    assertThat(codes(revenueGrowth("13", "-2.0"))).containsExactly("SEVERELY_LAGGING@1");
  }

  // ---- OVERDUE and DUE_SOON -------------------------------------------------------------------

  @Test
  void overdueWhenTheDeadlineHasPassedAndTheTargetIsNotMet() {
    // 75 ÷ 80 = 0.9375, 6.25 behind (on track), but 5 December is after 30 November.
    List<RiskFlag> flags = flags(startRate("2023-12-05", "2023-11-30", "75"));
    assertThat(flags).extracting(RiskFlag::code).containsExactly("OVERDUE");
    assertThat(flags.get(0).light()).isEqualTo(Light.RED);
    assertThat(flags.get(0).message()).isEqualTo("截至2023-12-05,开工率目标80%以上完成93.7%,已过完成时限2023-11-30仍未完成");
    assertThat(codes(startRate("2023-12-05", "2023-11-30", "80"))).isEmpty(); // met: 80 ≥ 80
    assertThat(codes(startRate("2023-11-30", "2023-11-30", "75"))).containsExactly("DUE_SOON@1"); // on the day
  }

  @Test
  void dueSoonFromThirtyDaysBeforeTheDeadline() {
    List<RiskFlag> flags = flags(startRate("2023-11-10", "2023-10-31", "75"));
    assertThat(flags).extracting(RiskFlag::code).containsExactly("DUE_SOON");
    assertThat(flags.get(0).light()).isEqualTo(Light.BLUE);
    assertThat(flags.get(0).message()).isEqualTo("截至2023-11-10,开工率目标80%以上完成93.7%,距完成时限2023-11-30还有20天");
    assertThat(codes(startRate("2023-10-31", "2023-10-31", "75"))).containsExactly("DUE_SOON@1"); // 30 days
    assertThat(codes(startRate("2023-10-30", "2023-10-30", "75"))).isEmpty(); // 31 days
    assertThat(codes(startRate("2023-11-10", "2023-10-31", "81"))).isEmpty(); // met
  }

  @Test
  void statusTaskOverdueAndDueSoonUnlessDone() {
    TaskFact task7 = task("7", 0, NOV_END, "2023-12-05", 1, 1);
    StatusReport inProgress = new StatusReport("7", Status.IN_PROGRESS, null, LocalDate.of(2023, 11, 30), 5, "");
    StatusReport done = new StatusReport("7", Status.DONE, null, LocalDate.of(2023, 11, 30), 5, "");
    List<RiskFlag> overdue = flags(given("2023-12-05", task7, inProgress));
    assertThat(overdue).extracting(RiskFlag::code).containsExactly("OVERDUE");
    assertThat(overdue.get(0).target()).isEmpty();
    assertThat(overdue.get(0).message()).isEqualTo("截至2023-12-05,任务已过完成时限2023-11-30仍未完成");
    assertThat(codes(given("2023-12-05", task7, done))).isEmpty();
    TaskFact soon = task("7", 0, NOV_END, "2023-11-20", 1, 1);
    StatusReport recent = new StatusReport("7", Status.BLOCKED, null, LocalDate.of(2023, 11, 15), 5, "");
    assertThat(codes(given("2023-11-20", soon, recent))).containsExactlyInAnyOrder("DUE_SOON", "BLOCKED");
  }

  // ---- NO_REPORT ------------------------------------------------------------------------------

  @Test
  void noReportWhenTheLatestIsMoreThanThirtyOneDaysOld() {
    List<RiskFlag> flags = flags(startRate("2023-07-02", "2023-05-31", "80")); // 32 days, target met
    assertThat(flags).extracting(RiskFlag::code).containsExactly("NO_REPORT");
    assertThat(flags.get(0).light()).isEqualTo(Light.YELLOW);
    assertThat(flags.get(0).message()).isEqualTo("截至2023-07-02,开工率最近一次报送为2023-05-31,已32天未报送");
    assertThat(codes(startRate("2023-07-01", "2023-05-31", "80"))).isEmpty(); // 31 days
  }

  @Test
  void noReportWhenThereIsNoneAfterJanuary() {
    TargetFact rate = target("10", 1, "开工率", TargetKind.LEVEL, Bound.AT_LEAST, "80", "%", NOV_END, "1.0000");
    List<RiskFlag> flags = flags(given("2023-02-01", task("10", 1, NOV_END, "2023-02-01", 1, 1), rate));
    assertThat(flags).extracting(RiskFlag::code).containsExactly("NO_REPORT");
    assertThat(flags.get(0).message()).isEqualTo("截至2023-02-01,开工率尚无报送");
    assertThat(codes(given("2023-01-31", task("10", 1, NOV_END, "2023-01-31", 1, 1), rate))).isEmpty();
    TaskFact task7 = task("7", 0, NOV_END, "2023-02-01", 1, 1);
    assertThat(codes(given("2023-02-01", task7))).containsExactly("NO_REPORT");
    assertThat(codes(given("2023-03-05", task("7", 0, NOV_END, "2023-03-05", 1, 1),
        new StatusReport("7", Status.IN_PROGRESS, null, LocalDate.of(2023, 1, 31), 33, "")))).containsExactly("NO_REPORT");
  }

  // ---- REGRESSION and FORECAST_MISS -----------------------------------------------------------

  private List<Object> specialBonds(String asOfDate, Measure... measures) {
    List<Object> facts = new ArrayList<>(List.of(task("5", 3, NOV_END, asOfDate, 2, 2),
        target("5", 2, "发行专债", TargetKind.AMOUNT, Bound.AT_LEAST, "4.5", "亿元", NOV_END, "0.5455")));
    facts.addAll(Arrays.asList(measures));
    return given(asOfDate, facts.toArray());
  }

  @Test
  void regressionWhenTheCumulativeAmountFalls() {
    // 储备政府专项债项目30个: 25 after 26; 25 ÷ 30 = 0.8333 is ahead of 0.5455; 25 × 334 ÷ 181 = 46.1 ≥ 30.
    List<Object> facts = given("2023-06-30", task("5", 3, NOV_END, "2023-06-30", 2, 2),
        target("5", 1, "储备政府专项债项目", TargetKind.AMOUNT, Bound.EXACTLY, "30", "个", NOV_END, "0.5455"),
        measure("5", 1, MeasureKind.LATEST, "2023-06-30", "25", "2023-06-30"),
        measure("5", 1, MeasureKind.PREVIOUS, "2023-05-31", "26", "2023-06-30"));
    List<RiskFlag> flags = flags(facts);
    assertThat(flags).extracting(RiskFlag::code).containsExactly("REGRESSION");
    assertThat(flags.get(0).message()).isEqualTo(
        "截至2023-06-30,储备政府专项债项目完成25.0个(2023-06-30),低于上次报送(2023-05-31)的26.0个");
  }

  @Test
  void forecastMissWhenTheRateSoFarFallsShortOfTheTarget() {
    // 2.3 ÷ 4.5 = 0.5111, 3.44 behind: on track; but 2.3 × 334 ÷ 181 = 4.2442 < 4.5.
    List<RiskFlag> flags = flags(specialBonds("2023-06-30", measure("5", 2, MeasureKind.LATEST, "2023-06-30", "2.3", "2023-06-30")));
    assertThat(flags).extracting(RiskFlag::code).containsExactly("FORECAST_MISS");
    assertThat(flags.get(0).message()).isEqualTo("按2023-06-30发行专债完成2.3亿元推算,2023-11-30可完成4.24亿元,低于目标4.5亿元以上");
    // 2.44 × 334 ÷ 181 = 4.5025 ≥ 4.5: no flag.
    assertThat(codes(specialBonds("2023-06-30", measure("5", 2, MeasureKind.LATEST, "2023-06-30", "2.44", "2023-06-30"))))
        .isEmpty();
  }

  @Test
  void specialBondsExampleOfTheIssueLagsAndMissesTheForecast() {
    List<RiskFlag> flags = flags(specialBonds("2023-06-30", measure("5", 2, MeasureKind.LATEST, "2023-06-30", "2.0", "2023-06-30")));
    assertThat(flags).extracting(RiskFlag::code).containsExactly("FORECAST_MISS", "LAGGING");
    assertThat(flags.get(1).message())
        .isEqualTo("截至2023-06-30,发行专债完成2.0亿元,目标4.5亿元以上,完成44.4%,时序进度54.5%,落后10.1个百分点");
  }

  // ---- PHASE_MISSED ---------------------------------------------------------------------------

  private List<Object> phaseTarget(Object... measures) {
    List<Object> facts = new ArrayList<>(List.of(task("10", 3, NOV_END, "2023-07-10", 1, 1),
        target("10", 1, "开工率", TargetKind.LEVEL, Bound.AT_LEAST, "80", "%", LocalDate.of(2023, 3, 31), "1.0000"),
        new Phase("10", 1, "一季度", LocalDate.of(2023, 3, 31), 101)));
    facts.addAll(Arrays.asList(measures));
    return given("2023-07-10", facts.toArray());
  }

  @Test
  void phaseMissedWhenTheReportAtThePeriodEndFallsShort() {
    // 一季度开工率达80%以上: 75 on 31 March (missed) though 100 by 30 June.
    List<RiskFlag> flags = flags(phaseTarget(
        measure("10", 1, MeasureKind.PERIOD_END, "2023-03-31", "75", "2023-07-10"),
        measure("10", 1, MeasureKind.LATEST, "2023-06-30", "100", "2023-07-10")));
    assertThat(flags).extracting(RiskFlag::code).containsExactly("PHASE_MISSED");
    assertThat(flags.get(0).light()).isEqualTo(Light.RED);
    assertThat(flags.get(0).message()).isEqualTo("截至2023-03-31(一季度),开工率达75.0%,未达到阶段目标80%以上");
    assertThat(codes(phaseTarget(
        measure("10", 1, MeasureKind.PERIOD_END, "2023-03-31", "80", "2023-07-10"),
        measure("10", 1, MeasureKind.LATEST, "2023-06-30", "100", "2023-07-10")))).isEmpty();
  }

  @Test
  void phaseMissedWhenNothingWasReportedByThePeriodEnd() {
    List<RiskFlag> flags = flags(phaseTarget(measure("10", 1, MeasureKind.LATEST, "2023-06-30", "100", "2023-07-10")));
    assertThat(flags).extracting(RiskFlag::code).containsExactly("PHASE_MISSED");
    assertThat(flags.get(0).message()).isEqualTo("截至2023-03-31(一季度),开工率无报送,未达到阶段目标80%以上");
  }

  // ---- CAUGHT_UP and NO_LEAD ------------------------------------------------------------------

  @Test
  void caughtUpWhenRedEarlierAndNowWithoutRedOrLagging() {
    EarlierRed red = new EarlierRed("1", List.of(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 4, 30)));
    List<Object> onTrack = new ArrayList<>(revenueGrowth("13", "12.0")); // 7.69 behind
    onTrack.add(red);
    List<RiskFlag> flags = flags(onTrack);
    assertThat(flags).extracting(RiskFlag::code).containsExactly("CAUGHT_UP");
    assertThat(flags.get(0).light()).isEqualTo(Light.YELLOW);
    assertThat(flags.get(0).message()).isEqualTo("截至2023-06-30,任务曾于2023-04-30亮红灯,现已无红灯和滞后预警,持续关注");
    List<Object> lagging = new ArrayList<>(revenueGrowth("13", "10.0"));
    lagging.add(red);
    assertThat(codes(lagging)).containsExactly("LAGGING@1");
    List<Object> stillRed = new ArrayList<>(revenueGrowth("13", "8.0"));
    stillRed.add(red);
    assertThat(codes(stillRed)).containsExactly("SEVERELY_LAGGING@1");
  }

  @Test
  void noLeadWhenSeveralUnitsAndNoneLeads() {
    List<RiskFlag> flags = flags(given("2023-01-15", task("4", 0, NOV_END, "2023-01-15", 2, 0)));
    assertThat(flags).extracting(RiskFlag::code).containsExactly("NO_LEAD");
    assertThat(flags.get(0).light()).isEqualTo(Light.BLUE);
    assertThat(flags.get(0).message()).isEqualTo("任务有2个责任单位,无法确定牵头单位");
    assertThat(codes(given("2023-01-15", task("4", 0, NOV_END, "2023-01-15", 2, 1)))).isEmpty();
    assertThat(codes(given("2023-01-15", task("4", 0, NOV_END, "2023-01-15", 1, 0)))).isEmpty();
  }

  // ---- task light -----------------------------------------------------------------------------

  @Test
  void aTaskTakesItsWorstFlagsLight() {
    assertThat(light(given("2023-01-15", task("4", 0, NOV_END, "2023-01-15", 1, 1)), "4")).isEqualTo(Light.GREEN);
    assertThat(light(given("2023-01-15", task("4", 0, NOV_END, "2023-01-15", 2, 0)), "4")).isEqualTo(Light.BLUE);
    assertThat(light(revenueGrowth("13", "10.0"), "1")).isEqualTo(Light.YELLOW);
    // FORECAST_MISS (yellow) with SEVERELY_LAGGING (red): red.
    List<Object> both = specialBonds("2023-06-30", measure("5", 2, MeasureKind.LATEST, "2023-06-30", "1.0", "2023-06-30"));
    assertThat(codes(both)).containsExactly("FORECAST_MISS@2", "SEVERELY_LAGGING@2");
    assertThat(light(both, "5")).isEqualTo(Light.RED);
  }
}
