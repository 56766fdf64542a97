package io.tracker.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tracker.json.TrackerJson;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.rules.LiveAssessment;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Embedding example (e), the README's host that assesses every month and re-lights tasks as reports
 * arrive: each month's assessment is stored as JSON and given to the next month's, which then judges
 * only the month ends the stored one lacks; a {@link LiveAssessment} answers each new report.
 */
public final class MonthlyHost {
  private MonthlyHost() {}

  /** Assesses {@code asOf}, given the assessment stored at {@code last} if there is one, and stores it there. */
  static Assessment assessMonth(Assessor assessor, TaskBook book, ProgressLedger ledger, LocalDate asOf, Path last)
      throws IOException {
    ObjectMapper json = TrackerJson.mapper();
    Assessment assessment = Files.exists(last)
        ? assessor.assess(book, ledger, asOf, json.readValue(last.toFile(), Assessment.class))   // last month's
        : assessor.assess(book, ledger, asOf);
    json.writeValue(last.toFile(), assessment);
    return assessment;
  }

  /** Re-lights the task {@code report} is about, its units, leaders and the book total. */
  static LiveAssessment.Change relight(LiveAssessment live, ProgressReport report) {
    LiveAssessment.Change change = live.apply(report);   // InputException if it does not fit the book
    // change.task(), change.units(), change.leaders(), change.total(): equal to a full re-assessment
    return change;
  }
}
