package io.tracker.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that assess: score, report, and the main job (no arguments). */
class AssessCommandsTest {
  private static final String BOOK = "../seeds/000_961a157e1ab25069.txt";
  private static final String LEDGER = "../seeds/simulated-ledger-2023-06-30.csv";

  @TempDir Path dir;

  @Test
  void scorePrintsTheAssessmentInItsPublishedShape() throws IOException {
    CliRun run = CliRun.of("score", "--book", BOOK, "--ledger", LEDGER, "--as-of", "2023-06-30");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("tasks")).hasSize(107);
    for (JsonNode task : json.get("tasks")) {
      assertThat(task.has("id") && task.has("score") && task.has("light")).isTrue();
      for (JsonNode flag : task.get("flags")) {
        assertThat(List.of("code", "light", "rule", "message")).allMatch(flag::has);
      }
      for (JsonNode target : task.get("targets")) {
        assertThat(List.of("position", "completion", "score")).allMatch(target::has);
      }
    }
    assertThat(json.get("units")).hasSize(38);
    assertThat(List.of("name", "score", "lead", "co", "red", "yellow")).allMatch(json.get("units").get(0)::has);
    assertThat(List.of("name", "score", "red", "yellow", "green")).allMatch(json.get("leaders").get(0)::has);
    assertThat(json.get("total").isNumber()).isTrue();
  }

  @Test
  void scoreGivenThePreviousMonthsAssessmentPrintsTheSameAssessment() throws IOException {
    CliRun may = CliRun.of("score", "--book", BOOK, "--ledger", LEDGER, "--as-of", "2023-05-31");
    assertThat(may.status()).as(may.err()).isZero();
    Path previous = dir.resolve("2023-05-31.json");
    Files.writeString(previous, may.out(), UTF_8);

    CliRun given = CliRun.of("score", "--book", BOOK, "--ledger", LEDGER, "--as-of", "2023-06-30", "--previous", previous.toString());
    CliRun full = CliRun.of("score", "--book", BOOK, "--ledger", LEDGER, "--as-of", "2023-06-30");

    assertThat(given.status()).as(given.err()).isZero();
    assertThat(given.out()).isEqualTo(full.out());
    assertThat(new ObjectMapper().readTree(given.out()).get("history").get("monthEnds")).hasSize(5);
  }

  @Test
  void scoreRefusesAPreviousAssessmentDatedAfterTheAsOfDate() throws IOException {
    CliRun july = CliRun.of("score", "--book", BOOK, "--ledger", LEDGER, "--as-of", "2023-07-31");
    Path previous = dir.resolve("2023-07-31.json");
    Files.writeString(previous, july.out(), UTF_8);

    CliRun run = CliRun.of("score", "--book", BOOK, "--ledger", LEDGER, "--as-of", "2023-06-30", "--previous", previous.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(previous + ":0:0: 上一期评估 (截至 2023-07-31) 晚于本期截至日期 2023-06-30: 应传入本期之前的评估");
  }

  @Test
  void scoreRefusesALedgerNamingATaskTheBookLacks() throws IOException {
    Path ledger = dir.resolve("ledger.csv");
    Files.writeString(ledger, "task,target,asOf,value,status,percent,note,reporter,reportedAt\n"
        + "1,1,2023-06-30,12.5,,,,县财政局,\n"
        + "999,1,2023-06-30,3,,,,县财政局,\n", UTF_8);
    CliRun run = CliRun.of("score", "--book", BOOK, "--ledger", ledger.toString(), "--as-of", "2023-06-30");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith(ledger + ":3:").contains("999");
  }

  @Test
  void scorePassesTheYearToTheReader() throws IOException {
    Path book = dir.resolve("tasks.csv");
    Files.writeString(book, "序号,任务,责任单位,完成时限\n1,建设县公共交通服务中心,县交通运输局,11月底\n", UTF_8);
    Path ledger = dir.resolve("ledger.csv");
    Files.writeString(ledger, "task,target,asOf,value,status,percent,note,reporter,reportedAt\n"
        + "1,,2024-06-30,,IN_PROGRESS,40,,县交通运输局,\n", UTF_8);
    CliRun run = CliRun.of("score", "--book", book.toString(), "--year", "2024", "--ledger", ledger.toString(),
        "--as-of", "2024-06-30");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("tasks")).hasSize(1);
    assertThat(json.get("tasks").get(0).get("id").asText()).isEqualTo("1");

    CliRun withoutYear = CliRun.of("score", "--book", book.toString(), "--ledger", ledger.toString(), "--as-of", "2024-06-30");
    assertThat(withoutYear.status()).isEqualTo(2);
    assertThat(withoutYear.errLines()).singleElement().asString().startsWith(book + ":1:1: 无年度列");
    CliRun conflicting = CliRun.of("report", "--book", BOOK, "--year", "2024", "--ledger", LEDGER, "--as-of", "2024-06-30");
    assertThat(conflicting.status()).isEqualTo(2);
    assertThat(conflicting.out()).isEmpty();
    assertThat(conflicting.errLines()).singleElement().asString().startsWith(BOOK + ":3:1: 标题 ")
        .contains("与给定的年份 2024 (--year) 不同");
  }

  @Test
  void scoreRefusesAnAsOfDateOutsideTheBooksYear() {
    CliRun run = CliRun.of("score", "--book", BOOK, "--ledger", LEDGER, "--as-of", "2024-01-15");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "--as-of:1:1: 日期 \"2024-01-15\" 不在任务清单的年度 2023 内: 应为 2023 年的日期");
  }

  @Test
  void reportPrintsTheLedgerAndWritesThePageJsonAndCsv() throws IOException {
    CliRun run = CliRun.of("report", "--book", BOOK, "--ledger", LEDGER, "--as-of", "2023-06-30", "--out", dir.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("西乡县2023年政府工作报告任务督查台账", "单位排名", "包抓领导");
    assertThat(run.out().lines().filter(line -> line.matches("^(\\d+) .*")).count()).isEqualTo(107);
    assertThat(dir.resolve("index.html")).isNotEmptyFile();
    assertThat(dir.resolve("assessment.csv")).isNotEmptyFile();
    assertThat(new ObjectMapper().readTree(dir.resolve("assessment.json").toFile()).get("tasks")).hasSize(107);
  }

  @Test
  void noArgumentsRunsTheMainJobOnTheSample() {
    String before = System.getProperty("tracker.home");
    System.setProperty("tracker.home", "..");
    try {
      CliRun run = CliRun.of();
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out()).contains("截至2023-06-30");
      assertThat(Path.of("..", "target", "report", "index.html")).isNotEmptyFile();
    } finally {
      if (before == null) {
        System.clearProperty("tracker.home");
      } else {
        System.setProperty("tracker.home", before);
      }
    }
  }

  /** A small book and ledger in which task 1 is yellow at three month ends and at 30 June. */
  private void yellowForMonths() throws IOException {
    Files.writeString(dir.resolve("book.csv"), """
        序号,任务,责任单位,包抓领导,完成时限,年度
        1,新建标准化厂房100个,县发改局,张三,12月底,2023
        2,完善养老服务体系,县民政局,张三,12月底,2023
        """, UTF_8);
    Files.writeString(dir.resolve("ledger.csv"), """
        task,target,asOf,value,status,percent,note,reporter
        1,1,2023-03-31,10,,,,县发改局
        1,1,2023-05-31,20,,,,县发改局
        1,1,2023-06-30,30,,,,县发改局
        2,,2023-06-30,,IN_PROGRESS,50,,县民政局
        """, UTF_8);
  }

  @Test
  void anAnalystsRulesUsingEarlierLightOrangeAndTallyWorkFromTheCommandLine() throws IOException {
    yellowForMonths();
    Path rules = Path.of("../tracker-rules/src/main/resources/io/tracker/rules/examples/five-colours");
    CliRun run = CliRun.of("score", "--book", dir.resolve("book.csv").toString(), "--ledger", dir.resolve("ledger.csv").toString(),
        "--as-of", "2023-06-30", "--rules", rules.toString());
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode tree = new ObjectMapper().readTree(run.out());
    JsonNode task = tree.get("tasks").get(0);
    assertThat(task.get("light").asText()).isEqualTo("ORANGE");
    assertThat(task.get("flags").get(0).get("code").asText()).isEqualTo("REPEATED_YELLOW");
    assertThat(task.get("flags").get(0).get("message").asText())
        .isEqualTo("截至2023-06-30,任务此前已有3个月末亮黄灯,本期仍亮黄灯,列入督办");
    assertThat(tree.get("units").get(0).get("orange").asInt()).isEqualTo(1);
    assertThat(tree.get("leaders").get(0).get("orange").asInt()).isEqualTo(1);
    JsonNode tally = tree.get("tallies").get(0);
    assertThat(tally.get("name").asText()).isEqualTo("橙灯任务数");
    assertThat(tally.get("scope").asText()).isEqualTo("book");
    assertThat(tally.get("value").decimalValue()).isEqualByComparingTo("1");

    CliRun report = CliRun.of("report", "--book", dir.resolve("book.csv").toString(), "--ledger",
        dir.resolve("ledger.csv").toString(), "--as-of", "2023-06-30", "--rules", rules.toString(),
        "--out", dir.resolve("report").toString());
    assertThat(report.status()).as(report.err()).isZero();
    assertThat(report.out()).contains("橙灯1", "统计", "橙灯任务数  全县  1");
    assertThat(Files.readString(dir.resolve("report").resolve("index.html"), UTF_8)).contains("橙灯", "<h2>统计</h2>");
    assertThat(Files.readString(dir.resolve("report").resolve("assessment.csv"), UTF_8)).contains("统计,,,,橙灯任务数,全县,,1");
    List<String> cells = new ArrayList<>();
    try (org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(
        dir.resolve("report").resolve("assessment.xlsx").toFile(), null, true)) {
      book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.add(cell.toString()))));
    }
    assertThat(cells).contains("统计：橙灯任务数", "橙灯");
  }

  @Test
  void ratingsComeInWithTheirFileAndABadRowIsOneLine() throws IOException {
    yellowForMonths();
    Path rules = Path.of("../tracker-rules/src/main/resources/io/tracker/rules/examples/rating-80-20");
    Files.writeString(dir.resolve("ratings.csv"), "unit,task,source,score,asOf\n县民政局,,领导评价,100,2023-06-30\n", UTF_8);
    CliRun run = CliRun.of("score", "--book", dir.resolve("book.csv").toString(), "--ledger", dir.resolve("ledger.csv").toString(),
        "--as-of", "2023-06-30", "--rules", rules.toString(), "--ratings", dir.resolve("ratings.csv").toString());
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode units = new ObjectMapper().readTree(run.out()).get("units");
    assertThat(units.get(1).get("name").asText()).isEqualTo("县民政局");
    assertThat(units.get(1).get("score").decimalValue()).isEqualByComparingTo("60"); // 0.8 × 50 + 0.2 × 100

    Files.writeString(dir.resolve("bad.csv"), "unit,task,source,score,asOf\n县民政局,,领导评价,90,2023-13-01\n", UTF_8);
    CliRun bad = CliRun.of("score", "--book", dir.resolve("book.csv").toString(), "--ledger", dir.resolve("ledger.csv").toString(),
        "--as-of", "2023-06-30", "--ratings", dir.resolve("bad.csv").toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.errLines()).containsExactly(
        dir.resolve("bad.csv") + ":2:15: 日期 \"2023-13-01\" 不是日期: 应为如 2023-06-30 的日期");
  }
}
