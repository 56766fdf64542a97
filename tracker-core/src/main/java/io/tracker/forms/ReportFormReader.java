package io.tracker.forms;

import static io.tracker.forms.FormLayout.*;
import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.InputPlace;
import io.tracker.ledger.LedgerCheck;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.Status;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a filled report form (填报表) written by {@link ReportFormWriter} back as progress reports:
 * the .xlsx as written, or as a spreadsheet program saved it again (.xlsx, or .xls from older Office
 * and WPS), under any file name and with its rows in any order. Each row is found by its hidden task
 * id and target position.
 *
 * <p>Every cell is checked: a 本期完成值 or 完成百分比 that is not a number, a percent outside 0–100,
 * a 状态 not in the drop-down, a row of a task the unit does not lead, a target the task lacks, a row
 * twice, texts without a figure or status, and what the ledger itself refuses (a negative amount, …).
 * The first problem is an {@link InputException} at its cell, {@code FILE:填报!G7: problem}.
 */
public final class ReportFormReader {
  private static final DataFormatter TEXT = new DataFormatter();
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ReportFormReader() {}

  /**
   * Reads the form in {@code file} against {@code book}.
   *
   * @param asOf the date the forms being collected are as of; a form of another date is refused
   * @throws InputException for a file that is not such a form, or any bad cell
   */
  public static FilledForm read(TaskBook book, LocalDate asOf, Path file) throws IOException {
    requireNonNull(book, "book");
    requireNonNull(asOf, "asOf");
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
      return read(book, asOf, workbook, name);
    } catch (NoSuchFileException e) {
      throw new InputException(name, 0, 0, "文件不存在：应为填报表（.xlsx 或 .xls）", e);
    } catch (EncryptedDocumentException e) {
      throw new InputException(name, 0, 0, "文件设有打开密码：请去掉密码后再收集", e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException input) {
        throw input;
      }
      throw new InputException(name, 0, 0, "无法作为 Excel 文件读取（" + e.getClass().getSimpleName()
          + "）：应为 tracker template 生成的填报表（.xlsx 或 .xls）", e);
    }
  }

  private static FilledForm read(TaskBook book, LocalDate asOf, Workbook workbook, String name) {
    Sheet meta = workbook.getSheet(META_SHEET);
    if (meta == null || !META_MARK.equals(text(meta, 0, 0))) {
      throw new InputException(name, 0, 0, "不是 tracker 生成的填报表（缺少隐藏的 " + META_SHEET
          + " 工作表）：应为 tracker template 生成、填写后保存的文件");
    }
    String unit = text(meta, 1, 1);
    LocalDate formAsOf;
    try {
      formAsOf = LocalDate.parse(text(meta, 2, 1));
    } catch (DateTimeParseException e) {
      throw new InputException(InputPlace.inSheet(name, META_SHEET, 3, 2), "截至日期 "
          + InputException.quote(text(meta, 2, 1)) + " 不是日期：应为 2023-06-30 这样的日期");
    }
    if (!formAsOf.equals(asOf)) {
      throw new InputException(InputPlace.inSheet(name, META_SHEET, 3, 2), "填报表截至 " + formAsOf
          + "，而收集的是截至 " + asOf + " 的报送：应为同一日期的填报表");
    }
    if (!text(meta, 4, 1).equals(String.valueOf(book.year()))) {
      throw new InputException(InputPlace.inSheet(name, META_SHEET, 5, 2), "填报表属于 "
          + InputException.quote(text(meta, 4, 1)) + " 年度的任务清单，而任务清单是 " + book.year() + " 年度的");
    }
    Sheet sheet = workbook.getSheet(SHEET);
    if (sheet == null) {
      throw new InputException(name, 0, 0, "没有 " + SHEET + " 工作表：应为 tracker template 生成的填报表");
    }
    return new RowReader(book, asOf, unit, name, sheet).read();
  }

  /** Reads the rows of one 填报 sheet. */
  private static final class RowReader {
    private final TaskBook book;
    private final LocalDate asOf;
    private final String unit;
    private final String file;
    private final Sheet sheet;
    private final Map<String, Integer> columns = new HashMap<>();

    RowReader(TaskBook book, LocalDate asOf, String unit, String file, Sheet sheet) {
      this.book = book;
      this.asOf = asOf;
      this.unit = unit;
      this.file = file;
      this.sheet = sheet;
    }

    FilledForm read() {
      Row header = sheet.getRow(HEADER_ROW);
      for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
        columns.putIfAbsent(TEXT.formatCellValue(header.getCell(c)).strip(), c);
      }
      for (String needed : HEADERS) {
        if (!columns.containsKey(needed)) {
          throw new InputException(InputPlace.inSheet(file, sheet.getSheetName(), HEADER_ROW + 1, 1),
              "表头缺少 " + InputException.quote(needed) + " 列：应为 " + String.join("、", HEADERS));
        }
      }
      List<ProgressReport> reports = new ArrayList<>();
      List<String> blank = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      for (int rowIndex = FIRST_DATA_ROW; rowIndex <= sheet.getLastRowNum(); rowIndex++) {
        int r = rowIndex;
        Row row = sheet.getRow(r);
        String taskId = row == null ? "" : cellText(row, KEY_TASK);
        if (taskId.isEmpty()) {
          if (row != null && hasInput(row)) {
            throw error(r, VALUE, "这一行没有任务编号（隐藏的“任务编号”列），无法对应到任务：请勿新增行");
          }
          continue;
        }
        Task task = book.task(taskId).orElseThrow(() -> error(r, KEY_TASK, "任务 " + InputException.quote(taskId)
            + " 不在任务清单中"));
        if (!task.responsibility().lead().map(ResponsibleUnit::name).orElse("").equals(unit)) {
          throw error(r, NUMBER, "任务 " + InputException.quote(taskId) + " 的牵头单位是 "
              + task.responsibility().lead().map(ResponsibleUnit::name).orElse("（无）") + "，不是本表的报送单位 "
              + unit);
        }
        OptionalInt target = target(row, r, task);
        String key = taskId + target.stream().mapToObj(p -> "-" + p).findFirst().orElse("");
        Integer earlier = seen.put(key, r);
        if (earlier != null) {
          throw error(r, NUMBER, "任务 " + taskId + target.stream().mapToObj(p -> " 目标" + p).findFirst().orElse("")
              + " 在第 " + (earlier + 1) + " 行已经填报过：每个任务（目标）只能填一行");
        }
        Optional<ProgressReport> report = report(row, r, task, target);
        if (report.isPresent()) {
          reports.add(report.get());
        } else {
          blank.add(key);
        }
      }
      return new FilledForm(file, unit, asOf, reports, blank);
    }

    private OptionalInt target(Row row, int r, Task task) {
      String text = cellText(row, KEY_TARGET);
      if (task.targets().isEmpty()) {
        if (!text.isEmpty()) {
          throw error(r, KEY_TARGET, "任务 " + task.id() + " 没有量化目标，目标序号应为空，而不是 " + InputException.quote(text));
        }
        return OptionalInt.empty();
      }
      if (!text.matches("[1-9][0-9]?") || Integer.parseInt(text) > task.targets().size()) {
        throw error(r, KEY_TARGET, "目标序号 " + InputException.quote(text) + " 不存在：任务 " + task.id() + " 的目标序号应为 1–"
            + task.targets().size());
      }
      return OptionalInt.of(Integer.parseInt(text));
    }

    private Optional<ProgressReport> report(Row row, int r, Task task, OptionalInt target) {
      Optional<BigDecimal> value = number(row, r, VALUE);
      String statusText = cellText(row, STATUS);
      Optional<BigDecimal> percent = percent(row, r);
      String note = cellText(row, NOTE);
      String problems = cellText(row, PROBLEMS);
      String nextSteps = cellText(row, NEXT_STEPS);
      Optional<Status> status = Optional.empty();
      if (!statusText.isEmpty()) {
        status = Optional.of(FormLayout.status(statusText).orElseThrow(() -> error(r, STATUS, "状态 "
            + InputException.quote(statusText) + " 不在列表中：应为 " + String.join("、", STATUS_LABELS))));
      }
      if (target.isPresent()) {
        if (status.isPresent() || percent.isPresent()) {
          throw error(r, status.isPresent() ? STATUS : PERCENT, "有量化目标的行填写本期完成值，不填状态和完成百分比");
        }
        if (value.isEmpty()) {
          return nothingOrError(r, note, problems, nextSteps, "本期完成值");
        }
      } else {
        if (value.isPresent()) {
          throw error(r, VALUE, "任务 " + task.id() + " 没有量化目标：不填本期完成值，请选择状态");
        }
        if (status.isEmpty()) {
          if (percent.isPresent()) {
            throw error(r, STATUS, "填写了完成百分比但没有选择状态：应为 " + String.join("、", STATUS_LABELS) + " 之一");
          }
          return nothingOrError(r, note, problems, nextSteps, "状态");
        }
      }
      ProgressReport report = new ProgressReport(task.id(), target, asOf, value, status, percent, note, problems,
          nextSteps, unit, Optional.empty());
      try {
        LedgerCheck.against(book, ProgressLedger.of(List.of(report)), file);
      } catch (InputException e) {
        throw error(r, target.isPresent() ? VALUE : PERCENT, e.problem());
      }
      return Optional.of(report);
    }

    private Optional<ProgressReport> nothingOrError(int r, String note, String problems, String nextSteps,
        String missing) {
      if (note.isEmpty() && problems.isEmpty() && nextSteps.isEmpty()) {
        return Optional.empty();
      }
      throw error(r, missing.equals("状态") ? STATUS : VALUE, "填写了文字说明但没有填" + missing + "：请填写"
          + missing + "，或清空这一行");
    }

    private Optional<BigDecimal> percent(Row row, int r) {
      Optional<BigDecimal> percent = number(row, r, PERCENT);
      Cell cell = row.getCell(column(PERCENT));
      if (percent.isPresent() && cell.getCellType() != CellType.STRING
          && cell.getCellStyle().getDataFormatString().contains("%")) {
        percent = Optional.of(percent.get().multiply(HUNDRED).stripTrailingZeros());
      }
      if (percent.isPresent() && (percent.get().signum() < 0 || percent.get().compareTo(HUNDRED) > 0)) {
        throw error(r, PERCENT, "完成百分比 " + percent.get().toPlainString() + " 不在 0–100 之间");
      }
      return percent.map(p -> p.scale() < 0 ? p.setScale(0) : p);
    }

    /** The number in a cell: a number, a formula's number, or text that is a plain decimal. */
    private Optional<BigDecimal> number(Row row, int r, int logical) {
      Cell cell = row.getCell(column(logical));
      if (cell == null) {
        return Optional.empty();
      }
      CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
      if (type == CellType.NUMERIC) {
        BigDecimal exact = new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
        return Optional.of(exact.scale() < 0 ? exact.setScale(0) : exact);
      }
      String text = cellText(row, logical);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      String plain = text.replace(",", "").replace("，", "");
      if (!plain.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
        throw error(r, logical, HEADERS.get(logical) + " " + InputException.quote(text)
            + " 不是数字：应为 3.2 这样的数（单位见“指标”栏，不带单位）");
      }
      return Optional.of(new BigDecimal(plain));
    }

    private boolean hasInput(Row row) {
      for (int logical : new int[] {VALUE, STATUS, PERCENT, NOTE, PROBLEMS, NEXT_STEPS}) {
        if (!cellText(row, logical).isEmpty()) {
          return true;
        }
      }
      return false;
    }

    private String cellText(Row row, int logical) {
      Cell cell = row.getCell(column(logical));
      if (cell == null) {
        return "";
      }
      if (cell.getCellType() == CellType.NUMERIC && (logical == KEY_TASK || logical == KEY_TARGET)) {
        return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
      }
      return TEXT.formatCellValue(cell).strip();
    }

    private int column(int logical) {
      return columns.get(HEADERS.get(logical));
    }

    private InputException error(int r, int logical, String problem) {
      return new InputException(InputPlace.inSheet(file, sheet.getSheetName(), r + 1, column(logical) + 1), problem);
    }
  }

  private static String text(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row);
    return r == null ? "" : TEXT.formatCellValue(r.getCell(column)).strip();
  }
}
