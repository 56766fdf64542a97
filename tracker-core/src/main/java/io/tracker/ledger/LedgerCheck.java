package io.tracker.ledger;

import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks progress reports against the rules of the ledger and, when given one, against a task book.
 *
 * <p>Every report: a task id; a value or a status, not both; a percent only with a status and only
 * within 0–100. Against a book: the task exists; a task with targets gets value reports naming one
 * of its targets (1-based position in the task's text); a task without targets gets status reports
 * without a target position; the as-of date lies in the book's year; amounts, levels and kept
 * levels are not negative (growth and decline rates may be).
 *
 * <p>{@link LedgerReader#read(java.nio.file.Path, TaskBook)} runs this check while reading, so its
 * errors cite the offending cell. {@link #against(TaskBook, ProgressLedger, String)} checks a ledger
 * already in memory, such as a simulated one.
 */
public final class LedgerCheck {
  private static final LedgerCheck WITHOUT_BOOK = new LedgerCheck(Optional.empty(), Map.of());

  private final Optional<TaskBook> book;
  private final Map<String, Task> tasks;

  private LedgerCheck(Optional<TaskBook> book, Map<String, Task> tasks) {
    this.book = book;
    this.tasks = tasks;
  }

  /** The checks that need no book. */
  static LedgerCheck withoutBook() {
    return WITHOUT_BOOK;
  }

  /** All checks, against {@code book}. */
  static LedgerCheck of(TaskBook book) {
    requireNonNull(book, "book");
    return new LedgerCheck(Optional.of(book), book.tasks().stream()
        .collect(Collectors.toMap(Task::id, Function.identity(), (first, second) -> first)));
  }

  /**
   * Checks every report of an in-memory {@code ledger} against {@code book}.
   *
   * @param sourceName name cited in the error, e.g. the file the ledger will be written to
   * @throws InputException for the first report that fails; as the ledger was not read from a file,
   *     its LINE is the report's 1-based position in the ledger and its COLUMN is 0
   */
  public static void against(TaskBook book, ProgressLedger ledger, String sourceName) {
    requireNonNull(ledger, "ledger");
    requireNonNull(sourceName, "sourceName");
    LedgerCheck check = of(book);
    List<ProgressReport> reports = ledger.reports();
    for (int i = 0; i < reports.size(); i++) {
      int position = i + 1;
      check.problem(reports.get(i)).ifPresent(p -> {
        throw new InputException(sourceName, position, 0, p.message());
      });
    }
  }

  /** The first problem with {@code report}, if any. */
  Optional<LedgerProblem> problem(ProgressReport r) {
    if (r.taskId().isBlank()) {
      return problem(LedgerColumn.TASK, "task id is empty: expected the printed task number such as \"5\"");
    }
    if (r.value().isPresent() && r.status().isPresent()) {
      return problem(LedgerColumn.STATUS, "report of task \"" + r.taskId() + "\" gives both value "
          + r.value().get().toPlainString() + " and status " + r.status().get()
          + ": expected a value for a target or a status for a task without targets");
    }
    if (r.percent().isPresent()) {
      BigDecimal percent = r.percent().get();
      if (r.status().isEmpty()) {
        return problem(LedgerColumn.PERCENT, "percent \"" + percent.toPlainString()
            + "\" without a status: a percent done goes with a status report");
      }
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        return problem(LedgerColumn.PERCENT, "percent \"" + percent.toPlainString() + "\" is outside 0..100");
      }
    }
    if (book.isEmpty()) {
      if (r.value().isEmpty() && r.status().isEmpty()) {
        return problem(LedgerColumn.VALUE, "report of task \"" + r.taskId()
            + "\" has neither value nor status: expected one of them");
      }
      return Optional.empty();
    }
    return problemAgainstBook(r, book.get());
  }

  private Optional<LedgerProblem> problemAgainstBook(ProgressReport r, TaskBook book) {
    Task task = tasks.get(r.taskId());
    if (task == null) {
      return problem(LedgerColumn.TASK, "task \"" + r.taskId() + "\" is not in the book: expected one of "
          + idRange(book));
    }
    if (r.asOf().getYear() != book.year()) {
      return problem(LedgerColumn.AS_OF, "as-of date \"" + r.asOf() + "\" is outside the book's year "
          + book.year());
    }
    List<Target> targets = task.targets();
    if (targets.isEmpty()) {
      if (r.target().isPresent()) {
        return problem(LedgerColumn.TARGET, "target \"" + r.target().getAsInt() + "\" given, but task \""
            + task.id() + "\" has no targets: leave target empty and report a status");
      }
      if (r.value().isPresent()) {
        return problem(LedgerColumn.VALUE, "value \"" + r.value().get().toPlainString() + "\" given, but task \""
            + task.id() + "\" has no targets: expected a status " + statusNames());
      }
      if (r.status().isEmpty()) {
        return problem(LedgerColumn.STATUS, "status is empty for task \"" + task.id()
            + "\", which has no targets: expected one of " + statusNames());
      }
      return Optional.empty();
    }
    String range = targets.size() == 1 ? "1" : "1.." + targets.size();
    if (r.target().isEmpty()) {
      return problem(LedgerColumn.TARGET, "target is empty, but task \"" + task.id() + "\" has "
          + targets.size() + " target(s): expected a position " + range);
    }
    int position = r.target().getAsInt();
    if (position < 1 || position > targets.size()) {
      return problem(LedgerColumn.TARGET, "target \"" + position + "\" does not exist for task \"" + task.id()
          + "\": expected a position " + range);
    }
    if (r.status().isPresent()) {
      return problem(LedgerColumn.STATUS, "status \"" + r.status().get() + "\" given for target " + position
          + " of task \"" + task.id() + "\": expected a value");
    }
    if (r.value().isEmpty()) {
      return problem(LedgerColumn.VALUE, "value is empty for target " + position + " of task \"" + task.id()
          + "\": expected the actual figure in " + targets.get(position - 1).value().unit());
    }
    Target target = targets.get(position - 1);
    BigDecimal value = r.value().get();
    if (value.signum() < 0 && target.kind() != TargetKind.GROWTH && target.kind() != TargetKind.DECLINE) {
      return problem(LedgerColumn.VALUE, "value \"" + value.toPlainString() + "\" is negative for target "
          + position + " of task \"" + task.id() + "\" (" + target.source().text()
          + "): expected 0 or more");
    }
    return Optional.empty();
  }

  private static String idRange(TaskBook book) {
    List<Task> tasks = book.tasks();
    if (tasks.isEmpty()) {
      return "nothing (the book has no tasks)";
    }
    return "\"" + tasks.get(0).id() + "\" … \"" + tasks.get(tasks.size() - 1).id() + "\"";
  }

  private static String statusNames() {
    return Arrays.toString(Status.values());
  }

  private static Optional<LedgerProblem> problem(LedgerColumn column, String message) {
    return Optional.of(new LedgerProblem(column, message));
  }
}
