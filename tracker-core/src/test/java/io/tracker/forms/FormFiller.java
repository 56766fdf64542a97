package io.tracker.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Test fixture: fills in a report form the way a clerk would, cell by cell on the row of a task and
 * target (found by the hidden key columns, wherever the row is), and saves it.
 */
public final class FormFiller implements AutoCloseable {
  private final Workbook workbook;
  private final Sheet sheet;

  private FormFiller(Workbook workbook) {
    this.workbook = workbook;
    this.sheet = workbook.getSheet(FormLayout.SHEET);
  }

  /** Opens {@code form} (.xlsx or .xls). */
  public static FormFiller open(Path form) throws IOException {
    try (InputStream in = Files.newInputStream(form)) {
      return new FormFiller(WorkbookFactory.create(in));
    }
  }

  /** The 0-based row of task {@code taskId}, target {@code target} (0 for a task without targets). */
  public int row(String taskId, int target) {
    DataFormatter text = new DataFormatter();
    for (int r = FormLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row != null && text.formatCellValue(row.getCell(FormLayout.KEY_TASK)).equals(taskId)
          && text.formatCellValue(row.getCell(FormLayout.KEY_TARGET)).equals(target == 0 ? "" : String.valueOf(target))) {
        return r;
      }
    }
    throw new IllegalArgumentException("no row for task " + taskId + " target " + target);
  }

  /** Types a number into column {@code header} of the row of {@code taskId}/{@code target}. */
  public FormFiller number(String taskId, int target, String header, double value) {
    cell(taskId, target, header).setCellValue(value);
    return this;
  }

  /** Types text into column {@code header} of the row of {@code taskId}/{@code target}. */
  public FormFiller text(String taskId, int target, String header, String value) {
    cell(taskId, target, header).setCellValue(value);
    return this;
  }

  /** Moves the row of {@code taskId}/{@code target} to the end of the sheet, as sorting would. */
  public FormFiller moveToEnd(String taskId, int target) {
    int from = row(taskId, target);
    Row source = sheet.getRow(from);
    Row moved = sheet.createRow(sheet.getLastRowNum() + 1);
    for (Cell cell : source) {
      Cell copy = moved.createCell(cell.getColumnIndex());
      copy.setCellStyle(cell.getCellStyle());
      switch (cell.getCellType()) {
        case NUMERIC -> copy.setCellValue(cell.getNumericCellValue());
        case STRING -> copy.setCellValue(cell.getStringCellValue());
        default -> { }
      }
    }
    sheet.removeRow(source);
    return this;
  }

  /** Saves the form as {@code file}. */
  public Path saveAs(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }

  private Cell cell(String taskId, int target, String header) {
    Row row = sheet.getRow(row(taskId, target));
    int column = FormLayout.HEADERS.indexOf(header);
    Cell cell = row.getCell(column);
    return cell != null ? cell : row.createCell(column);
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
