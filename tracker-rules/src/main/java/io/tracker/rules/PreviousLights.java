package io.tracker.rules;

import io.tracker.InputException;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The month-end lights a host's previous assessment lends to the next one (docs/performance.md). */
final class PreviousLights {
  private PreviousLights() {}

  /** The name a problem with the previous assessment cites as its FILE. */
  static final String SOURCE = "previous";

  /**
   * The month ends of {@code previous}'s light record still valid for an assessment of {@code book}
   * at {@code asOf} under {@code basis}: month end → task id → light, for each month end whose reports
   * ({@code ledgerDigests}, the digests of the ledger now) are unchanged.
   *
   * @throws InputException citing {@value #SOURCE}{@code :0:0} if {@code previous} is dated after
   *     {@code asOf} or in another year, keeps no record, or was judged under another book, rules or policy
   */
  static Map<LocalDate, Map<String, Light>> valid(Assessment previous, TaskBook book, LocalDate asOf, String basis,
      Map<LocalDate, String> ledgerDigests) {
    String what = "上一期评估 (截至 " + previous.asOf() + ")";
    if (previous.asOf().isAfter(asOf)) {
      throw new InputException(SOURCE, 0, 0, what + " 晚于本期截至日期 " + asOf + ": 应传入本期之前的评估");
    }
    if (previous.asOf().getYear() != book.year()) {
      throw new InputException(SOURCE, 0, 0, what + " 不在任务清单的年度 " + book.year() + " 内: 亮灯记录只在同一年度内沿用");
    }
    LightRecord record = previous.history();
    if (record.basis().isEmpty()) {
      throw new InputException(SOURCE, 0, 0, what + " 没有亮灯记录 (history): 应传入由 Assessor 评估并连同亮灯记录保存的评估");
    }
    if (!record.basis().equals(basis)) {
      throw new InputException(SOURCE, 0, 0, what + " 不是在同一任务清单、规则和计分办法下作出的: 其亮灯记录不能沿用;"
          + " 应传入同一清单、同一规则的上一期评估, 或不传上一期评估");
    }
    List<Task> tasks = book.tasks();
    Map<LocalDate, Map<String, Light>> valid = new LinkedHashMap<>();
    for (LightRecord.MonthEnd monthEnd : record.monthEnds()) {
      if (monthEnd.lights().length() != tasks.size()) {
        throw new InputException(SOURCE, 0, 0, what + " 的亮灯记录 " + monthEnd.date() + " 有 " + monthEnd.lights().length()
            + " 个任务的亮灯, 任务清单有 " + tasks.size() + " 个任务");
      }
      if (!monthEnd.ledger().equals(ledgerDigests.get(monthEnd.date()))) {
        continue; // reports dated by then changed since: judged again
      }
      valid.put(monthEnd.date(), byTask(monthEnd, tasks));
    }
    return valid;
  }

  /** The lights of {@code monthEnd} by task id, {@code tasks} being the assessment's, in its order. */
  static Map<String, Light> byTask(LightRecord.MonthEnd monthEnd, List<Task> tasks) {
    Map<String, Light> byTask = new LinkedHashMap<>();
    for (int i = 0; i < tasks.size(); i++) {
      int index = i;
      monthEnd.light(i).ifPresent(light -> byTask.put(tasks.get(index).id(), light));
    }
    return byTask;
  }
}
