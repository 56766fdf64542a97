package io.tracker.report;

import io.tracker.SpreadsheetText;
import io.tracker.report.LedgerView.SectionView;
import io.tracker.report.LedgerView.TaskRow;
import io.tracker.rules.Assessment;
import io.tracker.rules.Light;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the 任务台账 of a generated ledger of N tasks (the fixture's tasks and results, repeated) with
 * Apache POI SXSSF ({@link AssessmentWorkbook}, what {@code report} uses) or with org.dhatim:fastexcel
 * (the same sheet, cells, styles, widths, heights, freeze, filter and print setup), and prints the
 * time and the peak heap of the write. One library per JVM; see BENCHMARKS.md.
 *
 * <pre>java -Xmx2g -cp … io.tracker.report.WorkbookBenchmark poi|fastexcel 100000 OUT.xlsx</pre>
 */
public final class WorkbookBenchmark {
  private WorkbookBenchmark() {}

  public static void main(String[] args) throws Exception {
    String library = args[0];
    int tasks = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    TaskBook book = LedgerFixture.scaledBook(Math.max(1, tasks / LedgerFixture.tasks().size()));
    Assessment assessment = LedgerFixture.assessment(book);
    for (int warm = 0; warm < 3; warm++) { // JIT and class loading on a small book first
      write(library, LedgerFixture.book(), LedgerFixture.assessment(), Files.createTempFile("warm", ".xlsx"));
    }
    System.gc();
    long before = heapUsed();
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    write(library, book, assessment, out);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf("%s tasks=%d time_ms=%d cpu_ms=%d heap_before_mb=%.1f peak_heap_mb=%.1f file_kb=%d%n",
        library, assessment.tasks().size(), millis, cpuMillis, before / 1e6, peak / 1e6, Files.size(out) / 1024);
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void write(String library, TaskBook book, Assessment assessment, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      switch (library) {
        case "poi" -> AssessmentWorkbook.write(book, assessment, "默认规则", out);
        case "fastexcel" -> fastexcel(book, assessment, out);
        default -> throw new IllegalArgumentException("poi or fastexcel: " + library);
      }
    }
  }

  /** The 任务台账 sheet as {@link AssessmentWorkbook} writes it, with fastexcel. */
  private static void fastexcel(TaskBook book, Assessment assessment, OutputStream out) throws IOException {
    LedgerView view = LedgerView.of(book, assessment);
    Workbook workbook = new Workbook(out, "tracker", "1.0");
    Worksheet sheet = workbook.newWorksheet("任务台账");
    List<String> headers = AssessmentWorkbook.TASK_COLUMNS;
    int[] widths = new int[headers.size()];
    sheet.value(0, 0, view.title());
    sheet.range(0, 0, 0, headers.size() - 1).merge();
    sheet.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
    for (int c = 0; c < headers.size(); c++) {
      sheet.value(1, c, headers.get(c));
      sheet.style(1, c).bold().fillColor("D9D9D9").horizontalAlignment("center").borderStyle(BorderStyle.THIN)
          .wrapText(true).set();
      widths[c] = DisplayWidth.of(headers.get(c)) + 2;
    }
    int r = 2;
    for (SectionView section : view.sections()) {
      for (TaskRow row : section.rows()) {
        String[] texts = {
          row.task().id(), "附件" + section.section().number(), row.task().text(), row.leadUnit(),
          row.task().responsibility().coUnits().stream().map(ResponsibleUnit::name).collect(Collectors.joining("、")),
          row.leaders(),
          row.targets().isEmpty() ? "无量化目标" : row.targets().stream()
              .map(t -> t.text() + "：" + (t.result().reported() ? percent(t.result().completion()) : "未报送"))
              .collect(Collectors.joining("\n")),
          row.targets().stream().map(t -> percent(t.result().expectedShare())).collect(Collectors.joining("\n")),
        };
        int lines = 1;
        for (int c = 0; c < texts.length; c++) {
          sheet.value(r, c, SpreadsheetText.neutralised(texts[c]));
          sheet.style(r, c).borderStyle(BorderStyle.THIN).wrapText(true).verticalAlignment("top").set();
          lines = Math.max(lines, fit(widths, c, texts[c]));
        }
        sheet.value(r, 8, row.result().score().doubleValue());
        sheet.style(r, 8).borderStyle(BorderStyle.THIN).format("0.00").verticalAlignment("top").set();
        Light light = row.result().light();
        sheet.value(r, 9, Lights.label(light));
        sheet.style(r, 9).borderStyle(BorderStyle.THIN).bold().fontColor("FFFFFF")
            .fillColor(Lights.colour(light).substring(1).toUpperCase()).horizontalAlignment("center").set();
        String flags = row.result().flags().stream().map(f -> "[" + Lights.flagLabel(f.code()) + "] " + f.message())
            .collect(Collectors.joining("\n"));
        sheet.value(r, 10, SpreadsheetText.neutralised(flags));
        sheet.style(r, 10).borderStyle(BorderStyle.THIN).wrapText(true).verticalAlignment("top").set();
        lines = Math.max(lines, fit(widths, 10, flags));
        sheet.rowHeight(r, lines * 13 + 3);
        if (r % 1000 == 0) {
          sheet.flush();
        }
        r++;
      }
    }
    for (int c = 0; c < widths.length; c++) {
      sheet.width(c, widths[c]);
    }
    sheet.freezePane(0, 2);
    sheet.setAutoFilter(1, 0, r - 1, widths.length - 1);
    sheet.pageOrientation("landscape");
    sheet.paperSize(PaperSize.A4_PAPER);
    sheet.setFitToPage(true);
    sheet.fitToHeight((short) 0);
    sheet.repeatRows(0, 1);
    workbook.finish();
  }

  private static int fit(int[] widths, int column, String text) {
    int wrapped = 0;
    for (String line : text.split("\n")) {
      int width = DisplayWidth.of(line) + 2;
      widths[column] = Math.max(widths[column], Math.min(40, width));
      wrapped += Math.max(1, (width + 37) / 38);
    }
    return wrapped;
  }

  private static String percent(BigDecimal ratio) {
    return ratio.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
