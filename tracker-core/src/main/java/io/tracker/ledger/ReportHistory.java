package io.tracker.ledger;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The effective (corrected) history of one task or target (有效进度记录): at most one report per
 * as-of date, in date order.
 *
 * <p>Of several reports for the same as-of date, the one recorded last supersedes the others, except
 * that a report whose {@code reportedAt} is earlier than that of the report it would supersede does
 * not (when both carry {@code reportedAt}). Reports without {@code reportedAt} are ordered by the
 * ledger alone.
 */
public final class ReportHistory {
  private final List<ProgressReport> reports;

  private ReportHistory(List<ProgressReport> reports) {
    this.reports = List.copyOf(reports);
  }

  /**
   * The effective history of {@code recorded}, reports of one task and target in recording order
   * (corrections included).
   */
  public static ReportHistory of(Collection<ProgressReport> recorded) {
    TreeMap<LocalDate, ProgressReport> byDate = new TreeMap<>();
    for (ProgressReport report : requireNonNull(recorded, "recorded")) {
      byDate.merge(report.asOf(), report, (kept, later) -> supersedes(later, kept) ? later : kept);
    }
    return new ReportHistory(new ArrayList<>(byDate.values()));
  }

  private static boolean supersedes(ProgressReport later, ProgressReport kept) {
    return !(later.reportedAt().isPresent()
        && kept.reportedAt().isPresent()
        && later.reportedAt().get().isBefore(kept.reportedAt().get()));
  }

  /** Effective reports in as-of order, one per date. */
  public List<ProgressReport> reports() {
    return reports;
  }

  /** Whether there is no report. */
  public boolean isEmpty() {
    return reports.isEmpty();
  }

  /** The history as known at {@code date}: reports with as-of date on or before it. */
  public ReportHistory asOf(LocalDate date) {
    requireNonNull(date, "date");
    return new ReportHistory(reports.stream().filter(r -> !r.asOf().isAfter(date)).toList());
  }

  /** The latest report (最新报送). */
  public Optional<ProgressReport> latest() {
    return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
  }

  /** The report before the latest one. */
  public Optional<ProgressReport> previous() {
    return reports.size() < 2 ? Optional.empty() : Optional.of(reports.get(reports.size() - 2));
  }

  /** The last report with as-of date on or before {@code date}. */
  public Optional<ProgressReport> at(LocalDate date) {
    return asOf(date).latest();
  }

  /** The value of the last report on or before {@code date}, if it has one. */
  public Optional<BigDecimal> valueAt(LocalDate date) {
    return at(date).flatMap(ProgressReport::value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportHistory other && reports.equals(other.reports);
  }

  @Override
  public int hashCode() {
    return reports.hashCode();
  }

  @Override
  public String toString() {
    return "ReportHistory" + reports;
  }
}
