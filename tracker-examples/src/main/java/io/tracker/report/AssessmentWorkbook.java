package io.tracker.report;

import static java.util.Objects.requireNonNull;

import io.tracker.SpreadsheetText;
import io.tracker.report.LedgerView.SectionView;
import io.tracker.report.LedgerView.TaskRow;
import io.tracker.rules.Assessment;
import io.tracker.rules.LeaderResult;
import io.tracker.rules.Light;
import io.tracker.rules.RiskFlag;
import io.tracker.rules.UnitResult;
import io.tracker.rules.fact.Tally;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The supervision ledger (督查台账) as the Excel workbook an office circulates, {@code assessment.xlsx}:
 *
 * <ul>
 *   <li>任务台账 — one row per task: 序号, 附件, 任务, 牵头单位, 配合单位, 包抓领导, 目标完成情况 (each
 *       target's completion), 时序进度, 得分, 亮灯 (filled in the light's colour), 预警说明;
 *   <li>责任单位 and 包抓领导 — the rankings, best first;
 *   <li>考核得分 — for an indicator table with 分值 (docs/indicators.md), the units ranked by points;
 *   <li>说明 — the as-of date, the rules the assessment used, and the legend of the lights.
 * </ul>
 *
 * <p>Every sheet has a title row and a frozen, filtered header, column widths that fit Chinese text
 * (a 汉字 counts two), wrapped text, and prints on A4 landscape, one page wide, repeating its title
 * and header. Text cells are {@linkplain SpreadsheetText#neutralised neutralised} against formula
 * injection. Written with Apache POI's streaming SXSSF: memory stays flat however many tasks
 * (BENCHMARKS.md measures 100,000).
 */
public final class AssessmentWorkbook {
  /** The file written in the output directory. */
  public static final String FILE_NAME = "assessment.xlsx";
  /** The columns of 任务台账. */
  public static final List<String> TASK_COLUMNS = List.of("序号", "附件", "任务", "牵头单位", "配合单位", "包抓领导",
      "目标完成情况", "时序进度", "得分", "亮灯", "预警说明");
  /** The widest a column gets, in Latin characters (a 汉字 counts two); longer text wraps. */
  private static final int MAX_WIDTH = 40;
  /** Height of one line of wrapped text, in points. */
  private static final float LINE_HEIGHT = 13f;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private AssessmentWorkbook() {}

  /**
   * Writes {@code dir/assessment.xlsx}, creating {@code dir} if needed.
   *
   * @param rules what the assessment was scored with, shown on 说明: e.g. "默认规则（SHA-256 3f2a…）"
   * @return the file written
   * @throws IllegalArgumentException if the assessment has a task the book lacks
   */
  public static Path write(TaskBook book, Assessment assessment, String rules, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE_NAME);
    try (OutputStream out = Files.newOutputStream(file)) {
      write(book, assessment, rules, out);
    }
    return file;
  }

  /** Writes the workbook to {@code out}, which the caller closes. */
  public static void write(TaskBook book, Assessment assessment, String rules, OutputStream out) throws IOException {
    requireNonNull(rules, "rules");
    LedgerView view = LedgerView.of(book, assessment);
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      Styles styles = new Styles(workbook);
      tasks(workbook.createSheet("任务台账"), styles, view);
      units(workbook.createSheet("责任单位"), styles, view);
      if (!view.pointsRanking().isEmpty()) {
        points(workbook.createSheet("考核得分"), styles, view);
      }
      leaders(workbook.createSheet("包抓领导"), styles, view);
      notes(workbook.createSheet("说明"), styles, view, rules);
      workbook.write(out);
    }
  }

  private static void tasks(SXSSFSheet sheet, Styles styles, LedgerView view) {
    Table table = new Table(sheet, styles, view.title(), TASK_COLUMNS);
    for (SectionView section : view.sections()) {
      for (TaskRow row : section.rows()) {
        Row r = table.row();
        table.text(r, 0, row.task().id());
        table.text(r, 1, "附件" + section.section().number());
        table.text(r, 2, row.task().text());
        table.text(r, 3, row.leadUnit());
        table.text(r, 4, row.task().responsibility().coUnits().stream().map(ResponsibleUnit::name)
            .collect(Collectors.joining("、")));
        table.text(r, 5, row.leaders());
        table.text(r, 6, row.targets().isEmpty() ? "无量化目标" : row.targets().stream()
            .map(t -> t.text() + "：" + (t.result().reported() ? percent(t.result().completion()) : "未报送"))
            .collect(Collectors.joining("\n")));
        table.text(r, 7, row.targets().stream().map(t -> percent(t.result().expectedShare()))
            .collect(Collectors.joining("\n")));
        table.number(r, 8, row.result().score());
        table.light(r, 9, row.result().light());
        table.text(r, 10, flags(row.result().flags()));
      }
    }
    table.finish();
  }

  private static void units(SXSSFSheet sheet, Styles styles, LedgerView view) {
    Table table = new Table(sheet, styles, view.title() + " · 责任单位排名",
        List.of("排名", "责任单位", "得分", "牵头任务", "配合任务", "红灯", "黄灯", "橙灯"));
    int rank = 1;
    for (UnitResult unit : view.units()) {
      Row r = table.row();
      table.number(r, 0, BigDecimal.valueOf(rank++));
      table.text(r, 1, unit.name());
      table.number(r, 2, unit.score());
      table.number(r, 3, BigDecimal.valueOf(unit.lead()));
      table.number(r, 4, BigDecimal.valueOf(unit.co()));
      table.number(r, 5, BigDecimal.valueOf(unit.red()));
      table.number(r, 6, BigDecimal.valueOf(unit.yellow()));
      table.number(r, 7, BigDecimal.valueOf(unit.orange()));
    }
    table.finish();
  }

  private static void points(SXSSFSheet sheet, Styles styles, LedgerView view) {
    Table table = new Table(sheet, styles, view.title() + " · 考核得分排名（按评分标准计分）",
        List.of("名次", "单位", "得分", "满分"));
    int rank = 1;
    for (UnitResult unit : view.pointsRanking()) {
      Row r = table.row();
      table.number(r, 0, BigDecimal.valueOf(rank++));
      table.text(r, 1, unit.name());
      table.number(r, 2, unit.points().orElseThrow());
      table.number(r, 3, unit.maxPoints().orElseThrow());
    }
    table.finish();
  }

  private static void leaders(SXSSFSheet sheet, Styles styles, LedgerView view) {
    Table table = new Table(sheet, styles, view.title() + " · 包抓领导",
        List.of("排名", "包抓领导", "得分", "红灯", "黄灯", "蓝灯", "绿灯", "橙灯"));
    int rank = 1;
    for (LeaderResult leader : view.leaders()) {
      Row r = table.row();
      table.number(r, 0, BigDecimal.valueOf(rank++));
      table.text(r, 1, leader.name());
      table.number(r, 2, leader.score());
      table.number(r, 3, BigDecimal.valueOf(leader.red()));
      table.number(r, 4, BigDecimal.valueOf(leader.yellow()));
      table.number(r, 5, BigDecimal.valueOf(leader.blue()));
      table.number(r, 6, BigDecimal.valueOf(leader.green()));
      table.number(r, 7, BigDecimal.valueOf(leader.orange()));
    }
    table.finish();
  }

  private static void notes(SXSSFSheet sheet, Styles styles, LedgerView view, String rules) {
    Table table = new Table(sheet, styles, view.title() + " · 说明", List.of("项目", "内容"));
    Map<Light, Integer> counts = view.lightCounts();
    String[][] facts = {
      {"评估日期", view.assessment().asOf().toString()},
      {"任务清单", view.book().issuer() + " " + view.book().documentNumber() + " " + view.book().title()},
      {"任务数", String.valueOf(view.rows().size())},
      {"总分", view.assessment().total().toPlainString()},
      {"评估规则", rules},
    };
    for (String[] fact : facts) {
      Row r = table.row();
      table.text(r, 0, fact[0]);
      table.text(r, 1, fact[1]);
    }
    for (Light light : Lights.shown(view.assessment().tasks())) {
      Row r = table.row();
      table.light(r, 0, light);
      table.text(r, 1, legend(light) + "（本期 " + counts.get(light) + " 项）");
    }
    for (Tally tally : view.assessment().tallies()) {
      Row r = table.row();
      table.text(r, 0, "统计：" + tally.name());
      table.text(r, 1, Lights.scope(tally.scope()) + " " + tally.value().toPlainString());
    }
    table.finish();
  }

  /** What a light means, for the legend. */
  static String legend(Light light) {
    return switch (light) {
      case RED -> "严重滞后或逾期未完成，需督办";
      case ORANGE -> "滞后较重，需重点督办（由分析员规则点亮）";
      case YELLOW -> "进度滞后于时序进度，需关注";
      case BLUE -> "临近完成时限或无牵头单位，需提示";
      case GREEN -> "按时序推进或已完成";
    };
  }

  private static String flags(List<RiskFlag> flags) {
    return flags.stream().map(f -> "[" + Lights.flagLabel(f.code()) + "] " + f.message())
        .collect(Collectors.joining("\n"));
  }

  /** 0.5419 → "54.19%". */
  private static String percent(BigDecimal ratio) {
    return ratio.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** A sheet being written: title row, header row, then data rows, widths fitted to the text. */
  private static final class Table {
    private final SXSSFSheet sheet;
    private final Styles styles;
    private final int[] widths;
    private int next = 2;

    Table(SXSSFSheet sheet, Styles styles, String title, List<String> headers) {
      this.sheet = sheet;
      this.styles = styles;
      this.widths = new int[headers.size()];
      Row titleRow = sheet.createRow(0);
      titleRow.setHeightInPoints(26);
      Cell t = titleRow.createCell(0);
      t.setCellValue(SpreadsheetText.neutralised(title));
      t.setCellStyle(styles.title);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
      Row header = sheet.createRow(1);
      for (int c = 0; c < headers.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(headers.get(c));
        cell.setCellStyle(styles.header);
        widths[c] = DisplayWidth.of(headers.get(c)) + 2;
      }
    }

    private Row current;
    private int lines;

    /** A new data row; the previous one gets the height its wrapped text needs. */
    Row row() {
      endRow();
      current = sheet.createRow(next++);
      lines = 1;
      return current;
    }

    private void endRow() {
      if (current != null) {
        current.setHeightInPoints(lines * LINE_HEIGHT + 3);
      }
    }

    void text(Row row, int column, String text) {
      Cell cell = row.createCell(column);
      cell.setCellValue(SpreadsheetText.neutralised(text));
      cell.setCellStyle(styles.text);
      fit(column, text);
    }

    void number(Row row, int column, BigDecimal value) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value.doubleValue());
      cell.setCellStyle(value.scale() > 0 ? styles.decimal : styles.integer);
      fit(column, value.toPlainString());
    }

    void light(Row row, int column, Light light) {
      Cell cell = row.createCell(column);
      cell.setCellValue(Lights.label(light));
      cell.setCellStyle(styles.lights.get(light));
      fit(column, Lights.label(light));
    }

    /** Widens {@code column} for {@code text} up to the cap, and counts the lines it wraps to. */
    private void fit(int column, String text) {
      int wrapped = 0;
      for (String line : text.split("\n")) {
        int width = DisplayWidth.of(line) + 2;
        widths[column] = Math.max(widths[column], Math.min(MAX_WIDTH, width));
        wrapped += Math.max(1, (width + MAX_WIDTH - 3) / (MAX_WIDTH - 2));
      }
      lines = Math.max(lines, wrapped);
    }

    void finish() {
      endRow();
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      sheet.createFreezePane(0, 2);
      sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, next - 1), 0, widths.length - 1));
      PrintSetup print = sheet.getPrintSetup();
      print.setPaperSize(PrintSetup.A4_PAPERSIZE);
      print.setLandscape(true);
      print.setFitWidth((short) 1);
      print.setFitHeight((short) 0);
      sheet.setFitToPage(true);
      sheet.setRepeatingRows(new CellRangeAddress(0, 1, -1, -1));
    }
  }

  /** The cell styles, one set per workbook. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle integer;
    final CellStyle decimal;
    final Map<Light, CellStyle> lights = new EnumMap<>(Light.class);

    Styles(SXSSFWorkbook workbook) {
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = workbook.createCellStyle();
      title.setFont(big);
      title.setAlignment(HorizontalAlignment.CENTER);
      title.setVerticalAlignment(VerticalAlignment.CENTER);
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = bordered(workbook);
      header.setFont(bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      fill(header, "#d9d9d9");
      text = bordered(workbook);
      integer = bordered(workbook);
      integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
      decimal = bordered(workbook);
      decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      for (Light light : Light.values()) {
        XSSFFont white = (XSSFFont) workbook.createFont();
        white.setBold(true);
        white.setColor(new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}, new DefaultIndexedColorMap()));
        CellStyle style = bordered(workbook);
        style.setFont(white);
        style.setAlignment(HorizontalAlignment.CENTER);
        fill(style, Lights.colour(light));
        lights.put(light, style);
      }
    }

    private static CellStyle bordered(SXSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      style.setWrapText(true);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    }

    /** Fills {@code style} with {@code hex}, "#d9534f". */
    private static void fill(CellStyle style, String hex) {
      byte[] rgb = HexFormat.of().parseHex(hex.substring(1));
      ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb, new DefaultIndexedColorMap()));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
  }
}
