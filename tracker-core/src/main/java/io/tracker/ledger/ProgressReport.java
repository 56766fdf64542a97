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
 * <p>Built with {@link #value} (a figure for a target) or {@link #status} (a task without targets),
 * then {@code with…} for the optional parts:
 *
 * <pre>{@code
 * ProgressReport.value("5", 2, LocalDate.of(2023, 6, 30), new BigDecimal("3.2"), "县财政局")
 *     .withNote("已发行3.2亿元").withProblems("额度下达晚").withNextSteps("7月发行余额");
 * }</pre>
 *
 * @param taskId printed id of the task
 * @param target 1-based position of the target in the task's text; empty for a task without targets
 * @param asOf the date the figures are as of (截至)
 * @param value cumulative actual in the target's printed unit, or the actual rate in % for growth
 *     and decline targets; empty for status reports
 * @param status status of a task without targets; empty for value reports
 * @param percent optional percent done (0–100) with a status
 * @param note free text: progress made (进展情况, 情况说明)
 * @param problems free text: problems met (存在问题); empty when none were reported
 * @param nextSteps free text: next steps (下一步措施); empty when none were reported
 * @param reporter reporting unit (报送单位)
 * @param reportedAt when it was reported; without it, ledger order decides which correction wins
 * @param milestone a milestone (节点) of the task reached on or before {@code asOf}, as its deadline
 *     names it (动工, 开工, 投入使用); empty when the report names none
 */
public record ProgressReport(
    String taskId,
    OptionalInt target,
    LocalDate asOf,
    Optional<BigDecimal> value,
    Optional<Status> status,
    Optional<BigDecimal> percent,
    String note,
    String problems,
    String nextSteps,
    String reporter,
    Optional<OffsetDateTime> reportedAt,
    String milestone) {

  public ProgressReport {
    requireNonNull(taskId, "taskId");
    requireNonNull(target, "target");
    requireNonNull(asOf, "asOf");
    requireNonNull(value, "value");
    requireNonNull(status, "status");
    requireNonNull(percent, "percent");
    requireNonNull(note, "note");
    requireNonNull(problems, "problems");
    requireNonNull(nextSteps, "nextSteps");
    requireNonNull(reporter, "reporter");
    requireNonNull(reportedAt, "reportedAt");
    requireNonNull(milestone, "milestone");
  }

  /** A report naming no milestone, the eleven fields the ledger had before milestones. */
  public ProgressReport(String taskId, OptionalInt target, LocalDate asOf, Optional<BigDecimal> value,
      Optional<Status> status, Optional<BigDecimal> percent, String note, String problems, String nextSteps,
      String reporter, Optional<OffsetDateTime> reportedAt) {
    this(taskId, target, asOf, value, status, percent, note, problems, nextSteps, reporter, reportedAt, "");
  }

  /**
   * A report without problems and next steps, the nine fields the ledger had before those two;
   * new code reads better with {@link #value} or {@link #status} and the {@code with…} methods.
   */
  public ProgressReport(String taskId, OptionalInt target, LocalDate asOf, Optional<BigDecimal> value,
      Optional<Status> status, Optional<BigDecimal> percent, String note, String reporter,
      Optional<OffsetDateTime> reportedAt) {
    this(taskId, target, asOf, value, status, percent, note, "", "", reporter, reportedAt, "");
  }

  /** A value report: the cumulative actual {@code value} of target {@code target} (1-based) of a task. */
  public static ProgressReport value(String taskId, int target, LocalDate asOf, BigDecimal value, String reporter) {
    return new ProgressReport(taskId, OptionalInt.of(target), asOf, Optional.of(requireNonNull(value, "value")),
        Optional.empty(), Optional.empty(), "", "", "", reporter, Optional.empty());
  }

  /** A status report of a task without targets; add a percent done with {@link #withPercent}. */
  public static ProgressReport status(String taskId, LocalDate asOf, Status status, String reporter) {
    return new ProgressReport(taskId, OptionalInt.empty(), asOf, Optional.empty(),
        Optional.of(requireNonNull(status, "status")), Optional.empty(), "", "", "", reporter, Optional.empty());
  }

  /**
   * A report that only names the milestone (节点) {@code milestone} of a task as reached by
   * {@code asOf} ({@link #isMilestoneOnly()}).
   */
  public static ProgressReport milestone(String taskId, LocalDate asOf, String milestone, String reporter) {
    return new ProgressReport(taskId, OptionalInt.empty(), asOf, Optional.empty(), Optional.empty(), Optional.empty(),
        "", "", "", reporter, Optional.empty(), requireNonNull(milestone, "milestone"));
  }

  /** This report with percent done {@code percent} (0–100; only a status report takes one). */
  public ProgressReport withPercent(BigDecimal percent) {
    return new ProgressReport(taskId, target, asOf, value, status, Optional.of(requireNonNull(percent, "percent")),
        note, problems, nextSteps, reporter, reportedAt, milestone);
  }

  /** This report with the note (进展情况) {@code note}. */
  public ProgressReport withNote(String note) {
    return new ProgressReport(taskId, target, asOf, value, status, percent, note, problems, nextSteps, reporter,
        reportedAt, milestone);
  }

  /** This report with the problems (存在问题) {@code problems}. */
  public ProgressReport withProblems(String problems) {
    return new ProgressReport(taskId, target, asOf, value, status, percent, note, problems, nextSteps, reporter,
        reportedAt, milestone);
  }

  /** This report with the next steps (下一步措施) {@code nextSteps}. */
  public ProgressReport withNextSteps(String nextSteps) {
    return new ProgressReport(taskId, target, asOf, value, status, percent, note, problems, nextSteps, reporter,
        reportedAt, milestone);
  }

  /** This report as reported at {@code reportedAt}. */
  public ProgressReport withReportedAt(OffsetDateTime reportedAt) {
    return new ProgressReport(taskId, target, asOf, value, status, percent, note, problems, nextSteps, reporter,
        Optional.of(requireNonNull(reportedAt, "reportedAt")), milestone);
  }

  /**
   * Whether the report only names a milestone reached: no target, value or status (a task with
   * targets reports its milestones so, and so may any task).
   */
  public boolean isMilestoneOnly() {
    return !milestone.isEmpty() && target.isEmpty() && value.isEmpty() && status.isEmpty();
  }

  /** This report naming the milestone {@code milestone} (动工) as reached. */
  public ProgressReport withMilestone(String milestone) {
    return new ProgressReport(taskId, target, asOf, value, status, percent, note, problems, nextSteps, reporter,
        reportedAt, requireNonNull(milestone, "milestone"));
  }
}
