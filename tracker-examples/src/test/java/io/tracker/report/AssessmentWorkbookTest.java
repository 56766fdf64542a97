package io.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.rules.Assessment;
import io.tracker.rules.Light;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Excel 台账 read back with POI, and rendered by LibreOffice into the build's screenshot. */
class AssessmentWorkbookTest {
  private static final TaskBook BOOK = LedgerFixture.book();
  private static final Assessment ASSESSMENT = LedgerFixture.assessment();
  private static final Path SCREENSHOT = Path.of("target", "report-screenshot", "assessment-xlsx.png");
  private static final DataFormatter TEXT = new DataFormatter();

  @TempDir Path dir;

  @Test
  void oneRowPerTaskWithItsLightFilledInTheLightsColour() throws IOException {
    Path file = AssessmentWorkbook.write(BOOK, ASSESSMENT, "默认规则（SHA-256 abc）", dir);
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
          workbook.getSheetName(3))).containsExactly("任务台账", "责任单位", "包抓领导", "说明");
      XSSFSheet tasks = workbook.getSheet("任务台账");
      assertThat(cells(tasks.getRow(1))).containsExactlyElementsOf(AssessmentWorkbook.TASK_COLUMNS);
      assertThat(tasks.getLastRowNum()).isEqualTo(1 + ASSESSMENT.tasks().size());
      int lights = 0;
      for (int r = 2; r <= tasks.getLastRowNum(); r++) {
        Row row = tasks.getRow(r);
        String id = TEXT.formatCellValue(row.getCell(0));
        Light light = ASSESSMENT.tasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().light();
        assertThat(TEXT.formatCellValue(row.getCell(9))).isEqualTo(Lights.label(light));
        XSSFCellStyle style = (XSSFCellStyle) row.getCell(9).getCellStyle();
        assertThat("#" + HexFormat.of().formatHex(style.getFillForegroundColorColor().getRGB()))
            .isEqualTo(Lights.colour(light));
        lights++;
      }
      assertThat(lights).isEqualTo(ASSESSMENT.tasks().size());
      Row task5 = rowOf(tasks, "5");
      assertThat(TEXT.formatCellValue(task5.getCell(6))).contains("发行专债4.5亿元以上：20.00%");
      assertThat(TEXT.formatCellValue(task5.getCell(10))).startsWith("[严重滞后] 发行专债4.5亿元以上仅完成20.0%");
      assertThat(tasks.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(tasks.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:K" + (2 + ASSESSMENT.tasks().size()));
      assertThat(tasks.getPrintSetup().getLandscape()).isTrue();
      assertThat(tasks.getPrintSetup().getPaperSize()).isEqualTo((short) 9); // A4
      assertThat(tasks.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
      // Column widths follow the display width of Chinese text (a 汉字 counts two), plus 2.
      int widestLead = BOOK.tasks().stream().mapToInt(t -> DisplayWidth.of(
          t.responsibility().lead().map(u -> u.name()).orElse(LedgerView.NONE))).max().orElseThrow();
      assertThat(tasks.getColumnWidth(3) / 256).isEqualTo(widestLead + 2);
      assertThat(tasks.getColumnWidth(2) / 256).isEqualTo(40);
      assertThat(task5.getHeightInPoints()).as("task 5 wraps to several lines").isGreaterThan(40);
      assertThat(cells(workbook.getSheet("说明").getRow(6))).containsExactly("评估规则", "默认规则（SHA-256 abc）");
      assertThat(workbook.getSheet("责任单位").getLastRowNum()).isEqualTo(1 + ASSESSMENT.units().size());
      assertThat(workbook.getSheet("包抓领导").getLastRowNum()).isEqualTo(1 + ASSESSMENT.leaders().size());
    }
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() throws IOException {
    TaskBook hostile = LedgerFixture.book(LedgerFixture.tasks().stream()
        .map(t -> new io.tracker.task.Task(t.id(), t.section(), "=HYPERLINK(\"http://x\",\"点我\")" + t.text(),
            t.responsibility(), t.leaders(), t.deadline(), t.targets()))
        .toList());
    Path file = AssessmentWorkbook.write(hostile, ASSESSMENT, "默认规则", dir);
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Row first = workbook.getSheet("任务台账").getRow(2);
      assertThat(first.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(first.getCell(2).getStringCellValue()).startsWith("'=HYPERLINK(");
    }
  }

  @Test
  void libreOfficeRendersTheSeedsLedgerWithColouredLights() throws Exception {
    LibreOffice.requireInstalled();
    TaskBook seed = io.tracker.imports.TaskBookReader.read(Path.of("../seeds/000_961a157e1ab25069.txt")).strictBook();
    Assessment assessment = io.tracker.rules.Assessor.withDefaultRules().assess(seed,
        io.tracker.ledger.LedgerReader.read(Path.of("../seeds/simulated-ledger-2023-06-30.csv"), seed),
        java.time.LocalDate.of(2023, 6, 30));
    Path xlsx = AssessmentWorkbook.write(seed, assessment, "默认规则", dir);
    Path pdf = LibreOffice.convert(List.of(xlsx), "pdf", dir.resolve("pdf")).get(0);
    Files.createDirectories(SCREENSHOT.getParent());
    Files.deleteIfExists(SCREENSHOT);
    LibreOffice.firstPageAsPng(pdf, SCREENSHOT.toAbsolutePath(), 150);
    assertThat(Files.size(SCREENSHOT)).as("PNG bytes").isGreaterThan(50_000);
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(SCREENSHOT.toFile());
    assertThat(image.getWidth()).isGreaterThan(image.getHeight()); // A4 landscape
    List<Light> seen = new ArrayList<>();
    for (Light light : Light.values()) {
      int rgb = Integer.parseInt(Lights.colour(light).substring(1), 16);
      if (hasPixel(image, rgb)) {
        seen.add(light);
      }
    }
    List<Light> onPageOne = assessment.tasks().subList(0, Math.min(12, assessment.tasks().size())).stream()
        .map(t -> t.light()).distinct().toList();
    assertThat(seen).as("light colours drawn on page 1").containsAll(onPageOne);
  }

  private static boolean hasPixel(java.awt.image.BufferedImage image, int rgb) {
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          return true;
        }
      }
    }
    return false;
  }

  private static Row rowOf(XSSFSheet sheet, String id) {
    for (Row row : sheet) {
      if (row.getRowNum() > 1 && TEXT.formatCellValue(row.getCell(0)).equals(id)) {
        return row;
      }
    }
    throw new AssertionError("no row for task " + id);
  }

  private static List<String> cells(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(c -> texts.add(TEXT.formatCellValue(c)));
    return texts;
  }
}
