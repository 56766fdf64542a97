package io.tracker.examples;

import io.tracker.forms.CollectedReports;
import io.tracker.forms.FilledForm;
import io.tracker.forms.ReportFormReader;
import io.tracker.forms.ReportFormWriter;
import io.tracker.imports.TaskBookReader;
import io.tracker.ledger.LedgerStore;
import io.tracker.report.AssessmentWorkbook;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Embedding example (d), the README's monthly round trip: write each lead unit's report form, read
 * the filled forms back, append their reports to the ledger, assess and write the Excel 台账.
 */
public final class MonthlyRoundTrip {
  private MonthlyRoundTrip() {}

  /** Writes the forms of {@code asOf} for the seed under {@code home} into {@code forms}. */
  static List<Path> sendForms(Path home, LedgerStore ledger, LocalDate asOf, Path forms) throws IOException {
    TaskBook book = TaskBookReader.read(home.resolve("seeds/000_961a157e1ab25069.txt")).strictBook();
    return ReportFormWriter.writeAll(book, ledger.read(book), asOf, forms);
  }

  /** Collects {@code returnedFiles} into {@code ledger}, assesses and writes {@code report/assessment.xlsx}. */
  static Assessment collect(Path home, LedgerStore ledger, LocalDate asOf, List<Path> returnedFiles, Path report)
      throws IOException {
    TaskBook book = TaskBookReader.read(home.resolve("seeds/000_961a157e1ab25069.txt")).strictBook();
    List<FilledForm> returned = new ArrayList<>();
    for (Path file : returnedFiles) {
      returned.add(ReportFormReader.read(book, asOf, file));        // every cell checked: FILE:填报!G7: …
    }
    ledger.append(CollectedReports.of(ledger.read(book), returned).appended());
    Assessment assessment = Assessor.withDefaultRules().assess(book, ledger.read(book), asOf);
    AssessmentWorkbook.write(book, assessment, "默认规则", report);   // report/assessment.xlsx
    return assessment;
  }
}
