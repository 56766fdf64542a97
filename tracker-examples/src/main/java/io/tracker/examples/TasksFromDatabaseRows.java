package io.tracker.examples;

import io.tracker.ledger.LedgerCheck;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.target.TargetParser;
import io.tracker.task.DeadlineParser;
import io.tracker.task.Responsibility;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import io.tracker.task.Section;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Embedding example (c): a host platform that keeps tasks and reports in its own database builds
 * the task book and the ledger through the API, not from text files. The rows here stand for what a
 * JDBC query would return.
 */
public final class TasksFromDatabaseRows {
  private TasksFromDatabaseRows() {}

  /** A row of the host's task table. Units are stored lead first. */
  public record TaskRow(String number, String text, List<String> units, String leader, String deadline) {}

  /** A row of the host's progress table: a figure reported for one target of one task. */
  public record ReportRow(String taskNumber, int targetPosition, LocalDate asOf, BigDecimal value, String reporter) {}

  /** Builds the book: targets and deadlines are parsed from the row texts exactly as the importers do. */
  public static TaskBook book(int year, List<TaskRow> rows) {
    List<Task> tasks = new ArrayList<>();
    for (TaskRow row : rows) {
      List<ResponsibleUnit> units = new ArrayList<>();
      for (int i = 0; i < row.units().size(); i++) {
        String unit = row.units().get(i);
        units.add(new ResponsibleUnit(unit, unit, i == 0 ? Role.LEAD : Role.CO));
      }
      tasks.add(new Task(row.number(), 1, row.text(), new Responsibility(units),
          row.leader().isEmpty() ? List.of() : List.of(row.leader()),
          Optional.of(DeadlineParser.parse(row.deadline(), year)),
          TargetParser.parse(row.text())));
    }
    return new TaskBook("示例县人民政府", "", Optional.empty(), year, year + "年政府工作报告任务分解",
        List.of(new Section(1, "重点任务")), tasks);
  }

  /** Builds the ledger from the host's report rows, in the order the host recorded them. */
  public static ProgressLedger ledger(List<ReportRow> rows) {
    return ProgressLedger.of(rows.stream()
        .map(r -> ProgressReport.value(r.taskNumber(), r.targetPosition(), r.asOf(), r.value(), r.reporter()))
        .toList());
  }

  /**
   * Assesses the host's rows at {@code asOf} with the default rules, after checking the reports as a
   * ledger file would be checked ({@link LedgerCheck}): a row naming a task the book lacks, or a
   * figure out of range (a NUMERIC column holding 1E+100000000), is refused before scoring.
   *
   * @throws io.tracker.InputException for the first bad row, at its 1-based position in {@code reports}
   */
  public static Assessment assess(Assessor assessor, int year, List<TaskRow> tasks, List<ReportRow> reports,
      LocalDate asOf) {
    TaskBook book = book(year, tasks);
    ProgressLedger ledger = ledger(reports);
    LedgerCheck.against(book, ledger, "progress table");
    return assessor.assess(book, ledger, asOf);
  }
}
