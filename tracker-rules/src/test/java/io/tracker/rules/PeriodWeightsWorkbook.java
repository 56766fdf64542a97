package io.tracker.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the example decision table {@code examples/period-weights/指标得分.drl.xlsx} (period
 * weights 一季度15%/上半年25%/前三季度25%, by the month the target is due in: 1–3, 4–6, 7–9) with
 * Apache POI. Run once with
 * {@code java -cp … io.tracker.rules.PeriodWeightsWorkbook OUT.xlsx}; the result is committed.
 * Every column has its own object type, so no merged cells are needed.
 */
final class PeriodWeightsWorkbook {
  static final List<List<String>> ROWS = List.of(
      List.of("RuleSet", "io.tracker.rules"),
      List.of("Import", "io.tracker.rules.fact.*, io.tracker.target.TargetKind, io.tracker.ledger.ExpectedProgress, java.math.BigDecimal"),
      List.of("Notes", "阶段权重: 一季度目标15%、上半年目标25%、前三季度目标25%、全年目标35% (全年目标见 全年目标权重.drl)"),
      List.of(),
      List.of("RuleTable 指标得分:阶段权重"),
      List.of("NAME", "CONDITION", "CONDITION", "CONDITION", "ACTION"),
      List.of("", "$f : TargetFact", "Phase", "$c : Completion", ""),
      List.of("", "kind != TargetKind.$param",
          "taskId == $f.taskId(), position == $f.position(), end.monthValue >= $1, end.monthValue <= $2",
          "taskId == $f.taskId(), position == $f.position(), measure == MeasureKind.$param",
          "BigDecimal completion = Calc.clamp( $c.ratio(), BigDecimal.ZERO, BigDecimal.ONE ); "
              + "insertLogical( new TargetScore( $f.taskId(), $f.position(), completion, Calc.percentOf( completion ), true, "
              + "ExpectedProgress.pointsBehind( $f.expectedShare(), completion ), new BigDecimal( \"$param\" ) ) );"),
      List.of("规则名称", "不适用的指标类型", "阶段 (到期月份, 从, 到)", "按哪次报送", "权重"),
      List.of("指标得分:一季度目标权重15", "MAINTAIN", "1, 3", "LATEST", "15"),
      List.of("指标得分:上半年目标权重25", "MAINTAIN", "4, 6", "LATEST", "25"),
      List.of("指标得分:前三季度目标权重25", "MAINTAIN", "7, 9", "LATEST", "25"));

  private PeriodWeightsWorkbook() {}

  static void write(OutputStream out) throws IOException {
    write("阶段权重", ROWS, out);
  }

  /** An XLSX workbook of one sheet named {@code sheetName} holding {@code rows} of text cells. */
  static void write(String sheetName, List<List<String>> rows, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet(sheetName);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      workbook.write(out);
    }
  }

  public static void main(String[] args) throws IOException {
    try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
      write(out);
    }
  }
}
