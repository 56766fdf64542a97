package io.tracker.forms;

import static java.util.Objects.requireNonNull;

import io.tracker.ledger.ProgressReport;
import java.time.LocalDate;
import java.util.List;

/**
 * A report form as a unit filled it in.
 *
 * @param file the file it was read from, as named to the reader
 * @param unit the lead unit that filled it in (报送单位), as the form was written for
 * @param asOf the date the form's figures are as of
 * @param reports the reports of the rows the unit filled in, in row order; reporter is the unit
 * @param blank the rows left empty, as "task 5 target 2" keys: {@code 5-2}, or {@code 29} for a task
 *     without targets
 */
public record FilledForm(String file, String unit, LocalDate asOf, List<ProgressReport> reports, List<String> blank) {
  public FilledForm {
    requireNonNull(file, "file");
    requireNonNull(unit, "unit");
    requireNonNull(asOf, "asOf");
    reports = List.copyOf(reports);
    blank = List.copyOf(blank);
  }
}
