package io.tracker.ledger;

import static io.tracker.InputException.quote;

import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Deadline;
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
 * <p>Every report: a task id; numbers within the range of plain decimals a ledger file may hold
 * (docs/ledger.md; this keeps an in-memory ledger's {@code 1E+100000000} from reaching scoring); a
 * value or a status, not both; a percent only with a status and only within 0–100. Against a book: the task exists; a task with targets gets value reports naming one
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
      return problem(LedgerColumn.TASK, "任务序号为空: 应为印发的任务序号, 如 \"5\"");
    }
    for (LedgerColumn column : List.of(LedgerColumn.VALUE, LedgerColumn.PERCENT)) {
      Optional<BigDecimal> number = column == LedgerColumn.VALUE ? r.value() : r.percent();
      if (number.isPresent() && !PlainDecimal.inRange(number.get())) {
        return problem(column, column.header() + " " + quote(number.get().toString()) + " " + PlainDecimal.OUT_OF_RANGE);
      }
    }
    if (r.value().isPresent() && r.status().isPresent()) {
      return problem(LedgerColumn.STATUS, "任务 " + quote(r.taskId()) + " 的报送同时给出了 value "
          + r.value().get().toPlainString() + " 和 status " + r.status().get()
          + ": 量化目标报送 value, 没有量化目标的任务报送 status");
    }
    if (r.percent().isPresent()) {
      BigDecimal percent = r.percent().get();
      if (r.status().isEmpty()) {
        return problem(LedgerColumn.PERCENT, "percent \"" + percent.toPlainString()
            + "\" 没有 status: 完成百分比只随状态报送");
      }
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        return problem(LedgerColumn.PERCENT, "percent \"" + percent.toPlainString() + "\" 超出 0..100");
      }
    }
    if (book.isEmpty()) {
      if (r.value().isEmpty() && r.status().isEmpty() && !r.isMilestoneOnly()) {
        return problem(LedgerColumn.VALUE, "任务 " + quote(r.taskId())
            + " 的报送既没有 value 也没有 status: 应有其中之一");
      }
      return Optional.empty();
    }
    return problemAgainstBook(r, book.get());
  }

  private Optional<LedgerProblem> problemAgainstBook(ProgressReport r, TaskBook book) {
    Task task = tasks.get(r.taskId());
    if (task == null) {
      return problem(LedgerColumn.TASK, "任务 " + quote(r.taskId()) + " 不在任务清单中: 应为 "
          + idRange(book));
    }
    if (r.asOf().getYear() != book.year()) {
      return problem(LedgerColumn.AS_OF, "截至日期 \"" + r.asOf() + "\" 不在任务清单的年度 "
          + book.year() + " 内");
    }
    if (!r.milestone().isEmpty()) {
      Optional<String> milestone = task.deadline().filter(Deadline::isMilestone).flatMap(Deadline::milestone);
      if (milestone.isEmpty()) {
        return problem(LedgerColumn.MILESTONE, "任务 " + quote(task.id()) + " 的完成时限没有节点, 但报送了节点 "
            + quote(r.milestone()) + ": milestone 应留空");
      }
      if (!milestone.get().equals(r.milestone())) {
        return problem(LedgerColumn.MILESTONE, "节点 " + quote(r.milestone()) + " 不是任务 " + quote(task.id())
            + " 的节点: 应为 " + quote(milestone.get()) + " (完成时限 " + quote(task.deadline().get().printed()) + ")");
      }
      if (r.isMilestoneOnly()) {
        return Optional.empty();
      }
    }
    List<Target> targets = task.targets();
    if (targets.isEmpty()) {
      if (r.target().isPresent()) {
        return problem(LedgerColumn.TARGET, "给出了 target \"" + r.target().getAsInt() + "\", 但任务 "
            + quote(task.id()) + " 没有量化目标: target 应留空, 报送 status");
      }
      if (r.value().isPresent()) {
        return problem(LedgerColumn.VALUE, "给出了 value \"" + r.value().get().toPlainString() + "\", 但任务 "
            + quote(task.id()) + " 没有量化目标: 应报送 status " + statusNames());
      }
      if (r.status().isEmpty()) {
        return problem(LedgerColumn.STATUS, "任务 " + quote(task.id())
            + " 没有量化目标, 但 status 为空: 应为 " + statusNames() + " 之一");
      }
      return Optional.empty();
    }
    String range = targets.size() == 1 ? "1" : "1.." + targets.size();
    if (r.target().isEmpty()) {
      return problem(LedgerColumn.TARGET, "target 为空, 但任务 " + quote(task.id()) + " 有 "
          + targets.size() + " 个量化目标: 应为目标序号 " + range);
    }
    int position = r.target().getAsInt();
    if (position < 1 || position > targets.size()) {
      return problem(LedgerColumn.TARGET, "任务 " + quote(task.id()) + " 没有目标 \"" + position
          + "\": 应为目标序号 " + range);
    }
    if (r.status().isPresent()) {
      return problem(LedgerColumn.STATUS, "任务 " + quote(task.id()) + " 的目标 " + position + " 给出了 status \""
          + r.status().get() + "\": 应报送 value");
    }
    if (r.value().isEmpty()) {
      return problem(LedgerColumn.VALUE, "任务 " + quote(task.id()) + " 的目标 " + position
          + " 的 value 为空: 应为" + targets.get(position - 1).unit().map(u -> "以 " + u + " 计的").orElse("")
          + "实际数");
    }
    Target target = targets.get(position - 1);
    BigDecimal value = r.value().get();
    if (value.signum() < 0 && target.kind() != TargetKind.GROWTH && target.kind() != TargetKind.DECLINE) {
      return problem(LedgerColumn.VALUE, "任务 " + quote(task.id()) + " 的目标 " + position + " "
          + quote(target.source().text()) + " 的 value \"" + value.toPlainString() + "\" 为负数: 应为 0 或以上");
    }
    return Optional.empty();
  }

  private static String idRange(TaskBook book) {
    List<Task> tasks = book.tasks();
    if (tasks.isEmpty()) {
      return "清单中的任务, 但清单中没有任务";
    }
    return quote(tasks.get(0).id()) + " … " + quote(tasks.get(tasks.size() - 1).id()) + " 之一";
  }

  private static String statusNames() {
    return Arrays.toString(Status.values());
  }

  private static Optional<LedgerProblem> problem(LedgerColumn column, String message) {
    return Optional.of(new LedgerProblem(column, message));
  }
}
