package io.tracker.rules;

import static io.tracker.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.imports.ImportOptions;
import io.tracker.imports.TaskBookReader;
import io.tracker.ledger.Benchmarks;
import io.tracker.ledger.ProgressLedger;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Relative targets (不低于全省平均水平): unscored and flagged NO_BENCHMARK until a benchmark gives the figure. */
class RelativeTargetsTest {
  private static final LocalDate YEAR_END = LocalDate.of(2023, 12, 31);
  private static final TaskBook BOOK = TaskBookReader.read(new StringReader("""
      序号,考核指标,计量单位,考核目标,,分值,评分标准
      ,,,柯城区,衢江区,,
      1,城镇居民人均可支配收入增速,%,不低于全省平均水平,7,5,完成得基本分；每低于1个百分点扣1分，扣完为止
      """), "指标.csv", ImportOptions.defaults().withYear(2023)).book();
  private static final ProgressLedger LEDGER = ledger(value("1", 1, "2023-12-31", "5.6"), value("1", 2, "2023-12-31", "7.2"));
  private static Assessor assessor;

  @BeforeAll
  static void compileOnce() {
    assessor = DefaultRules.assessor();
  }

  @Test
  void aRelativeTargetWithoutABenchmarkIsUnscoredAndFlaggedBlue() {
    Assessment a = assessor.assess(BOOK, LEDGER, YEAR_END);
    TaskResult task = a.tasks().get(0);
    assertThat(task.targets()).extracting(TargetResult::position).containsExactly(2);
    assertThat(task.flags()).extracting(RiskFlag::code, RiskFlag::light, f -> f.target().getAsInt())
        .contains(org.assertj.core.groups.Tuple.tuple("NO_BENCHMARK", Light.BLUE, 1));
    assertThat(task.flags()).filteredOn(f -> f.code().equals("NO_BENCHMARK")).extracting(RiskFlag::message)
        .containsExactly("目标1为相对目标(全省平均水平),尚无基准值,暂不计分");
    assertThat(task.light()).isEqualTo(Light.BLUE);
    // 柯城区 is judged on nothing yet; 衢江区 met 7%: 5 points
    assertThat(IndicatorPointsTest.points(a)).containsExactly(Map.entry("衢江区", "5.00/5"));
    assertThat(a.units()).filteredOn(u -> u.name().equals("衢江区")).extracting(UnitResult::score)
        .containsExactly(new BigDecimal("100.00"));
  }

  @Test
  void aBenchmarkGivesTheFigureAndTheTargetIsScored() throws IOException {
    Benchmarks benchmarks = Benchmarks.read(new StringReader("reference,asOf,value\n全省平均水平,2023-12-31,6.1\n"),
        "基准.csv");
    Assessment a = assessor.assess(benchmarks.resolve(BOOK, YEAR_END), LEDGER, YEAR_END);
    TaskResult task = a.tasks().get(0);
    assertThat(task.targets()).extracting(TargetResult::position).containsExactly(1, 2);
    assertThat(task.flags()).extracting(RiskFlag::code).doesNotContain("NO_BENCHMARK");
    // 柯城区 5.6 against 6.1: 0.5 points short, no whole step: 5 − 0 = 5
    assertThat(IndicatorPointsTest.points(a)).containsExactly(Map.entry("柯城区", "5.00/5"), Map.entry("衢江区", "5.00/5"));
    // scores of their own targets: 柯城区 5.6 of 6.1 (91.80), 衢江区 met 7
    assertThat(a.units()).extracting(u -> u.name() + " " + u.score()).containsExactly("柯城区 91.80", "衢江区 100.00");
  }
}
