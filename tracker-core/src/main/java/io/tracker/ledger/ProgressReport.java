package io.tracker.ledger;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One progress report (进度报送) for a task or one of its targets, as of a date.
 *
 * @param taskId printed id of the task
 * @param target 1-based position of the target in the task's text; empty for a task without targets
 * @param asOf the date the figures are as of (截至)
 * @param value cumulative actual in the target's printed unit, or the actual rate in % for growth
 *     and decline targets; empty for status reports
 * @param status status of a task without targets; empty for value reports
 * @param percent optional percent done (0–100) with a status
 * @param note free text (情况说明)
 * @param reporter reporting unit (报送单位)
 * @param reportedAt when it was reported; without it, ledger order decides which correction wins
 */
public record ProgressReport(
    String taskId,
    OptionalInt target,
    LocalDate asOf,
    Optional<BigDecimal> value,
    Optional<Status> status,
    Optional<BigDecimal> percent,
    String note,
    String reporter,
    Optional<OffsetDateTime> reportedAt) {

  public ProgressReport {
    requireNonNull(taskId, "taskId");
    requireNonNull(target, "target");
    requireNonNull(asOf, "asOf");
    requireNonNull(value, "value");
    requireNonNull(status, "status");
    requireNonNull(percent, "percent");
    requireNonNull(note, "note");
    requireNonNull(reporter, "reporter");
    requireNonNull(reportedAt, "reportedAt");
  }
}
