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
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word task lists, generated here with POI (XWPF) in the manner of a county's notice: the notice's
 * paragraphs, then per annex its title and a table with a title row spanning the columns and a
 * lead unit merged down two rows; and a notice whose list is its own numbered paragraphs.
 */
class WordImportTest {

  private static void paragraph(XWPFDocument doc, String text) {
    doc.createParagraph().createRun().setText(text);
  }

  private static XWPFTable table(XWPFDocument doc, String[]... rows) {
    XWPFTable table = doc.createTable(rows.length, rows[0].length);
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        table.getRow(r).getCell(c).setText(rows[r][c]);
      }
    }
    return table;
  }

  private static CTTcPr properties(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  /** Row {@code r}'s first cell spans the whole row: the others are removed. */
  private static void spanRow(XWPFTable table, int r, int columns) {
    for (int c = columns - 1; c > 0; c--) {
      table.getRow(r).removeCell(c);
    }
    properties(table.getRow(r).getCell(0)).addNewGridSpan().setVal(BigInteger.valueOf(columns));
  }

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    return out.toByteArray();
  }

  static byte[] countyNotice() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    paragraph(doc, "龙游县人民政府关于印发2023年民生实事项目的通知");
    paragraph(doc, "龙政发〔2023〕12号");
    paragraph(doc, "各乡镇人民政府、街道办事处,县政府各部门:");
    paragraph(doc, "现将2023年民生实事项目印发给你们,请认真组织实施。");
    paragraph(doc, "龙游县人民政府");
    paragraph(doc, "2023年2月20日");
    paragraph(doc, "附件1");
    XWPFTable first = table(doc,
        new String[] {"2023年民生实事项目分解表", "", "", "", ""},
        new String[] {"序号", "民生实事", "牵头单位", "配合单位", "完成时限"},
        new String[] {"1", "新建幼儿园3所", "县教育局", "县财政局", "8月底"},
        new String[] {"2", "新增公办托位200个", "县卫健局", "县妇联", "10月底"},
        new String[] {"3", "建设社区嵌入式养老服务中心2个", "", "县民政局", "11月底"});
    spanRow(first, 0, 5);
    properties(first.getRow(3).getCell(2)).addNewVMerge().setVal(STMerge.RESTART);
    properties(first.getRow(4).getCell(2)).addNewVMerge();
    paragraph(doc, "附件2");
    paragraph(doc, "2023年创建任务表");
    table(doc,
        new String[] {"序号", "目标任务", "责任单位", "包抓领导"},
        new String[] {"4", "创建省级卫生县城", "县卫健局、各乡镇(街道)", "陈红"});
    return bytes(doc);
  }

  @Test
  void readsTheNoticeAndItsAnnexTables() throws IOException {
    ImportResult result = TaskBookReader.read(new ByteArrayInputStream(countyNotice()), "notice.docx");
    assertThat(result.book().title()).isEqualTo("龙游县人民政府关于印发2023年民生实事项目的通知");
    assertThat(result.book().issuer()).isEqualTo("龙游县人民政府");
    assertThat(result.book().documentNumber()).isEqualTo("龙政发〔2023〕12号");
    assertThat(result.book().issuedOn()).contains(java.time.LocalDate.of(2023, 2, 20));
    assertThat(result.book().sections()).containsExactly(
        new Section(1, "2023年民生实事项目分解表"), new Section(2, "2023年创建任务表"));
    assertThat(tasks(result.book())).containsExactly(
        "1 §1 新建幼儿园3所 | 县教育局:牵、县财政局:配 |  | 2023-08-31",
        "2 §1 新增公办托位200个 | 县卫健局:牵、县妇联:配 |  | 2023-10-31",
        "3 §1 建设社区嵌入式养老服务中心2个 | 县卫健局:牵、县民政局:配 |  | 2023-11-30",
        "4 §2 创建省级卫生县城 | 县卫健局:牵、各乡镇(街道):配 | 陈红 | -");
    assertThat(result.warnings()).extracting(InputWarning::toString).containsExactly(
        "notice.docx:表1!C5: 警告: 责任单位为合并单元格: 第 3 项沿用 notice.docx:表1!C4 的 \"县卫健局\"");
  }

  @Test
  void readsANoticeWhoseListIsItsOwnParagraphs() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    for (String line : Files.readAllLines(ImportedBooks.layout("county-outline.txt"))) {
      paragraph(doc, line);
    }
    ImportResult fromWord = TaskBookReader.read(new ByteArrayInputStream(bytes(doc)), "county.docx");
    ImportResult fromText = TaskBookReader.read(ImportedBooks.layout("county-outline.txt"));
    assertThat(fromWord.book()).isEqualTo(fromText.book());
  }

  @Test
  void anOldWordDocumentIsRefusedWithAHint() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[64]), "WordDocument");
      fs.writeFilesystem(out);
    }
    assertThatThrownBy(() -> TaskBookReader.read(new ByteArrayInputStream(out.toByteArray()), "tasks.doc"))
        .isInstanceOf(InputException.class)
        .hasMessage("tasks.doc:0:0: 旧版 Word 文档(.doc)无法读取: 请用 Word 或 WPS 另存为 .docx 后再导入");
  }

  @Test
  void aZipThatIsNeitherWorkbookNorDocumentIsRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
      zip.write("x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> TaskBookReader.read(new ByteArrayInputStream(out.toByteArray()), "tasks.xlsx"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("tasks.xlsx:0:0: ZIP 文件既不是 Excel 工作簿也不是 Word 文档");
  }

  @Test
  void listsTheSameTasksWhateverTheTablesAreCalled() throws IOException {
    assertThat(List.of(TaskBookReader.read(new ByteArrayInputStream(countyNotice()), "a.bin").book().tasks()))
        .isEqualTo(List.of(TaskBookReader.read(new ByteArrayInputStream(countyNotice()), "b.docx").book().tasks()));
  }
}
