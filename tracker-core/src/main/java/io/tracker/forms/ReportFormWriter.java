package io.tracker.forms;

import static io.tracker.forms.FormLayout.*;
import static java.util.Objects.requireNonNull;

import io.tracker.SpreadsheetText;
import io.tracker.ledger.ExpectedProgress;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.target.Reference;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes report forms (填报表): for every lead unit (牵头单位) of a task book, an Excel workbook whose
 * first sheet, 填报, lists the unit's tasks as of a date — one row per target, or one per task
 * without targets — with 时序进度 ({@link ExpectedProgress}, by months) and the last figure the
 * ledger holds (上期完成), for the unit to fill in 本期完成值 (a target's cumulative actual, in the
 * target's unit) or 状态 and 完成百分比, and 进展情况, 存在问题 and 下一步措施. Only those cells are
 * unlocked (the sheet is protected without a password); 状态 is a drop-down. Two hidden columns hold
 * each row's task id and target position, and a hidden sheet the unit and date, so that
 * {@link ReportFormReader} reads a form back whatever its file name or row order. A second sheet,
 * 配合任务, lists the tasks the unit co-operates on.
 */
public final class ReportFormWriter {
  private static final int MAX_FILE_NAME = 80;

  private ReportFormWriter() {}

  /**
   * Writes {@code <unit>.xlsx} into {@code dir} (created if needed) for every lead unit of
   * {@code book}, in the order the units first lead a task; the file name is the unit's name made
   * safe for file systems. Tasks without a lead unit are in no form.
   *
   * @param ledger the reports so far, for 上期完成 (the last report dated before {@code asOf})
   * @return the files written, in the same order
   */
  public static List<Path> writeAll(TaskBook book, ProgressLedger ledger, LocalDate asOf, Path dir)
      throws IOException {
    requireNonNull(book, "book");
    requireNonNull(ledger, "ledger");
    requireNonNull(asOf, "asOf");
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String unit : leadUnits(book)) {
      String base = safeFileName(unit);
      String name = base;
      for (int n = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
        name = base + "(" + n + ")";
      }
      Path file = dir.resolve(name + ".xlsx");
      try (OutputStream out = Files.newOutputStream(file)) {
        write(book, ledger, asOf, unit, out);
      }
      written.add(file);
    }
    return written;
  }

  /** The lead units of {@code book}, in the order they first lead a task. */
  public static List<String> leadUnits(TaskBook book) {
    return book.tasks().stream()
        .flatMap(t -> t.responsibility().lead().map(ResponsibleUnit::name).stream())
        .distinct()
        .toList();
  }

  /** Writes the form of lead unit {@code unit} to {@code out}, which the caller closes. */
  public static void write(TaskBook book, ProgressLedger ledger, LocalDate asOf, String unit, OutputStream out)
      throws IOException {
    requireNonNull(unit, "unit");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      XSSFSheet sheet = workbook.createSheet(SHEET);
      writeForm(sheet, styles, book, ledger, asOf, unit);
      writeCoTasks(workbook.createSheet(CO_SHEET), styles, book, unit);
      Sheet meta = workbook.createSheet(META_SHEET);
      String[][] facts = {{META_MARK}, {"报送单位", unit}, {"截至", asOf.toString()},
          {"任务清单", book.title()}, {"年度", String.valueOf(book.year())}};
      for (int i = 0; i < facts.length; i++) {
        Row row = meta.createRow(i);
        for (int j = 0; j < facts[i].length; j++) {
          row.createCell(j).setCellValue(SpreadsheetText.neutralised(facts[i][j]));
        }
      }
      workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.HIDDEN);
      workbook.setActiveSheet(0);
      workbook.write(out);
    }
  }

  private static void writeForm(XSSFSheet sheet, Styles styles, TaskBook book, ProgressLedger ledger,
      LocalDate asOf, String unit) {
    Row title = sheet.createRow(TITLE_ROW);
    title.setHeightInPoints(28);
    cell(title, 0, styles.title, unit + "　" + book.year() + "年政府工作报告任务进度填报表（截至" + asOf + "）");
    sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, NEXT_STEPS));
    Row note = sheet.createRow(NOTE_ROW);
    note.setHeightInPoints(30);
    cell(note, 0, styles.note, "填报说明：黄色单元格可填写。有量化目标的填写截至" + asOf
        + "的累计完成值（单位见“指标”栏，增长、下降类填写实际增速或降幅%）；无量化目标的选择状态，可填完成百分比（0–100）。"
        + "请勿增删行、改动任务编号。");
    sheet.addMergedRegion(new CellRangeAddress(NOTE_ROW, NOTE_ROW, 0, NEXT_STEPS));
    Row header = sheet.createRow(HEADER_ROW);
    for (int c = 0; c < HEADERS.size(); c++) {
      cell(header, c, styles.header, HEADERS.get(c));
    }
    int r = FIRST_DATA_ROW;
    List<Integer> statusRows = new ArrayList<>();
    for (Task task : book.tasks()) {
      if (!task.responsibility().lead().map(ResponsibleUnit::name).orElse("").equals(unit)) {
        continue;
      }
      if (task.targets().isEmpty()) {
        statusRows.add(r);
        writeRow(sheet.createRow(r++), styles, book, ledger, asOf, task, OptionalInt.empty());
      } else {
        for (int p = 1; p <= task.targets().size(); p++) {
          writeRow(sheet.createRow(r++), styles, book, ledger, asOf, task, OptionalInt.of(p));
        }
      }
    }
    int last = r - 1;
    for (int c = 0; c < WIDTHS.length; c++) {
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    sheet.setColumnHidden(KEY_TASK, true);
    sheet.setColumnHidden(KEY_TARGET, true);
    sheet.createFreezePane(2, FIRST_DATA_ROW);
    if (last >= FIRST_DATA_ROW) {
      validations(sheet, statusRows, last);
    }
    pageSetup(sheet);
    sheet.enableLocking();
    sheet.lockFormatColumns(false);
    sheet.lockFormatRows(false);
  }

  private static void writeRow(Row row, Styles styles, TaskBook book, ProgressLedger ledger, LocalDate asOf,
      Task task, OptionalInt position) {
    cell(row, NUMBER, styles.fixed, task.id());
    cell(row, TASK, styles.fixed, task.text());
    Optional<ProgressReport> previous = ledger.history(task.id(), position).asOf(asOf.minusDays(1)).latest();
    Cell schedule = row.createCell(SCHEDULE);
    schedule.setCellStyle(styles.percent);
    if (position.isPresent()) {
      Target target = task.targets().get(position.getAsInt() - 1);
      cell(row, METRIC, styles.fixed, target.metric() + "（" + unitHint(target) + "）");
      cell(row, TARGET, styles.fixed, printed(task.targets(), position.getAsInt() - 1));
      schedule.setCellValue(ExpectedProgress.share(target.kind(), ExpectedProgress.due(task, target, book.year()),
          asOf, book.year(), ExpectedProgress.Basis.MONTHS).doubleValue());
      cell(row, PREVIOUS, styles.fixed, previous.flatMap(ProgressReport::value)
          .map(v -> v.toPlainString() + unitSuffix(target)).orElse(""));
      cell(row, VALUE, styles.input, "");
      cell(row, STATUS, styles.notApplicable, "");
      cell(row, PERCENT, styles.notApplicable, "");
      cell(row, KEY_TARGET, styles.fixed, String.valueOf(position.getAsInt()));
    } else {
      cell(row, METRIC, styles.fixed, "—");
      cell(row, TARGET, styles.fixed, task.deadline().map(d -> "完成时限：" + d.printed()).orElse("无量化目标"));
      schedule.setCellValue(ExpectedProgress.share(TargetKind.AMOUNT, ExpectedProgress.deadline(task, book.year()),
          asOf, book.year(), ExpectedProgress.Basis.MONTHS).doubleValue());
      cell(row, PREVIOUS, styles.fixed, previous.map(ReportFormWriter::statusText).orElse(""));
      cell(row, VALUE, styles.notApplicable, "");
      cell(row, STATUS, styles.input, "");
      cell(row, PERCENT, styles.input, "");
      cell(row, KEY_TARGET, styles.fixed, "");
    }
    cell(row, NOTE, styles.inputText, "");
    cell(row, PROBLEMS, styles.inputText, "");
    cell(row, NEXT_STEPS, styles.inputText, "");
    cell(row, KEY_TASK, styles.fixed, task.id());
  }

  private static String statusText(ProgressReport report) {
    return report.status().map(FormLayout::label).orElse("")
        + report.percent().map(p -> " " + p.toPlainString() + "%").orElse("");
  }

  /** What 本期完成值 is counted in: 亿元, or 增速% for a growth target. */
  private static String unitHint(Target target) {
    return switch (target.kind()) {
      case GROWTH -> "增速%";
      case DECLINE -> "降幅%";
      default -> target.unit().map(Unit::toString).orElse("");
    };
  }

  private static String unitSuffix(Target target) {
    return target.kind() == TargetKind.GROWTH || target.kind() == TargetKind.DECLINE ? "%"
        : target.unit().map(Unit::toString).orElse("");
  }

  /**
   * The target as printed; targets printed as one phrase (分别增长8%、9%) get their own figure added, and
   * a target an indicator table sets for one unit is headed by the unit ("柯城区：≥85%").
   */
  private static String printed(List<Target> targets, int index) {
    Target target = targets.get(index);
    String unit = target.assignee().map(a -> a + "：").orElse("");
    long sharing = targets.stream().filter(t -> t.source().equals(target.source())).count();
    if (sharing == 1 || target.assignee().isPresent()) {
      return unit + target.source().text();
    }
    return target.source().text() + "（" + target.subject().map(s -> s + " ").orElse("")
        + target.figure().map(Quantity::toString).orElse(target.reference().map(Reference::printed).orElse("")) + "）";
  }

  private static void validations(XSSFSheet sheet, List<Integer> statusRows, int last) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    CellRangeAddressList statusCells = new CellRangeAddressList();
    statusRows.forEach(r -> statusCells.addCellRangeAddress(r, STATUS, r, STATUS));
    if (!statusRows.isEmpty()) {
      add(sheet, helper.createValidation(
          helper.createExplicitListConstraint(STATUS_LABELS.toArray(String[]::new)), statusCells),
          "状态", "请从列表中选择：" + String.join("、", STATUS_LABELS));
      CellRangeAddressList percentCells = new CellRangeAddressList();
      statusRows.forEach(r -> percentCells.addCellRangeAddress(r, PERCENT, r, PERCENT));
      add(sheet, helper.createValidation(helper.createDecimalConstraint(
          DataValidationConstraint.OperatorType.BETWEEN, "0", "100"), percentCells),
          "完成百分比", "请填写 0 到 100 之间的数");
    }
    add(sheet, helper.createValidation(helper.createDecimalConstraint(
        DataValidationConstraint.OperatorType.BETWEEN, "-1E+15", "1E+15"),
        new CellRangeAddressList(FIRST_DATA_ROW, last, VALUE, VALUE)), "本期完成值", "请填写数字（单位见“指标”栏）");
  }

  private static void add(Sheet sheet, DataValidation validation, String title, String error) {
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox(title, error);
    validation.setSuppressDropDownArrow(true);
    sheet.addValidationData(validation);
  }

  private static void writeCoTasks(XSSFSheet sheet, Styles styles, TaskBook book, String unit) {
    Row title = sheet.createRow(0);
    cell(title, 0, styles.title, unit + " 配合的任务（由牵头单位报送，供参考）");
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
    Row header = sheet.createRow(1);
    List<String> headers = List.of("序号", "任务", "牵头单位", "完成时限");
    for (int c = 0; c < headers.size(); c++) {
      cell(header, c, styles.header, headers.get(c));
    }
    int r = 2;
    for (Task task : book.tasks()) {
      if (task.responsibility().coUnits().stream().noneMatch(u -> u.name().equals(unit))) {
        continue;
      }
      Row row = sheet.createRow(r++);
      cell(row, 0, styles.fixed, task.id());
      cell(row, 1, styles.fixed, task.text());
      cell(row, 2, styles.fixed, task.responsibility().lead().map(ResponsibleUnit::name).orElse("—"));
      cell(row, 3, styles.fixed, task.deadline().map(d -> d.printed()).orElse("—"));
    }
    int[] widths = {6, 60, 16, 14};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, 2);
    pageSetup(sheet);
    sheet.enableLocking();
  }

  private static void pageSetup(XSSFSheet sheet) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
  }

  private static void cell(Row row, int column, CellStyle style, String text) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    if (!text.isEmpty()) {
      cell.setCellValue(SpreadsheetText.neutralised(text));
    }
  }

  /**
   * {@code unit} as a file name on Windows, macOS and Linux: characters a file system refuses
   * ({@code \ / : * ? " < > |}, control characters) become "_", leading and trailing dots and spaces
   * go, device names (CON, NUL, COM1 …) get a "_", and at most 80 characters are kept.
   */
  public static String safeFileName(String unit) {
    StringBuilder out = new StringBuilder();
    unit.codePoints().forEach(c -> out.appendCodePoint(c < 0x20 || "\\/:*?\"<>|".indexOf(c) >= 0 ? '_' : c));
    String name = out.toString().replaceAll("^[. ]+|[. ]+$", "");
    if (name.codePointCount(0, name.length()) > MAX_FILE_NAME) {
      name = name.substring(0, name.offsetByCodePoints(0, MAX_FILE_NAME));
    }
    if (name.isEmpty()) {
      return "_";
    }
    return name.matches("(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?") ? "_" + name : name;
  }

  /** The cell styles of a form. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle note;
    final CellStyle header;
    final CellStyle fixed;
    final CellStyle percent;
    final CellStyle input;
    final CellStyle inputText;
    final CellStyle notApplicable;

    Styles(XSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = workbook.createCellStyle();
      title.setFont(big);
      title.setAlignment(HorizontalAlignment.CENTER);
      title.setVerticalAlignment(VerticalAlignment.CENTER);
      note = workbook.createCellStyle();
      note.setWrapText(true);
      note.setVerticalAlignment(VerticalAlignment.CENTER);
      header = bordered(workbook);
      header.setFont(bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      fill(header, IndexedColors.GREY_25_PERCENT);
      fixed = bordered(workbook);
      percent = bordered(workbook);
      percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
      input = bordered(workbook);
      input.setLocked(false);
      fill(input, IndexedColors.LIGHT_YELLOW);
      inputText = bordered(workbook);
      inputText.setLocked(false);
      fill(inputText, IndexedColors.LIGHT_YELLOW);
      notApplicable = bordered(workbook);
      fill(notApplicable, IndexedColors.GREY_40_PERCENT);
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      style.setWrapText(true);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    }

    private static void fill(CellStyle style, IndexedColors colour) {
      style.setFillForegroundColor(colour.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
  }
}
