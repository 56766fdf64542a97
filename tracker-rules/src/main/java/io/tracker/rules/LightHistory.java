package io.tracker.rules;

import io.tracker.rules.fact.EarlierRed;
import io.tracker.task.Task;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lights of a book's tasks at the month ends of its work year before the as-of date (亮灯记录):
 * the one place that judges earlier month ends, each once per assessment, with the same rules and
 * the facts {@link Facts#tasksAt} gives for that month end (judged only). What the rules see of it are
 * {@link EarlierLight} facts (every judged task and month end) and {@link EarlierRed} (the month ends
 * a task was red at).
 *
 * <p>Judging month ends is the costly part of an assessment, so the month ends a previous assessment
 * judged under the same book, rules, policy and reports are taken from its {@link LightRecord}
 * instead ({@code known}); {@link #record} is what an assessment keeps for the next one.
 */
final class LightHistory {
  /** Month end → task id → light, in date order. */
  private final Map<LocalDate, Map<String, Light>> lights;

  private LightHistory(Map<LocalDate, Map<String, Light>> lights) {
    this.lights = lights;
  }

  /** The lights of {@code lights}, month end → task id → light, taken as they are. */
  static LightHistory of(Map<LocalDate, Map<String, Light>> lights) {
    return new LightHistory(lights);
  }

  /** The month ends of {@code year} strictly before {@code asOf}, in date order. */
  static List<LocalDate> monthEnds(int year, LocalDate asOf) {
    List<LocalDate> monthEnds = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      LocalDate monthEnd = YearMonth.of(year, month).atEndOfMonth();
      if (!monthEnd.isBefore(asOf)) {
        break;
      }
      monthEnds.add(monthEnd);
    }
    return monthEnds;
  }

  /**
   * Judges every month end of {@code year} strictly before {@code asOf} that {@code known} lacks, one
   * session of {@code run} per month end and part of the book ({@code parts}: the whole book, or parts
   * whose tasks the rules judge independently); the sessions are independent, so they run side by
   * side, one per core. The month ends {@code known} holds (month end → task id → light, as judged
   * under the same book, rules, policy and reports) are taken from it.
   */
  static LightHistory judge(RuleRun run, Facts facts, int year, LocalDate asOf, List<List<Task>> parts,
      Map<LocalDate, Map<String, Light>> known) {
    List<LocalDate> all = monthEnds(year, asOf);
    List<LocalDate> monthEnds = all.stream().filter(m -> !known.containsKey(m)).toList();
    int n = parts.size();
    List<Map<String, Light>> judged = run.inParallel(monthEnds.size() * n, i -> {
      Map<String, Light> byTask = new LinkedHashMap<>();
      for (Object fact : run.derive(facts.tasksAt(monthEnds.get(i / n), parts.get(i % n), true))) {
        if (fact instanceof TaskLight light && byTask.put(light.taskId(), light.light()) != null) {
          throw new IllegalStateException("the rules derived more than one light of task " + light.taskId()
              + " at month end " + monthEnds.get(i / n));
        }
      }
      return byTask;
    });
    Map<LocalDate, Map<String, Light>> fresh = new LinkedHashMap<>();
    for (int i = 0; i < judged.size(); i++) {
      fresh.computeIfAbsent(monthEnds.get(i / n), k -> new LinkedHashMap<>()).putAll(judged.get(i));
    }
    Map<LocalDate, Map<String, Light>> lights = new LinkedHashMap<>();
    for (LocalDate monthEnd : all) {
      lights.put(monthEnd, known.containsKey(monthEnd) ? known.get(monthEnd) : fresh.getOrDefault(monthEnd, Map.of()));
    }
    return new LightHistory(lights);
  }

  /** Month end → task id → light: the month ends in date order, each task judged there. */
  Map<LocalDate, Map<String, Light>> lights() {
    return lights;
  }

  /**
   * What an assessment keeps of this history: per month end, one letter per task of {@code tasks}
   * (in their order) and {@code ledgerDigests}' digest of the reports dated by then.
   */
  LightRecord record(String basis, List<Task> tasks, Map<LocalDate, String> ledgerDigests) {
    List<LightRecord.MonthEnd> monthEnds = new ArrayList<>();
    lights.forEach((monthEnd, byTask) -> {
      StringBuilder letters = new StringBuilder(tasks.size());
      for (Task task : tasks) {
        Light light = byTask.get(task.id());
        letters.append(light == null ? '-' : LightRecord.MonthEnd.letter(light));
      }
      monthEnds.add(new LightRecord.MonthEnd(monthEnd, ledgerDigests.get(monthEnd), letters.toString()));
    });
    return new LightRecord(basis, monthEnds);
  }

  /** The facts the rules see: an {@link EarlierLight} per task and month end, an {@link EarlierRed} per task once red. */
  List<Object> facts() {
    List<Object> facts = new ArrayList<>();
    Map<String, List<LocalDate>> reds = new LinkedHashMap<>();
    lights.forEach((monthEnd, byTask) -> byTask.forEach((task, light) -> {
      facts.add(new EarlierLight(task, monthEnd, light));
      if (light == Light.RED) {
        reds.computeIfAbsent(task, k -> new ArrayList<>()).add(monthEnd);
      }
    }));
    reds.forEach((task, monthEnds) -> facts.add(new EarlierRed(task, monthEnds)));
    return facts;
  }

  /** The same facts as {@link #facts()}, grouped by task id. */
  Map<String, List<Object>> factsByTask() {
    Map<String, List<Object>> byTask = new HashMap<>();
    for (Object fact : facts()) {
      String task = fact instanceof EarlierLight l ? l.taskId() : ((EarlierRed) fact).taskId();
      byTask.computeIfAbsent(task, k -> new ArrayList<>()).add(fact);
    }
    return byTask;
  }
}
