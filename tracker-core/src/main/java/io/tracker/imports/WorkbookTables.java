package io.tracker.imports;

import static io.tracker.InputException.quote;

import io.tracker.InputException;
import io.tracker.InputPlace;
import io.tracker.InputWarning;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads the visible sheets of an Excel workbook ({@code .xlsx}, or the older {@code .xls}) into
 * {@link Table}s with Apache POI: each cell's shown value (as Excel formats it) at its
 * {@code SHEET!A1} place, merged ranges repeated into every cell they cover (marked as merged), hidden
 * sheets, rows and columns left out with a warning.
 */
final class WorkbookTables {
  private WorkbookTables() {}

  static List<Table> read(byte[] bytes, String source, List<InputWarning> warnings) {
    List<Table> tables = new ArrayList<>();
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      DataFormatter formatter = new DataFormatter();
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
        Sheet sheet = workbook.getSheetAt(s);
        String name = sheet.getSheetName();
        if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
          if (sheet.getPhysicalNumberOfRows() > 0) {
            warnings.add(new InputWarning(InputPlace.inSheet(source, name, 1, 1),
                "工作表 " + quote(name) + " 已隐藏: 未导入"));
          }
          continue;
        }
        tables.add(table(sheet, source, formatter, evaluator, warnings));
      }
    } catch (EncryptedDocumentException e) {
      throw new InputException(source, 0, 0, "Excel 文件已加密: 应为未加密的工作簿", e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException ie) {
        throw ie;
      }
      throw new InputException(source, 0, 0, "无法读取 Excel 文件: " + InputException.reason(e)
          + ": 应为 Excel 保存的 .xlsx 或 .xls 工作簿", e);
    }
    return tables;
  }

  private static Table table(Sheet sheet, String source, DataFormatter formatter, FormulaEvaluator evaluator,
      List<InputWarning> warnings) {
    String name = sheet.getSheetName();
    Map<Long, CellRangeAddress> merged = new HashMap<>();
    for (CellRangeAddress range : sheet.getMergedRegions()) {
      for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
        for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
          merged.put(key(r, c), range);
        }
      }
    }
    int width = 0;
    for (Row row : sheet) {
      width = Math.max(width, row.getLastCellNum());
    }
    List<List<io.tracker.imports.Cell>> rows = new ArrayList<>();
    for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
      Row row = sheet.getRow(r);
      List<io.tracker.imports.Cell> cells = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        InputPlace place = InputPlace.inSheet(source, name, r + 1, c + 1);
        CellRangeAddress range = merged.get(key(r, c));
        if (range != null && (range.getFirstRow() != r || range.getFirstColumn() != c)) {
          String text = text(sheet, range.getFirstRow(), range.getFirstColumn(), formatter, evaluator);
          cells.add(new io.tracker.imports.Cell(text, place,
              Optional.of(InputPlace.inSheet(source, name, range.getFirstRow() + 1, range.getFirstColumn() + 1))));
        } else {
          cells.add(new io.tracker.imports.Cell(text(sheet, r, c, formatter, evaluator), place));
        }
      }
      boolean blank = cells.stream().allMatch(io.tracker.imports.Cell::isBlank);
      if (row != null && row.getZeroHeight()) {
        if (!blank) {
          warnings.add(new InputWarning(cells.get(0).place(), "第 " + (r + 1) + " 行已隐藏: 未导入 "
              + quote(cells.stream().filter(x -> !x.isBlank()).findFirst().orElseThrow().text())));
        }
        continue;
      }
      for (int c = 0; c < cells.size(); c++) {
        if (sheet.isColumnHidden(c) && !cells.get(c).isBlank()) {
          warnings.add(new InputWarning(cells.get(c).place(), InputPlace.columnName(c + 1) + " 列已隐藏: 未导入 "
              + quote(cells.get(c).text())));
          cells.set(c, new io.tracker.imports.Cell("", cells.get(c).place()));
        }
      }
      if (!cells.stream().allMatch(io.tracker.imports.Cell::isBlank)) {
        rows.add(cells);
      }
    }
    return new Table(name, InputPlace.inSheet(source, name, 1, 1), List.of(), rows);
  }

  /**
   * The cell's value as Excel shows it; a date (a deadline typed as a date) as yyyy年M月d日, which
   * reads the same whatever the cell's date format or the machine's locale.
   */
  private static String text(Sheet sheet, int r, int c, DataFormatter formatter, FormulaEvaluator evaluator) {
    Row row = sheet.getRow(r);
    Cell cell = row == null ? null : row.getCell(c);
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
      return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
    return formatter.formatCellValue(cell, evaluator);
  }

  private static long key(int row, int column) {
    return (long) row << 20 | column;
  }
}
