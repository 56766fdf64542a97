package io.tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.target.StepRule;
import io.tracker.target.Target;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10's "done when": a three-county indicator table with 分值 and three scoring texts
 * (docs/examples/three-counties.csv, written for this test; the worked example of docs/indicators.md)
 * gives each county, indicator by indicator, the points a clerk of the assessment office computes by
 * hand from the printed text:
 *
 * <pre>
 * 指标 (分值)                评分标准                                    柯城区        衢江区        龙游县
 * 1 污水处理设施 (10, 座)    每增加5%加1分, 每少1%扣1分, 扣完为止          目标1 实际1   目标6 实际5   目标2 实际3
 *                                                                       恰好完成 10   少16.7%:16步  多50%:10步
 *                                                                                    10-16→0       10+10=20
 * 2 污水处理率 (8, %)        每超1个百分点加0.5分,最高加2分;             ≥85 实际92    ≥85 实际83.5  /(不考核)
 *                           每低1个百分点扣1分,扣完为止                  7点:+3.5→封顶2 1.5点:1步     —
 *                                                                       8+2=10        8-1=7
 * 3 污水治理投资 (6, 万元)   每超100万元加1分,加分至基本分值封顶;          目标500 实际780 目标1200 实际1150 目标300 实际1000
 *                           未完成的不得分                              280:2步 6+2=8 未完成 0      700:7步 6+7=13→封顶12
 * 合计 (满分)                                                           28 (24)       7 (24)        32 (16)
 * </pre>
 */
class ThreeCountiesTest {
  /** The worked example of docs/indicators.md. */
  static final Path TABLE = Path.of("..", "docs", "examples", "three-counties.csv");

  private static TaskBook book() {
    ImportResult result = TaskBookReader.read(TABLE);
    assertThat(result.warnings()).isEmpty();
    return result.book();
  }

  private static Target targetOf(Task task, String county) {
    List<Target> targets = task.targets().stream().filter(t -> t.assignee().orElseThrow().equals(county)).toList();
    assertThat(targets).hasSize(1);
    return targets.get(0);
  }

  @Test
  void importsTheTableAsPrinted() {
    TaskBook book = book();
    assertThat(book.year()).isEqualTo(2023);
    assertThat(IndicatorTableImportTest.tasks(book)).containsExactly(
        "1 建设镇级污水处理设施 | 柯城区、衢江区、龙游县 | 10 | 市建设局 | 柯城区:AMOUNT EXACTLY 1座 衢江区:AMOUNT EXACTLY 6座"
            + " 龙游县:AMOUNT EXACTLY 2座",
        "2 城镇污水处理率 | 柯城区、衢江区 | 8 | 市生态环境局 | 柯城区:LEVEL AT_LEAST 85% 衢江区:LEVEL AT_LEAST 85%",
        "3 农村生活污水治理投资(万元) | 柯城区、衢江区、龙游县 | 6 | 市农业农村局 | 柯城区:AMOUNT EXACTLY 500万元"
            + " 衢江区:AMOUNT EXACTLY 1200万元 龙游县:AMOUNT EXACTLY 300万元");
    assertThat(book.tasks()).allSatisfy(t -> assertThat(StepRule.tryParse(t.scoringText().orElseThrow())).isPresent());
  }

  /** Each county's actual value per indicator (年终实绩) and the points the clerk computes. */
  @ParameterizedTest(name = "{0} 第{1}项: 实际 {2} → {3} 分")
  @CsvSource(delimiter = '|', textBlock = """
      柯城区 | 1 | 1    | 10
      衢江区 | 1 | 5    | 0
      龙游县 | 1 | 3    | 20
      柯城区 | 2 | 92   | 10
      衢江区 | 2 | 83.5 | 7
      柯城区 | 3 | 780  | 8
      衢江区 | 3 | 1150 | 0
      龙游县 | 3 | 1000 | 12
      """)
  void givesThePointsAClerkComputes(String county, int indicator, String actual, String points) {
    Task task = book().tasks().get(indicator - 1);
    StepRule rule = StepRule.parse(task.scoringText().orElseThrow());
    assertThat(rule.points(targetOf(task, county), new BigDecimal(actual), task.weight().orElseThrow()))
        .isEqualByComparingTo(points);
  }

  @Test
  void sumsToEachCountysPointsOutOfItsMaximum() {
    Map<String, List<String>> actuals = Map.of(
        "柯城区", List.of("1", "92", "780"),
        "衢江区", List.of("5", "83.5", "1150"),
        "龙游县", List.of("3", "", "1000"));
    Map<String, String> totals = new LinkedHashMap<>();
    for (String county : List.of("柯城区", "衢江区", "龙游县")) {
      BigDecimal points = BigDecimal.ZERO;
      BigDecimal max = BigDecimal.ZERO;
      for (int i = 0; i < 3; i++) {
        Task task = book().tasks().get(i);
        if (task.targets().stream().noneMatch(t -> t.assignee().orElseThrow().equals(county))) {
          continue; // "/": not assessed on this indicator
        }
        points = points.add(StepRule.parse(task.scoringText().orElseThrow())
            .points(targetOf(task, county), new BigDecimal(actuals.get(county).get(i)), task.weight().orElseThrow()));
        max = max.add(task.weight().orElseThrow());
      }
      totals.put(county, points.toPlainString() + "/" + max.toPlainString());
    }
    assertThat(totals).containsExactly(Map.entry("柯城区", "28/24"), Map.entry("衢江区", "7/24"),
        Map.entry("龙游县", "32/16"));
  }
}
