package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A broken line in any of the four kinds of rule file is reported with its file, rule and line. */
class RuleCheckTest {
  private static final Path EXAMPLES = ExampleScenariosTest.examples();

  static List<RuleProblem> problems(RuleSet rules) {
    RuleSetException e = catchThrowableOfType(RuleSetException.class,
        () -> Assessor.withRules(RuleSet.analystDefaults().extendedBy(rules)));
    assertThat(e).as("rule set should not compile").isNotNull();
    return e.problems();
  }

  static RuleSet file(String path, String text) {
    return RuleSet.of(Map.of(path, text.getBytes(StandardCharsets.UTF_8)));
  }

  static String example(String path) throws IOException {
    return Files.readString(EXAMPLES.resolve(path));
  }

  @Test
  void drlUnknownFieldReportedAtLineMinusOneIsPlacedOnItsLine() {
    String drl = """
        package io.tracker.rules;
        import io.tracker.rules.fact.*;

        rule "落后太多"
        when
            TargetScore( $t : taskId, pointsBehindd > 40 )
        then
        end
        """;
    assertThat(problems(file("extra.drl", drl)))
        .singleElement().satisfies(p -> {
          assertThat(p.file()).isEqualTo("extra.drl");
          assertThat(p.line()).isEqualTo(6);
          assertThat(p.rule()).isEqualTo("落后太多");
          assertThat(p.message()).contains("pointsBehindd");
        });
  }

  @Test
  void drlErrorInGeneratedConsequenceIsPlacedOnTheAnalystsLine() {
    String drl = """
        package io.tracker.rules;
        import io.tracker.rules.fact.*;

        rule "写错方法"
        when
            $s : TargetScore( pointsBehind > 40 )
        then
            String x = $s.taskIdd();
        end
        """;
    assertThat(problems(file("extra.drl", drl)))
        .singleElement().satisfies(p -> {
          assertThat(p.file()).isEqualTo("extra.drl");
          assertThat(p.line()).isEqualTo(8);
          assertThat(p.rule()).isEqualTo("写错方法");
          assertThat(p.message()).contains("taskIdd").doesNotContain("LambdaConsequence");
        });
  }

  @Test
  void dslrUnknownPhraseIsNamedWithItsLine() throws IOException {
    String dslr = example("tiered/任务得分.dslr").replace("    该任务的指标得分汇总", "    该任务的指标得分总汇");
    assertThat(problems(file("任务得分.dslr", dslr)))
        .singleElement().satisfies(p -> {
          assertThat(p.toString()).startsWith("任务得分.dslr:13:0: rule \"任务得分:指标得分加权平均\": ");
          assertThat(p.message()).isEqualTo("无法识别的 DSL 短语: \"该任务的指标得分总汇\"");
        });
  }

  @Test
  void dslCharacterTheLexerRejectsIsQuotedWithItsLine() throws IOException {
    String dsl = example("../tracker.dsl").replace("[when]截至日期=AsOf", "[when]截至日期\uD83D\uDCC5=AsOf");
    int line = List.of(dsl.split("\n")).indexOf("[when]截至日期\uD83D\uDCC5=AsOf( $d : date )") + 1;
    assertThat(problems(file(RuleSet.DSL, dsl)))
        .first().satisfies(p -> {
          assertThat(p.file()).isEqualTo(RuleSet.DSL);
          assertThat(p.line()).isEqualTo(line);
          assertThat(p.message()).contains("\uD83D\uDCC5").contains("U+1F4C5");
        });
  }

  @Test
  void csvDecisionTableRowWithABrokenCellIsNamedByRow() throws IOException {
    String csv = example("lag-thresholds/滞后亮灯.drl.csv").replace("\"15, 25\"", "\"15, 25)\"");
    assertThat(problems(file("滞后亮灯.drl.csv", csv).extendedBy(file("停用默认滞后规则.drl",
        example("lag-thresholds/停用默认滞后规则.drl")))))
        .first().satisfies(p -> {
          assertThat(p.file()).isEqualTo("滞后亮灯.drl.csv");
          assertThat(p.line()).isEqualTo(11);
          assertThat(p.rule()).isEqualTo("滞后亮黄灯");
        });
  }

  @Test
  void xlsxDecisionTableRowWithABrokenCellIsNamedByRow() throws IOException {
    byte[] xlsx = workbookWithCell(10, 1, "MAINTAIN)");
    assertThat(problems(RuleSet.of(Map.of("指标得分.drl.xlsx", xlsx))))
        .first().satisfies(p -> {
          assertThat(p.file()).isEqualTo("指标得分.drl.xlsx");
          assertThat(p.line()).isEqualTo(11);
          assertThat(p.rule()).isEqualTo("指标得分:上半年目标权重25");
        });
  }

  @Test
  void plainCsvIsRefusedInsteadOfIgnored() {
    assertThat(problems(file("thresholds.csv", "a,b\n1,2\n")))
        .singleElement().satisfies(p -> {
          assertThat(p.file()).isEqualTo("thresholds.csv");
          assertThat(p.message()).contains("*.drl.csv");
        });
  }

  @Test
  void dslMappingToSystemExitIsRefusedOnTheAnalystsLine() throws IOException {
    String dsl = example("../tracker.dsl") + "\n[then]结束程序=System.exit( 0 );\n[then]执行命令{c}=Runtime.getRuntime().exec( \"{c}\" );\n";
    String dslr = example("tiered/任务得分.dslr").replace("    任务按完成情况得分", "    结束程序\n    执行命令rm\n    任务按完成情况得分");
    assertThat(problems(file(RuleSet.DSL, dsl).extendedBy(file("任务得分.dslr", dslr))))
        .extracting(RuleProblem::toString)
        .anySatisfy(s -> assertThat(s).startsWith("任务得分.dslr:15:0: rule \"任务得分:指标得分加权平均\": 不允许使用 \"System\""))
        .anySatisfy(s -> assertThat(s).startsWith("任务得分.dslr:16:0: rule \"任务得分:指标得分加权平均\": 不允许使用 \"Runtime\""));
  }

  static byte[] workbookWithCell(int row, int column, String value) throws IOException {
    ByteArrayOutputStream original = new ByteArrayOutputStream();
    PeriodWeightsWorkbook.write(original);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(original.toByteArray()))) {
      workbook.getSheetAt(0).getRow(row).getCell(column).setCellValue(value);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
