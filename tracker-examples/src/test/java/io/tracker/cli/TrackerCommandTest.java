package io.tracker.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tracker.Seeds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process with captured streams. */
class TrackerCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void importPrintsTheSeedBookAsJson() throws IOException {
    CliRun run = CliRun.of("import", Seeds.path(Seeds.XIXIANG_2023).toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    JsonNode book = JSON.readTree(run.out());
    assertThat(book.get("tasks").size()).isEqualTo(107);
    assertThat(book.get("issuedOn").asText()).isEqualTo("2023-03-10");
    assertThat(book.get("tasks").get(30).get("units").get(0).get("name").asText()).isEqualTo("县交通运输局");
    assertThat(book.get("tasks").get(30).get("units").get(0).get("printed").asText()).isEqualTo("县交通运输");
  }

  @Test
  void importWithCharset(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("seed.txt");
    Files.write(file, Files.readString(Seeds.path(Seeds.XIXIANG_2023), UTF_8).getBytes("GB18030"));
    CliRun run = CliRun.of("import", "--charset", "GB18030", file.toString());
    assertThat(run.status()).isZero();
    assertThat(JSON.readTree(run.out()).get("tasks").size()).isEqualTo(107);
  }

  @Test
  void badInputExitsTwoWithOneLocatedLineAndNoOutput(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.txt");
    String seed = Files.readString(Seeds.path(Seeds.XIXIANG_2023), UTF_8);
    // Task 2's number line (line 56) printed as 3: the numbering skips.
    List<String> lines = new java.util.ArrayList<>(seed.lines().toList());
    assertThat(lines.get(55)).isEqualTo("2");
    lines.set(55, "3");
    Files.writeString(file, String.join("\n", lines), UTF_8);
    CliRun run = CliRun.of("import", file.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(file + ":56:1: 序号 \"3\" 接在 \"1\" 之后: 应为 \"2\"");
  }

  @Test
  void missingFileExitsTwoWithOneLine(@TempDir Path dir) {
    Path missing = dir.resolve("missing.txt");
    CliRun run = CliRun.of("import", missing.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(missing + ":0:0: 没有文件 \"" + missing + "\": 应为任务清单文件");
  }

  /** A CSV list as real ones are printed: no 年度 column, deadlines without a year. */
  private static final String CSV_WITHOUT_YEAR = "序号,任务,责任单位,包抓领导,完成时限\n"
      + "1,地方财政收入增长13%,县财政局,王永安,11月底\n"
      + "2,建设县公共交通服务中心,县交通运输局,钱剑锋,6月30日前\n";

  @Test
  void importWithYearReadsACsvListPrintingNone(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tasks.csv");
    Files.writeString(file, CSV_WITHOUT_YEAR, UTF_8);
    CliRun run = CliRun.of("import", file.toString(), "--year", "2024");
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    JsonNode book = JSON.readTree(run.out());
    assertThat(book.get("year").asInt()).isEqualTo(2024);
    assertThat(book.get("tasks").get(0).get("deadline").get("date").asText()).isEqualTo("2024-11-30");
    assertThat(book.get("tasks").get(1).get("deadline").get("date").asText()).isEqualTo("2024-06-30");

    CliRun withoutYear = CliRun.of("import", file.toString());
    assertThat(withoutYear.status()).isEqualTo(2);
    assertThat(withoutYear.out()).isEmpty();
    assertThat(withoutYear.errLines()).singleElement().asString()
        .startsWith(file + ":1:1: 无年度列、未给定年份 (--year)").contains("--year");
  }

  @Test
  void importWithAYearTheFileContradictsExitsTwoWithOneLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tasks.csv");
    Files.writeString(file, "序号,任务,责任单位,完成时限,年度\n1,地方财政收入增长13%,县财政局,11月底,2023\n", UTF_8);
    CliRun run = CliRun.of("import", "--year", "2024", file.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(file + ":2:25: 年度 \"2023\" 与给定的年份 2024 (--year) 不同: "
        + "应为给定的年份, 或不印年度列");
    CliRun seed = CliRun.of("import", "--year", "2022", Seeds.path(Seeds.XIXIANG_2023).toString());
    assertThat(seed.status()).isEqualTo(2);
    assertThat(seed.out()).isEmpty();
    assertThat(seed.errLines()).singleElement().asString()
        .startsWith(Seeds.path(Seeds.XIXIANG_2023) + ":3:1: 标题 ").contains("2023", "2022 (--year)");
    CliRun shortYear = CliRun.of("import", "--year", "24", file.toString());
    assertThat(shortYear.status()).isEqualTo(2);
    assertThat(shortYear.errLines())
        .containsExactly("--year:1:1: 年份 \"24\": 应为四位数的年份, 如 2024");
  }

  @Test
  void badArgumentsExitTwoWithOneLine() {
    CliRun unknownCharset = CliRun.of("import", "--charset", "NO-SUCH-CHARSET", "x.txt");
    assertThat(unknownCharset.status()).isEqualTo(2);
    assertThat(unknownCharset.errLines()).hasSize(1);
    assertThat(unknownCharset.err()).contains("NO-SUCH-CHARSET");
    CliRun unknownSubcommand = CliRun.of("frobnicate");
    assertThat(unknownSubcommand.status()).isEqualTo(2);
    assertThat(unknownSubcommand.errLines()).hasSize(1);
    assertThat(unknownSubcommand.err()).contains("frobnicate");
    CliRun noFile = CliRun.of("import");
    assertThat(noFile.status()).isEqualTo(2);
    assertThat(noFile.errLines()).hasSize(1);
  }

  @Test
  void badArgumentsAreOneChineseLineNamingTheCommand() {
    assertThat(CliRun.of("frobnicate").errLines())
        .containsExactly("tracker: 不认识的参数 \"frobnicate\" (见 tracker --help)");
    assertThat(CliRun.of("score", "--book", "b.txt").errLines())
        .containsExactly("--ledger:0:0: 缺少选项 --ledger: --book FILE、--ledger FILE、--as-of DATE 三者都给出, 或都不给 (用示例数据)");
    assertThat(CliRun.of("simulate", "--book", "b.txt", "--as-of", "2023-06-30").errLines())
        .containsExactly("tracker simulate: 缺少选项 --seed=N (见 tracker simulate --help)");
    assertThat(CliRun.of("score", "--as-of", "2023-13-01").errLines())
        .containsExactly("tracker score: 选项 --as-of 的值 \"2023-13-01\" 无效: 应为日期, 如 2023-06-30"
            + " (见 tracker score --help)");
    assertThat(CliRun.of("simulate", "--book", "b.txt", "--as-of", "2023-06-30", "--seed", "x").errLines())
        .containsExactly("tracker simulate: 选项 --seed 的值 \"x\" 无效: 应为整数 (见 tracker simulate --help)");
    assertThat(CliRun.of("import").errLines())
        .containsExactly("tracker import: 缺少参数 FILE (见 tracker import --help)");
  }

  @Test
  void targetsPrintsOneJsonArrayPerInputLine() throws IOException {
    CliRun run = CliRun.withInput(new ByteArrayInputStream("地方财政收入增长13%\n加强审计监督。\n\n新增市场主体3500户以上。\n".getBytes(UTF_8)), "targets");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(4);
    for (String line : lines) {
      assertThat(JSON.readTree(line).isArray()).as(line).isTrue();
    }
  }

  @Test
  void targetsWarnsOfNumeralsItWouldNotGuessAtTheirLineAndColumn() throws IOException {
    CliRun run = CliRun.withInput(new ByteArrayInputStream("新增城镇就业一万二千人\n新增就业一二三人,新建学校5所\n".getBytes(UTF_8)), "targets");
    assertThat(run.status()).isZero();
    assertThat(run.errLines()).containsExactly("<stdin>:2:5: 警告: 数字 \"一二三人\" 无法确定读法 (相邻数字可能是逐位书写或约数), "
        + "未作为指标: 应为规范写法, 如 \"一百二十三\"、\"一万零五\"、\"三亿五千万\" 或阿拉伯数字");
    List<String> lines = run.out().lines().toList();
    assertThat(JSON.readTree(lines.get(0)).get(0).get("baseValue").asLong()).isEqualTo(12000);
    assertThat(JSON.readTree(lines.get(1)).size()).isEqualTo(1);
  }

  @Test
  void targetsOnEmptyInputPrintsNothing() {
    CliRun run = CliRun.of("targets");
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void targetsRefusesInputThatIsNotUtf8() {
    byte[] bytes = {'a', '\n', (byte) 0xFF, (byte) 0xFE, '\n'};
    CliRun run = CliRun.withInput(new ByteArrayInputStream(bytes), "targets");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("<stdin>:2:1: 这一行不是 UTF-8 文本: 应为 UTF-8 编码的句子");
  }
}
