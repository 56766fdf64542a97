package io.tracker.imports;

import static io.tracker.imports.ImportedBooks.tasks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.InputWarning;
import io.tracker.task.Section;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel task lists, generated here with POI in the manner of a county's workbook: title rows above a
 * two-row header, heading rows, merged unit and leader cells, a hidden row, a hidden sheet and a
 * second annex on its own sheet.
 */
class WorkbookImportTest {

  /** Sets row {@code r} (0-based) of {@code sheet} to {@code cells}; a null leaves the cell out. */
  private static Row row(Sheet sheet, int r, Object... cells) {
    Row row = sheet.createRow(r);
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else if (cells[c] != null) {
        row.createCell(c).setCellValue(cells[c].toString());
      }
    }
    return row;
  }

  private static void merge(Sheet sheet, String range) {
    sheet.addMergedRegion(CellRangeAddress.valueOf(range));
  }

  /** The county workbook described above, as .xlsx or .xls. */
  static byte[] countyWorkbook(Workbook wb) throws IOException {
    Sheet first = wb.createSheet("附件1");
    row(first, 0, "附件1");
    row(first, 1, "2023年龙游县重点工作任务分解表");
    merge(first, "A2:F2");
    row(first, 2, "序号", "重点任务", "责任单位", null, "县级领导", "完成时限");
    row(first, 3, null, null, "牵头单位", "配合单位");
    merge(first, "A3:A4");
    merge(first, "B3:B4");
    merge(first, "C3:D3");
    merge(first, "E3:E4");
    merge(first, "F3:F4");
    row(first, 4, "一、经济发展");
    merge(first, "A5:F5");
    row(first, 5, 1, "地区生产总值增长7%", "县发改局", "县统计局", "王刚", "12月底");
    row(first, 6, 2, "固定资产投资增长10%", "县经信局", "龙游县、县自然资源和规划局", "李明", "11月底");
    row(first, 7, 3, "工业技改投资增长15%", null, "县科技局", null, "11月底");
    merge(first, "C7:C8");
    merge(first, "E7:E8");
    row(first, 8, "内部核对: 本表已与各单位确认").setZeroHeight(true);
    row(first, 9, "二、民生保障");
    merge(first, "A10:F10");
    row(first, 10, 4, "新增城镇就业3000人", "县人社局", "柯城区、经开区", "陈红", "年底前");
    Sheet notes = wb.createSheet("说明");
    row(notes, 0, "本表由县政府办编制");
    wb.setSheetHidden(1, true);
    Sheet second = wb.createSheet("附件2");
    row(second, 0, "2023年十件民生实事");
    row(second, 1, "序号", "民生实事", "责任单位", "完成时限");
    row(second, 2, 5, "新建幼儿园3所", "县教育局、县财政局", "8月底");
    row(second, 3, 6, "改造农村公路50公里", "县交通运输局", "10月底");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    wb.close();
    return out.toByteArray();
  }

  private static final String[] COUNTY_TASKS = {
    "1 §1 地区生产总值增长7% | 县发改局:牵、县统计局:配 | 王刚 | 2023-12-31",
    "2 §1 固定资产投资增长10% | 县经信局:牵、龙游县:配、县自然资源和规划局:配 | 李明 | 2023-11-30",
    "3 §1 工业技改投资增长15% | 县经信局:牵、县科技局:配 | 李明 | 2023-11-30",
    "4 §2 新增城镇就业3000人 | 县人社局:牵、柯城区:配、经开区:配 | 陈红 | 2023-12-31",
    "5 §3 新建幼儿园3所 | 县教育局:牵、县财政局:配 |  | 2023-08-31",
    "6 §3 改造农村公路50公里 | 县交通运输局:牵 |  | 2023-10-31",
  };

  @Test
  void readsAnXlsxWorkbookWithMergedCellsAndATwoRowHeader(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("county.xlsx");
    Files.write(file, countyWorkbook(new XSSFWorkbook()));
    ImportResult result = TaskBookReader.read(file);
    assertThat(result.book().year()).isEqualTo(2023);
    assertThat(result.book().title()).isEqualTo("2023年龙游县重点工作任务分解表");
    assertThat(result.book().sections()).containsExactly(
        new Section(1, "一、经济发展"), new Section(2, "二、民生保障"), new Section(3, "2023年十件民生实事"));
    assertThat(tasks(result.book())).containsExactly(COUNTY_TASKS);
    assertThat(result.warnings()).extracting(InputWarning::toString).containsExactly(
        file + ":附件1!C8: 警告: 责任单位为合并单元格: 第 3 项沿用 " + file + ":附件1!C7 的 \"县经信局\"",
        file + ":附件1!E8: 警告: 责任领导为合并单元格: 第 3 项沿用 " + file + ":附件1!E7 的 \"李明\"",
        file + ":附件1!A9: 警告: 第 9 行已隐藏: 未导入 \"内部核对: 本表已与各单位确认\"",
        file + ":说明!A1: 警告: 工作表 \"说明\" 已隐藏: 未导入");
  }

  @Test
  void readsTheSameWorkbookAsXlsByContentWhateverItsName() throws IOException {
    byte[] xls = countyWorkbook(new HSSFWorkbook());
    ImportResult result = TaskBookReader.read(new ByteArrayInputStream(xls), "upload.bin");
    assertThat(tasks(result.book())).containsExactly(COUNTY_TASKS);
    assertThat(result.warnings()).hasSize(4);
  }

  @Test
  void anUnknownHeaderIsAnErrorAtItsCellUnlessMapped(@TempDir Path dir) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet("任务");
    row(sheet, 0, "序号", "目标任务", "责任处室", "完成时限");
    row(sheet, 1, 1, "完成审计项目20个", "县审计局", "2023年12月底");
    Path file = dir.resolve("tasks.xlsx");
    try (var out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    assertThatThrownBy(() -> TaskBookReader.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + ":任务!C1: 未知表头 \"责任处室\": 应为 ")
        .hasMessageEndingWith("或用 --columns '责任处室=task' 指明其含义");
    ImportResult mapped = TaskBookReader.read(file, ImportOptions.defaults().withColumn("责任处室", TaskColumn.LEAD));
    assertThat(tasks(mapped.book())).containsExactly("1 §1 完成审计项目20个 | 县审计局:牵 |  | 2023-12-31");
  }

  @Test
  void aDeadlineTypedAsADateReadsWhateverItsFormat() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet("任务");
    row(sheet, 0, "序号", "重点任务", "责任单位", "完成时间");
    Row task = row(sheet, 1, 1, "新建幼儿园3所", "县教育局");
    var cell = task.createCell(3);
    cell.setCellValue(java.time.LocalDate.of(2024, 8, 31));
    var style = wb.createCellStyle();
    style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
    cell.setCellStyle(style);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    ImportResult result = TaskBookReader.read(new ByteArrayInputStream(out.toByteArray()), "dates.xlsx");
    assertThat(result.book().year()).isEqualTo(2024);
    assertThat(result.book().tasks().get(0).deadline().orElseThrow().printed()).isEqualTo("2024年8月31日");
    assertThat(tasks(result.book())).containsExactly("1 §1 新建幼儿园3所 | 县教育局:牵 |  | 2024-08-31");
  }

  @Test
  void aWorkbookWithoutAnyHeaderRowIsAnError() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    row(wb.createSheet("数据"), 0, "地区生产总值", "7%");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    assertThatThrownBy(() -> TaskBookReader.read(new ByteArrayInputStream(out.toByteArray()), "x.xlsx"))
        .isInstanceOf(InputException.class)
        .hasMessage("x.xlsx:数据!A1: 数据 中没有表头行(首个单元格 \"地区生产总值\"): 应有一行表头, 如 序号、任务、责任单位、完成时限");
  }
}
