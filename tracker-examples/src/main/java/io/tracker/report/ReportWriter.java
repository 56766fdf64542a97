package io.tracker.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.Assessment;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every view of an assessment at once: the terminal ledger to a stream, {@code index.html},
 * {@code assessment.csv} and {@code assessment.xlsx} to a directory. (The JSON form,
 * {@code assessment.json}, is the caller's.)
 */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * Prints the terminal ledger and writes the HTML report, the CSV and the Excel workbook into
   * {@code outDir}, which is created if needed.
   *
   * @param book the task book assessed
   * @param assessment its assessment; every task in it must be in {@code book}
   * @param reports the ledger assessed, whose texts (进展情况, 存在问题, 下一步措施) the HTML report shows
   * @param outDir the output directory
   * @param terminal where the ledger is printed
   * @param colour whether the ledger uses ANSI colours ({@code System.console() != null})
   * @param rules the rules the assessment used, as the workbook's 说明 sheet names them
   * @return the files written: {@code index.html}, {@code assessment.csv}, {@code assessment.xlsx}
   * @throws IOException if a file cannot be written
   * @throws IllegalArgumentException if the assessment has a task the book lacks
   */
  public static List<Path> writeAll(TaskBook book, Assessment assessment, ProgressLedger reports, Path outDir,
      PrintWriter terminal, boolean colour, String rules) throws IOException {
    String ledger = TerminalLedger.render(book, assessment, colour);
    Path html = HtmlReport.write(book, assessment, reports, outDir);
    Path csv = outDir.resolve(AssessmentCsv.FILE_NAME);
    try (Writer out = Files.newBufferedWriter(csv, UTF_8)) {
      AssessmentCsv.write(book, assessment, out);
    }
    Path xlsx = AssessmentWorkbook.write(book, assessment, rules, outDir);
    terminal.print(ledger);
    terminal.flush();
    return List.of(html, csv, xlsx);
  }
}
