package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped CSV tables written as XLSX (cell for cell, no merged cells) give the same rules, and
 * the shipped XLSX table gives the rules its rows describe: either form can hold any table.
 */
class DecisionTableFormsTest {
  @ParameterizedTest
  @ValueSource(strings = {"lag-thresholds/滞后亮灯.drl.csv", "step-bonus/指标得分.drl.csv"})
  void csvTablesWrittenAsXlsxGiveTheSameRules(String path) throws IOException {
    byte[] csv = Files.readAllBytes(ExampleScenariosTest.examples().resolve(path));
    String fromCsv = new SpreadsheetCompiler().compile(new ByteArrayInputStream(csv), InputType.CSV);
    String fromXlsx = new SpreadsheetCompiler().compile(new ByteArrayInputStream(xlsx(csv)), InputType.XLS);
    assertThat(fromXlsx).isEqualTo(fromCsv).contains("rule \"");
  }

  @org.junit.jupiter.api.Test
  void theShippedXlsxTableIsTheWorkbookItsGeneratorWrites() throws IOException {
    byte[] shipped = Files.readAllBytes(ExampleScenariosTest.examples().resolve("period-weights/指标得分.drl.xlsx"));
    ByteArrayOutputStream regenerated = new ByteArrayOutputStream();
    PeriodWeightsWorkbook.write(regenerated);
    String fromShipped = new SpreadsheetCompiler().compile(new ByteArrayInputStream(shipped), InputType.XLS);
    assertThat(fromShipped)
        .isEqualTo(new SpreadsheetCompiler().compile(new ByteArrayInputStream(regenerated.toByteArray()), InputType.XLS))
        .contains("rule \"指标得分:一季度目标权重15\"", "rule \"指标得分:上半年目标权重25\"",
            "rule \"指标得分:前三季度目标权重25\"", "end.monthValue >= 7, end.monthValue <= 9", "new BigDecimal( \"25\" )");
  }

  /** {@code csv} as an XLSX workbook, one cell per CSV field. */
  static byte[] xlsx(byte[] csv) throws IOException {
    List<String[]> records = new ArrayList<>();
    try (com.fasterxml.jackson.databind.MappingIterator<String[]> rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
        .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
        .readerFor(String[].class).readValues(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
      rows.forEachRemaining(records::add);
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("table");
      for (int r = 0; r < records.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < records.get(r).length; c++) {
          if (!records.get(r)[c].isEmpty()) {
            row.createCell(c).setCellValue(records.get(r)[c]);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
