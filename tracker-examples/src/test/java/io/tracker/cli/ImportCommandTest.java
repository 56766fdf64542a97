package io.tracker.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracker import}: warnings on stderr beside the JSON, --strict, --columns, formats by content. */
class ImportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Row 2 prints no unit: it inherits row 1's, which the importer says. */
  private static final String MERGED = "序号,重点任务,责任单位,完成时限\n"
      + "1,新建污水管网20公里,县住建局、县水利局,2023年10月底\n"
      + "2,改造雨污分流小区8个,,2023年11月底\n";

  @Test
  void printsTheBookOnStdoutAndEachWarningOnStderr(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("merged.csv");
    Files.writeString(file, MERGED, UTF_8);
    CliRun run = CliRun.of("import", file.toString());
    assertThat(run.status()).isZero();
    assertThat(run.errLines()).containsExactly(
        file + ":3:3: 警告: 第 2 项未印责任单位: 沿用上一项(第 1 项)的 \"县住建局、县水利局\"");
    JsonNode book = JSON.readTree(run.out());
    assertThat(book.get("tasks").get(1).get("units").get(0).get("name").asText()).isEqualTo("县住建局");
    assertThat(book.has("warnings")).isFalse(); // the JSON gains nothing
  }

  @Test
  void strictTurnsTheWarningIntoAnErrorWithExitTwo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("merged.csv");
    Files.writeString(file, MERGED, UTF_8);
    CliRun run = CliRun.of("import", "--strict", file.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        file + ":3:3: 第 2 项未印责任单位: 沿用上一项(第 1 项)的 \"县住建局、县水利局\"");
  }

  @Test
  void columnsMapsAHeaderTheReaderDoesNotKnow(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mapped.csv");
    Files.writeString(file, "序号,目标任务,责任处室,完成时限\n1,完成审计项目20个,县审计局,2023年12月底\n", UTF_8);
    CliRun unknown = CliRun.of("import", file.toString());
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.errLines()).singleElement().asString()
        .startsWith(file + ":1:9: 未知表头 \"责任处室\": 应为 ").endsWith("或用 --columns '责任处室=task' 指明其含义");
    CliRun mapped = CliRun.of("import", "--columns", "责任处室=lead", file.toString());
    assertThat(mapped.status()).isZero();
    assertThat(JSON.readTree(mapped.out()).get("tasks").get(0).get("units").get(0).get("role").asText())
        .isEqualTo("LEAD");
    CliRun bad = CliRun.of("import", "--columns", "责任处室=boss", file.toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.errLines()).singleElement().asString().startsWith("--columns:1:1: \"责任处室=boss\": 应为 表头=列, 列为 number、");
  }

  @Test
  void readsAWorkbookByItsContentWhateverItsName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("upload.dat");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("附件1");
      String[][] rows = {{"序号", "重点任务", "牵头单位", "完成时限"}, {"1", "新建幼儿园3所", "县教育局", "2024年8月底"}};
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
    }
    CliRun run = CliRun.of("import", file.toString());
    assertThat(run.errLines()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(JSON.readTree(run.out()).get("year").asInt()).isEqualTo(2024);
  }

  @Test
  void anOldWordDocumentIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tasks.doc");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[64]), "WordDocument");
      fs.writeFilesystem(bytes);
    }
    Files.write(file, bytes.toByteArray());
    CliRun run = CliRun.of("import", file.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(file + ":0:0: 旧版 Word 文档(.doc)无法读取: 请用 Word 或 WPS 另存为 .docx 后再导入");
  }
}
