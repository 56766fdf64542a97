package io.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.json.TrackerJson;
import io.tracker.ledger.LedgerWriter;
import io.tracker.rules.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RulesCommandTest {
  /** The shipped example rule directories, as an analyst finds them in the source tree. */
  static Path example(String name) {
    return Path.of("../tracker-rules/src/main/resources/io/tracker/rules/examples", name);
  }

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new RulesCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void checkPassesAnExampleRuleSet() throws Exception {
    Run r = run("check", example("tiered").toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("规则检查通过: ").contains("(1 个场景)");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void checkNamesTheFileRuleAndLineOfEveryProblemAndExits2(@TempDir Path dir) throws Exception {
    copy(example("tiered"), dir);
    Path dslr = dir.resolve("任务得分.dslr");
    Files.writeString(dslr, Files.readString(dslr).replace("该任务的指标得分汇总", "该任务的得分汇总表"));
    Files.writeString(dir.resolve("thresholds.csv"), "a,b\n");
    Run r = run("check", dir.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly(
        dir.resolve("thresholds.csv") + ":0:0: \"thresholds.csv\" 是普通 .csv 文件, Drools 会静默忽略它: 决策表请命名为 *.drl.csv 或 *.drl.xlsx",
        dir.resolve("任务得分.dslr") + ":13:0: rule \"任务得分:指标得分加权平均\": 无法识别的 DSL 短语: \"该任务的得分汇总表\"");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void checkRefusesARuleCallingSystemExit(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("坏规则.drl"), """
        package io.tracker.rules;
        import io.tracker.rules.fact.*;

        rule "退出"
        when
            TaskFact( )
        then
            System.exit( 1 );
        end
        """);
    Run r = run("check", dir.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith(dir.resolve("坏规则.drl") + ":8:0: rule \"退出\": 不允许使用 \"System\"")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void checkAssessesAProbeBookAndTheSeedAndNamesTheRuleThatLeavesAScoreOut(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("停用.drl"), """
        package io.tracker.rules;
        rule "指标得分:按最新报送值" enabled false
        when
        then
        end
        """);
    Run r = withSeed(() -> run("check", dir.toString()));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines().findFirst().orElseThrow())
        .startsWith(dir.resolve("scoring.drl") + ":")
        .contains("规则结果缺失: 没有规则给出任务 1 目标 1 的得分 (TargetScore)", "(试算 试算清单, 截至 2023-03-31)");
    assertThat(r.err()).contains("(试算 西乡县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知, 截至 2023-06-30)").doesNotContain("\tat ");
  }

  @Test
  void everyShippedExampleAssessesTheProbeBookAndTheSeed() throws Exception {
    try (Stream<Path> examples = Files.list(example(""))) {
      for (Path dir : examples.sorted().toList()) {
        Run r = withSeed(() -> run("check", dir.toString()));
        assertThat(r.status()).as(dir + ": " + r.err()).isZero();
      }
    }
  }

  /** {@code run} with the tracker's home at the repository root, where the seed is. */
  static Run withSeed(java.util.function.Supplier<Run> run) {
    String before = System.getProperty("tracker.home");
    System.setProperty("tracker.home", "..");
    try {
      return run.get();
    } finally {
      if (before == null) {
        System.clearProperty("tracker.home");
      } else {
        System.setProperty("tracker.home", before);
      }
    }
  }

  @Test
  void testPrintsPassAndFailPerScenarioWithADiff(@TempDir Path dir) throws Exception {
    Run passing = run("test", example("lag-thresholds").toString());
    assertThat(passing.status()).isZero();
    assertThat(passing.out()).startsWith("通过  ").endsWith("1 个场景: 1 通过, 0 失败\n");

    copy(example("lag-thresholds"), dir);
    Path table = dir.resolve("滞后亮灯.drl.csv");
    Files.writeString(table, Files.readString(table).replace("\"25, 1000\"", "\"35, 1000\""));
    // With the red band moved to 35 and above, 30 points behind falls in no band: no flag, green.
    Run failing = run("test", dir.toString());
    assertThat(failing.status()).isEqualTo(1);
    assertThat(failing.out().lines()).containsExactly(
        "失败  落后10个百分点亮蓝灯, 22亮黄灯, 30亮红灯 (默认规则分别为黄、黄、黄)  (scenario-阈值.json)",
        "      任务 3 亮灯: 期望 RED, 实际 GREEN",
        "      任务 3 预警: 期望 [SEVERELY_LAGGING], 实际 []",
        "1 个场景: 0 通过, 1 失败");
  }

  @Test
  void diffListsChangedTasksUnitsAndLeadersLargestFirst(@TempDir Path dir) throws Exception {
    Scenario s = Scenario.read(example("completion-ratio").resolve("scenario-按比例得分.json"));
    Path book = dir.resolve("book.json");
    TrackerJson.mapper().writeValue(book.toFile(), s.book());
    Path ledger = dir.resolve("ledger.json");
    LedgerWriter.writeJson(s.ledger(), ledger);
    Run r = run("diff", "--new", example("completion-ratio").toString(), "--book", book.toString(),
        "--ledger", ledger.toString(), "--as-of", "2023-06-30");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out().lines()).containsExactly(
        "任务 1: 得分 80.00 → 8.00 (-72.00)",
        "单位 县发改局: 得分 80.00 → 8.00 (-72.00)",
        "领导 张三: 得分 80.00 → 8.00 (-72.00)",
        "任务 2: 得分 62.50 → 6.25 (-56.25)",
        "单位 县财政局: 得分 62.50 → 6.25 (-56.25)",
        "领导 李四: 得分 62.50 → 6.25 (-56.25)",
        "任务 3: 得分 34.00 → 3.40 (-30.60)",
        "单位 县民政局: 得分 34.00 → 3.40 (-30.60)",
        "领导 王五: 得分 34.00 → 3.40 (-30.60)");
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        try (InputStream in = Files.newInputStream(file)) {
          Files.copy(in, target);
        }
      }
    }
  }
}
