package io.tracker.rules;

import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.fact.Rating;
import io.tracker.task.TaskBook;
import java.time.LocalDate;
import java.util.List;

/**
 * What a host assesses with (评估): an {@link Assessor} with fixed rules, or a
 * {@link ReloadableAssessor} with the rules in service when the call starts. Both are safe to call
 * from several threads.
 */
public interface Assessing {
  /**
   * Assesses {@code book} with the reports of {@code ledger} dated on or before {@code asOf}, and the
   * outside {@code ratings} (领导评价, 社会评价) dated on or before it, under {@code policy}; see
   * {@link Assessor#assess(TaskBook, ProgressLedger, LocalDate, ScoringPolicy, List)} for what it throws.
   */
  Assessment assess(TaskBook book, ProgressLedger ledger, LocalDate asOf, ScoringPolicy policy, List<Rating> ratings);

  /** Assesses {@code book} at {@code asOf} under the default {@link ScoringPolicy}, without ratings. */
  default Assessment assess(TaskBook book, ProgressLedger ledger, LocalDate asOf) {
    return assess(book, ledger, asOf, ScoringPolicy.defaults(), List.of());
  }
}
