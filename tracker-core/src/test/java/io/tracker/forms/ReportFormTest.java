package io.tracker.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.SampleBook;
import io.tracker.ledger.Status;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Report forms written for each lead unit, filled in and read back. */
class ReportFormTest {
  private static final TaskBook BOOK = SampleBook.book();
  private static final LocalDate JUNE = LocalDate.of(2023, 6, 30);
  private static final ProgressLedger MAY = ProgressLedger.of(List.of(
      ProgressReport.value("5", 2, LocalDate.of(2023, 5, 31), new BigDecimal("2.1"), "县发改局")));

  @TempDir Path dir;

  @Test
  void writesOneFormPerLeadUnitNamedAfterIt() throws IOException {
    List<Path> forms = ReportFormWriter.writeAll(BOOK, MAY, JUNE, dir);
    assertThat(forms).extracting(p -> p.getFileName().toString()).containsExactly("县财政局.xlsx", "县发改局.xlsx",
        "县行政审批局.xlsx", "县经贸局.xlsx", "县农业农村局.xlsx", "县水利局.xlsx", "县文旅局.xlsx", "县自然资源局.xlsx");
    try (InputStream in = Files.newInputStream(dir.resolve("县发改局.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
      XSSFSheet form = book.getSheetAt(0);
      assertThat(form.getSheetName()).isEqualTo("填报");
      assertThat(book.getSheetName(1)).isEqualTo("配合任务");
      DataFormatter text = new DataFormatter();
      assertThat(text.formatCellValue(form.getRow(0).getCell(0))).isEqualTo("县发改局　2023年政府工作报告任务进度填报表（截至2023-06-30）");
      List<String> header = new java.util.ArrayList<>();
      form.getRow(2).forEach(c -> header.add(text.formatCellValue(c)));
      assertThat(header).containsExactlyElementsOf(FormLayout.HEADERS);
      // tasks 2 (2 targets), 3, 5 (3), 10 (3), 90: one row per target
      assertThat(form.getLastRowNum()).isEqualTo(2 + 10);
      assertThat(form.isSheetLocked()).isTrue();
      assertThat(form.isColumnHidden(FormLayout.KEY_TASK)).isTrue();
      assertThat(form.isColumnHidden(FormLayout.KEY_TARGET)).isTrue();
      int row = 3 + 2 + 1 + 1; // task 5 target 2 (发行专债4.5亿元以上)
      assertThat(text.formatCellValue(form.getRow(row).getCell(FormLayout.TARGET))).isEqualTo("发行专债4.5亿元以上");
      assertThat(text.formatCellValue(form.getRow(row).getCell(FormLayout.METRIC))).isEqualTo("发行专债（亿元）");
      assertThat(text.formatCellValue(form.getRow(row).getCell(FormLayout.PREVIOUS))).isEqualTo("2.1亿元");
      assertThat(text.formatCellValue(form.getRow(row).getCell(FormLayout.SCHEDULE))).isEqualTo("50.00%");
      assertThat(form.getRow(row).getCell(FormLayout.VALUE).getCellStyle().getLocked()).isFalse();
      assertThat(form.getRow(row).getCell(FormLayout.TASK).getCellStyle().getLocked()).isTrue();
      assertThat(form.getRow(row).getCell(FormLayout.STATUS).getCellStyle().getLocked()).isTrue();
      assertThat(form.getPrintSetup().getLandscape()).isTrue();
      assertThat(book.getSheet("配合任务").getLastRowNum()).as("县发改局 co-operates on no task").isEqualTo(1);
    }
    try (InputStream in = Files.newInputStream(dir.resolve("县财政局.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet co = book.getSheet("配合任务");
      assertThat(co.getLastRowNum()).isEqualTo(2);
      assertThat(new DataFormatter().formatCellValue(co.getRow(2).getCell(2))).isEqualTo("县发改局");
    }
  }

  @Test
  void aFilledFormReadsBackAsReportsOfTheUnitWhateverItsNameAndRowOrder() throws IOException {
    ReportFormWriter.writeAll(BOOK, MAY, JUNE, dir);
    Path renamed;
    try (FormFiller form = FormFiller.open(dir.resolve("县发改局.xlsx"))) {
      renamed = form.number("5", 2, "本期完成值", 3.2).text("5", 2, "进展情况", "已发行3.2亿元")
          .text("5", 2, "存在问题", "额度下达晚").text("5", 2, "下一步措施", "7月发行余额")
          .number("2", 1, "本期完成值", -0.5)
          .moveToEnd("5", 2)
          .saveAs(dir.resolve("发改局6月（终稿）.xlsx"));
    }
    FilledForm filled = ReportFormReader.read(BOOK, JUNE, renamed);
    assertThat(filled.unit()).isEqualTo("县发改局");
    assertThat(filled.reports()).containsExactly(
        ProgressReport.value("2", 1, JUNE, new BigDecimal("-0.5"), "县发改局"),
        ProgressReport.value("5", 2, JUNE, new BigDecimal("3.2"), "县发改局").withNote("已发行3.2亿元")
            .withProblems("额度下达晚").withNextSteps("7月发行余额"));
    assertThat(filled.blank()).containsExactly("2-2", "3-1", "5-1", "5-3", "10-1", "10-2", "10-3", "90-1");
  }

  @Test
  void aStatusTaskTakesAStatusFromTheListAndAPercent() throws IOException {
    ReportFormWriter.writeAll(BOOK, MAY, JUNE, dir);
    Path filled;
    try (FormFiller form = FormFiller.open(dir.resolve("县文旅局.xlsx"))) {
      filled = form.text("29", 0, "状态", "进行中").number("29", 0, "完成百分比", 40).saveAs(dir.resolve("f.xlsx"));
    }
    assertThat(ReportFormReader.read(BOOK, JUNE, filled).reports()).containsExactly(
        ProgressReport.status("29", JUNE, Status.IN_PROGRESS, "县文旅局").withPercent(new BigDecimal("40")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      not a number     | 5 | 2 | 本期完成值 | 3.2亿元 | f.xlsx:填报!G8: 本期完成值 "3.2亿元" 不是数字：应为 3.2 这样的数（单位见“指标”栏，不带单位）
      negative amount  | 5 | 2 | 本期完成值 | -1      | f.xlsx:填报!G8: 任务 "5" 的目标 2 "发行专债4.5亿元以上" 的 value "-1" 为负数: 应为 0 或以上
      status on target | 5 | 2 | 状态       | 进行中  | f.xlsx:填报!H8: 有量化目标的行填写本期完成值，不填状态和完成百分比
      text only        | 5 | 2 | 进展情况   | 在推进  | f.xlsx:填报!G8: 填写了文字说明但没有填本期完成值：请填写本期完成值，或清空这一行
      """)
  void everyBadCellIsCitedInChinese(String what, String task, int target, String header, String typed,
      String message) throws IOException {
    ReportFormWriter.writeAll(BOOK, MAY, JUNE, dir);
    Path filled;
    try (FormFiller form = FormFiller.open(dir.resolve("县发改局.xlsx"))) {
      filled = form.text(task, target, header, typed).saveAs(dir.resolve("f.xlsx"));
    }
    assertThatThrownBy(() -> ReportFormReader.read(BOOK, JUNE, filled))
        .isInstanceOf(InputException.class)
        .hasMessage(dir.resolve(message.substring(0, message.indexOf(':'))) + message.substring(message.indexOf(':')));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      状态       | 完成         | f.xlsx:填报!H4: 状态 "完成" 不在列表中：应为 未开始、进行中、已完成、受阻
      完成百分比 | 120          | f.xlsx:填报!I4: 完成百分比 120 不在 0–100 之间
      完成百分比 | 四十         | f.xlsx:填报!I4: 完成百分比 "四十" 不是数字：应为 3.2 这样的数（单位见“指标”栏，不带单位）
      """)
  void everyBadStatusCellIsCitedInChinese(String header, String typed, String message) throws IOException {
    ReportFormWriter.writeAll(BOOK, MAY, JUNE, dir);
    Path filled;
    try (FormFiller form = FormFiller.open(dir.resolve("县文旅局.xlsx"))) {
      form.text("29", 0, "状态", "进行中");
      filled = form.text("29", 0, header, typed).saveAs(dir.resolve("f.xlsx"));
    }
    assertThatThrownBy(() -> ReportFormReader.read(BOOK, JUNE, filled))
        .hasMessage(dir.resolve("f.xlsx") + message.substring(message.indexOf(':')));
  }

  @Test
  void aRowOfATaskTheUnitDoesNotLeadIsRefused() throws IOException {
    ReportFormWriter.writeAll(BOOK, MAY, JUNE, dir);
    Path filled;
    try (FormFiller form = FormFiller.open(dir.resolve("县发改局.xlsx"))) {
      filled = form.text("5", 1, "任务编号", "1").saveAs(dir.resolve("f.xlsx"));
    }
    assertThatThrownBy(() -> ReportFormReader.read(BOOK, JUNE, filled))
        .hasMessage(dir.resolve("f.xlsx") + ":填报!A7: 任务 \"1\" 的牵头单位是 县财政局，不是本表的报送单位 县发改局");
  }

  @Test
  void aFormOfAnotherDateOrNoFormAtAllIsRefused() throws IOException {
    ReportFormWriter.writeAll(BOOK, MAY, JUNE, dir);
    Path form = dir.resolve("县发改局.xlsx");
    assertThatThrownBy(() -> ReportFormReader.read(BOOK, LocalDate.of(2023, 7, 31), form))
        .hasMessage(form + ":_tracker!B3: 填报表截至 2023-06-30，而收集的是截至 2023-07-31 的报送：应为同一日期的填报表");
    Path text = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
    assertThatThrownBy(() -> ReportFormReader.read(BOOK, JUNE, text))
        .hasMessageStartingWith(text + ":0:0: 无法作为 Excel 文件读取");
  }

  @Test
  void collectingTheSameFormTwiceAppendsNothingAndAChangedFigureIsACorrection() throws IOException {
    ReportFormWriter.writeAll(BOOK, MAY, JUNE, dir);
    Path first;
    Path second;
    try (FormFiller form = FormFiller.open(dir.resolve("县发改局.xlsx"))) {
      first = form.number("5", 2, "本期完成值", 3.2).saveAs(dir.resolve("a.xlsx"));
      second = form.number("5", 2, "本期完成值", 3.4).saveAs(dir.resolve("b.xlsx"));
    }
    CollectedReports once = CollectedReports.of(MAY, List.of(ReportFormReader.read(BOOK, JUNE, first)));
    assertThat(once.appended()).hasSize(1);
    assertThat(once.corrections()).isEmpty();
    ProgressLedger ledger = ProgressLedger.of(concat(MAY.reports(), once.appended()));
    CollectedReports again = CollectedReports.of(ledger, List.of(ReportFormReader.read(BOOK, JUNE, first)));
    assertThat(again.appended()).isEmpty();
    assertThat(again.unchanged()).hasSize(1);
    CollectedReports corrected = CollectedReports.of(ledger, List.of(ReportFormReader.read(BOOK, JUNE, second)));
    assertThat(corrected.corrections()).extracting(r -> r.value().orElseThrow()).containsExactly(new BigDecimal("3.4"));
    assertThatThrownBy(() -> CollectedReports.of(ledger, List.of(ReportFormReader.read(BOOK, JUNE, first),
        ReportFormReader.read(BOOK, JUNE, second))))
        .hasMessage(second + ":0:0: 与 " + first + " 同为 县发改局 的填报表：每个单位只收一份，请去掉其中一份");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      县发改局         | 县发改局
      a/b:c*d?e"f<g>h\\i | a_b_c_d_e_f_g_h_i
      ..县财政局.      | 县财政局
      CON              | _CON
      """)
  void fileNamesAreSafe(String unit, String file) {
    assertThat(ReportFormWriter.safeFileName(unit)).isEqualTo(file);
  }

  private static List<ProgressReport> concat(List<ProgressReport> a, List<ProgressReport> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
