package io.tracker.forms;

import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What filled forms add to a ledger: the reports to append (new ones and corrections) and those the
 * ledger already holds as they are, which are not appended again, so collecting the same forms twice
 * changes nothing. A report that differs from the ledger's effective report of the same task, target
 * and as-of date is a correction: appended after it, it supersedes it, and both stay in the history.
 *
 * @param appended the reports to append, form by form in row order
 * @param corrections those of {@code appended} that correct an earlier report of the same date
 * @param unchanged reports the ledger already holds with the same figures and texts
 */
public record CollectedReports(List<ProgressReport> appended, List<ProgressReport> corrections,
    List<ProgressReport> unchanged) {

  public CollectedReports {
    appended = List.copyOf(appended);
    corrections = List.copyOf(corrections);
    unchanged = List.copyOf(unchanged);
  }

  /**
   * Compares the reports of {@code forms} with {@code ledger}.
   *
   * @throws InputException if two forms come from the same unit
   */
  public static CollectedReports of(ProgressLedger ledger, List<FilledForm> forms) {
    requireNonNull(ledger, "ledger");
    Map<String, String> formOfUnit = new HashMap<>();
    List<ProgressReport> appended = new ArrayList<>();
    List<ProgressReport> corrections = new ArrayList<>();
    List<ProgressReport> unchanged = new ArrayList<>();
    for (FilledForm form : forms) {
      String earlier = formOfUnit.putIfAbsent(form.unit(), form.file());
      if (earlier != null) {
        throw new InputException(form.file(), 0, 0, "与 " + earlier + " 同为 " + form.unit()
            + " 的填报表：每个单位只收一份，请去掉其中一份");
      }
      for (ProgressReport report : form.reports()) {
        Optional<ProgressReport> recorded = ledger.history(report.taskId(), report.target()).at(report.asOf())
            .filter(r -> r.asOf().equals(report.asOf()));
        if (recorded.isPresent() && sameContent(recorded.get(), report)) {
          unchanged.add(report);
        } else {
          appended.add(report);
          recorded.ifPresent(r -> corrections.add(report));
        }
      }
    }
    return new CollectedReports(appended, corrections, unchanged);
  }

  private static boolean sameContent(ProgressReport a, ProgressReport b) {
    return a.value().map(v -> b.value().isPresent() && v.compareTo(b.value().get()) == 0).orElse(b.value().isEmpty())
        && a.status().equals(b.status())
        && a.percent().map(p -> b.percent().isPresent() && p.compareTo(b.percent().get()) == 0)
            .orElse(b.percent().isEmpty())
        && a.note().equals(b.note())
        && a.problems().equals(b.problems())
        && a.nextSteps().equals(b.nextSteps())
        && a.reporter().equals(b.reporter());
  }
}
