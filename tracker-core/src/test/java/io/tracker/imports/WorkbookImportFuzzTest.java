package io.tracker.imports;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the Excel importer with workbooks built from the fuzzer's data: up to three sheets (some
 * hidden), rows of cells picked from {@link ImportFuzzing#CELLS} or fuzzed text, numbers and dates
 * (any serial number, valid or not), formulas, merged ranges (overlapping ones too) and hidden rows
 * and columns. Byte-level mutations of a ZIP mostly break its checksums, so the structure is
 * generated; a damaged file is {@link PublishedTextFuzzTest}'s, whose corpus holds a small workbook.
 */
class WorkbookImportFuzzTest {
  private static final String[] FORMULAS = {"1+1", "A1", "A1&\"年\"", "1/0", "TODAY()", "SUM(A1:A3)", "\"持续推进\""};

  @FuzzTest
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void fuzz(FuzzedDataProvider data) {
    ImportFuzzing.read(workbook(data), "list.xlsx");
  }

  static byte[] workbook(FuzzedDataProvider data) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      int sheets = data.consumeInt(1, 3);
      for (int s = 0; s < sheets; s++) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(data.consumeString(12) + "表" + s));
        int rows = data.consumeInt(0, 14);
        int columns = data.consumeInt(1, 7);
        for (int r = 0; r < rows; r++) {
          Row row = sheet.createRow(r + data.consumeInt(0, 1));
          for (int c = 0; c < columns; c++) {
            fill(row.createCell(c), data, date);
          }
          row.setZeroHeight(data.consumeProbabilityFloat() < 0.05f);
        }
        for (int m = data.consumeInt(0, 3); m > 0; m--) {
          int firstRow = data.consumeInt(0, rows + 1);
          int firstColumn = data.consumeInt(0, columns);
          sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, firstRow + data.consumeInt(0, 4), firstColumn,
              firstColumn + data.consumeInt(0, 3)));
        }
        sheet.setColumnHidden(data.consumeInt(0, columns), data.consumeProbabilityFloat() < 0.1f);
        if (s > 0 && data.consumeProbabilityFloat() < 0.2f) {
          workbook.setSheetHidden(s, true);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fill(Cell cell, FuzzedDataProvider data, CellStyle date) {
    switch (data.consumeInt(0, 5)) {
      case 0 -> { } // blank
      case 1 -> cell.setCellValue(data.consumeDouble());
      case 2 -> {
        cell.setCellValue(data.consumeInt(-1000, 3_000_000) / 4.0);
        cell.setCellStyle(date);
      }
      case 3 -> cell.setCellFormula(data.pickValue(FORMULAS));
      default -> cell.setCellValue(ImportFuzzing.cell(data));
    }
  }
}
