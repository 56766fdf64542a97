package io.tracker.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.tracker.rules.Assessment;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every view of an assessment at once: the terminal ledger to a stream, {@code index.html}
 * and {@code assessment.csv} to a directory. (The JSON form, {@code assessment.json}, is the
 * caller's.)
 */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * Prints the terminal ledger and writes the HTML report and the CSV into {@code outDir}, which is
   * created if needed.
   *
   * @param book the task book assessed
   * @param assessment its assessment; every task in it must be in {@code book}
   * @param outDir the output directory
   * @param terminal where the ledger is printed
   * @param colour whether the ledger uses ANSI colours ({@code System.console() != null})
   * @return the files written: {@code index.html}, {@code assessment.csv}
   * @throws IOException if a file cannot be written
   * @throws IllegalArgumentException if the assessment has a task the book lacks
   */
  public static List<Path> writeAll(TaskBook book, Assessment assessment, Path outDir,
      PrintWriter terminal, boolean colour) throws IOException {
    String ledger = TerminalLedger.render(book, assessment, colour);
    Path html = HtmlReport.write(book, assessment, outDir);
    Path csv = outDir.resolve(AssessmentCsv.FILE_NAME);
    try (Writer out = Files.newBufferedWriter(csv, UTF_8)) {
      AssessmentCsv.write(book, assessment, out);
    }
    terminal.print(ledger);
    terminal.flush();
    return List.of(html, csv);
  }
}
