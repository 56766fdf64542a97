package io.tracker.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An indicator table (考核指标表) with 分值 prints its units ranked by points in every report: the
 * worked three-county example of docs/indicators.md (docs/examples), whose points a clerk computes by
 * hand as 龙游县 32 of 16, 柯城区 28 of 24, 衢江区 7 of 24 (the computation is in IndicatorPointsTest
 * and docs/indicators.md).
 */
class IndicatorTableReportTest {
  private static final String BOOK = "../docs/examples/three-counties.csv";
  private static final String LEDGER = "../docs/examples/three-counties-ledger.csv";
  private static final List<String> RANKING = List.of("1 龙游县 32.00 16", "2 柯城区 28.00 24", "3 衢江区 7.00 24");

  @TempDir Path dir;

  /** The lines after {@code heading} up to the next blank line, cells separated by single spaces. */
  private static List<String> table(String text, String heading) {
    List<String> lines = text.lines().toList();
    int start = lines.indexOf(heading);
    assertThat(start).as("heading %s in%n%s", heading, text).isNotNegative();
    List<String> rows = new ArrayList<>();
    for (String line : lines.subList(start + 2, lines.size())) { // heading, column titles
      if (line.isBlank()) {
        break;
      }
      rows.add(line.strip().replaceAll("\\s+", " "));
    }
    return rows;
  }

  @Test
  void reportRanksTheCountiesByPointsInTheTerminalPageAndCsv() throws IOException {
    CliRun run = CliRun.of("report", "--book", BOOK, "--ledger", LEDGER, "--as-of", "2023-12-31", "--out", dir.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(table(run.out(), "考核得分排名（按评分标准计分）")).isEqualTo(RANKING);

    String page = Files.readString(dir.resolve("index.html"), UTF_8);
    Matcher row = Pattern.compile("<tr><td>(\\d+)</td><td>([^<]+)</td><td>([^<]+)</td><td>([^<]+)</td></tr>")
        .matcher(page.substring(page.indexOf("考核得分排名")));
    List<String> pageRows = new ArrayList<>();
    while (row.find()) {
      pageRows.add(row.group(1) + " " + row.group(2) + " " + row.group(3) + " " + row.group(4));
    }
    assertThat(pageRows).isEqualTo(RANKING);

    List<String> units = Files.readAllLines(dir.resolve("assessment.csv"), UTF_8).stream()
        .filter(line -> line.startsWith("单位,")).toList();
    assertThat(units).containsExactly("单位,,1,,龙游县,,,32.00,,,,,16", "单位,,2,,柯城区,,,28.00,,,,,24",
        "单位,,3,,衢江区,,,7.00,,,,,24");

    JsonNode json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .readTree(dir.resolve("assessment.json").toFile());
    List<String> jsonUnits = new ArrayList<>();
    json.get("units").forEach(u -> jsonUnits.add(u.get("name").asText() + " "
        + u.get("points").decimalValue().stripTrailingZeros().toPlainString() + " "
        + u.get("maxPoints").decimalValue().stripTrailingZeros().toPlainString()));
    assertThat(jsonUnits).containsExactly("柯城区 28 24", "衢江区 7 24", "龙游县 32 16");

    try (XSSFWorkbook workbook = new XSSFWorkbook(dir.resolve("assessment.xlsx").toFile())) {
      Sheet sheet = workbook.getSheet("考核得分");
      assertThat(sheet).as("sheet 考核得分").isNotNull();
      List<String> rows = new ArrayList<>();
      for (int i = 2; i <= sheet.getLastRowNum(); i++) { // title, header
        Row r = sheet.getRow(i);
        rows.add((int) r.getCell(0).getNumericCellValue() + " " + r.getCell(1).getStringCellValue() + " "
            + BigDecimal.valueOf(r.getCell(2).getNumericCellValue()).setScale(2) + " "
            + BigDecimal.valueOf(r.getCell(3).getNumericCellValue()).stripTrailingZeros().toPlainString());
      }
      assertThat(rows).isEqualTo(RANKING);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  @Test
  void aTaskListWithoutWeightsHasNoPointsAnywhere() throws IOException {
    CliRun run = CliRun.of("report", "--book", "../seeds/000_961a157e1ab25069.txt", "--ledger",
        "../seeds/simulated-ledger-2023-06-30.csv", "--as-of", "2023-06-30", "--out", dir.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("单位排名").doesNotContain("考核得分排名");
    assertThat(Files.readString(dir.resolve("index.html"), UTF_8)).doesNotContain("考核得分排名");
    assertThat(Files.readAllLines(dir.resolve("assessment.csv"), UTF_8)).noneMatch(l -> l.startsWith("单位,"));
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(dir.resolve("assessment.xlsx")))) {
      assertThat(workbook.getSheet("考核得分")).isNull();
      assertThat(workbook.getSheet("责任单位")).isNotNull();
    }
    JsonNode units = new ObjectMapper().readTree(dir.resolve("assessment.json").toFile()).get("units");
    units.forEach(u -> assertThat(u.has("points") || u.has("maxPoints")).isFalse());
  }

  @Test
  void benchmarksGiveRelativeTargetsTheirFigure() throws IOException {
    Path book = dir.resolve("指标.csv");
    Files.writeString(book, """
        序号,考核指标,计量单位,考核目标,,分值,评分标准
        ,,,柯城区,衢江区,,
        1,城镇居民人均可支配收入增速,%,不低于全省平均水平,7,5,完成得基本分；每低于1个百分点扣1分，扣完为止
        """, UTF_8);
    Path ledger = dir.resolve("ledger.csv");
    Files.writeString(ledger, "task,target,asOf,value\n1,1,2023-12-31,4.9\n1,2,2023-12-31,7.2\n", UTF_8);
    Path benchmarks = dir.resolve("基准.csv");
    Files.writeString(benchmarks, "reference,asOf,value\n全省平均水平,2023-12-31,6.1\n全国平均水平,2023-12-31,5.2\n", UTF_8);

    CliRun without = CliRun.of("score", "--book", book.toString(), "--year", "2023", "--ledger", ledger.toString(),
        "--as-of", "2023-12-31");
    assertThat(without.status()).as(without.err()).isZero();
    JsonNode unscored = new ObjectMapper().readTree(without.out()).get("tasks").get(0);
    assertThat(unscored.get("targets")).hasSize(1);
    assertThat(unscored.get("flags").get(0).get("code").asText()).isEqualTo("NO_BENCHMARK");

    CliRun with = CliRun.of("score", "--book", book.toString(), "--year", "2023", "--ledger", ledger.toString(),
        "--as-of", "2023-12-31", "--benchmarks", benchmarks.toString());
    assertThat(with.status()).as(with.err()).isZero();
    assertThat(with.err()).contains(benchmarks + ":3:1: 警告: 基准 \"全国平均水平\" 不是任务书中任何相对目标的比较对象");
    JsonNode scored = new ObjectMapper().readTree(with.out());
    assertThat(scored.get("tasks").get(0).get("targets")).hasSize(2);
    assertThat(scored.get("tasks").get(0).get("flags").findValuesAsText("code")).doesNotContain("NO_BENCHMARK");
    // 柯城区 4.9 against 6.1: 1.2 points short = 1 whole step: 5 − 1 = 4
    List<String> points = new ArrayList<>();
    scored.get("units").forEach(u -> points.add(u.get("name").asText() + " "
        + u.get("points").decimalValue().stripTrailingZeros().toPlainString()));
    assertThat(points).containsExactly("柯城区 4", "衢江区 5");
  }
}
