package io.tracker.simulate;

import io.tracker.target.Period;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which tasks carry the ingredients every simulated ledger must show, drawn once per seed so that
 * they fall on different tasks: the first-quarter target that is missed, the amount target that
 * regresses, the task whose report is corrected, the tasks that miss reports, and among tasks without
 * targets one that finishes early and one that starts late.
 */
record SimulationPlan(
    Optional<TargetRef> missedFirstQuarter,
    Optional<TargetRef> regression,
    Optional<String> correctedTask,
    Set<String> silentTasks,
    Optional<String> earlyFinisher,
    Optional<String> lateStarter) {

  /** Target {@code position} (1-based) of task {@code taskId}. */
  record TargetRef(String taskId, int position) {}

  /** Share of tasks that miss reports; at least one does. */
  private static final double SILENT_SHARE = 0.08;

  static SimulationPlan draw(TaskBook book, List<LocalDate> monthEnds, Random random) {
    List<Task> tasks = book.tasks();
    Set<String> taken = new HashSet<>();

    Optional<TargetRef> missed = pick(targets(tasks, t -> t.period().equals(Optional.of(Period.Q1))), random);
    missed.ifPresent(ref -> taken.add(ref.taskId()));

    List<TargetRef> amounts = targets(tasks, t -> t.kind() == TargetKind.AMOUNT);
    List<TargetRef> freeAmounts = amounts.stream().filter(ref -> !taken.contains(ref.taskId())).toList();
    Optional<TargetRef> regression = pick(freeAmounts.isEmpty() ? amounts : freeAmounts, random);
    regression.ifPresent(ref -> taken.add(ref.taskId()));

    List<String> withTargets = ids(tasks, t -> !t.targets().isEmpty() && !taken.contains(t.id()));
    List<String> anyFree = ids(tasks, t -> !taken.contains(t.id()));
    Optional<String> corrected = pick(!withTargets.isEmpty() ? withTargets
        : !anyFree.isEmpty() ? anyFree : ids(tasks, t -> true), random);
    corrected.ifPresent(taken::add);

    List<String> statusTasks = new ArrayList<>(ids(tasks, t -> t.targets().isEmpty() && !taken.contains(t.id())));
    Optional<String> early = pick(statusTasks, random);
    early.ifPresent(statusTasks::remove);
    early.ifPresent(taken::add);
    Optional<String> late = pick(statusTasks, random);
    late.ifPresent(taken::add);

    Set<String> silent = new HashSet<>();
    List<String> free = new ArrayList<>(ids(tasks, t -> !taken.contains(t.id())));
    int silentCount = Math.max(1, (int) Math.round(tasks.size() * SILENT_SHARE));
    while (silent.size() < silentCount && !free.isEmpty() && !monthEnds.isEmpty()) {
      silent.add(free.remove(random.nextInt(free.size())));
    }
    return new SimulationPlan(missed, regression, corrected, Set.copyOf(silent), early, late);
  }

  boolean isMissedFirstQuarter(String taskId, int position) {
    return missedFirstQuarter.equals(Optional.of(new TargetRef(taskId, position)));
  }

  boolean isRegression(String taskId, int position) {
    return regression.equals(Optional.of(new TargetRef(taskId, position)));
  }

  private static List<TargetRef> targets(List<Task> tasks, Predicate<Target> which) {
    List<TargetRef> refs = new ArrayList<>();
    for (Task task : tasks) {
      for (int i = 0; i < task.targets().size(); i++) {
        if (which.test(task.targets().get(i))) {
          refs.add(new TargetRef(task.id(), i + 1));
        }
      }
    }
    return refs;
  }

  private static List<String> ids(List<Task> tasks, Predicate<Task> which) {
    return tasks.stream().filter(which).map(Task::id).toList();
  }

  private static <T> Optional<T> pick(List<T> from, Random random) {
    return from.isEmpty() ? Optional.empty() : Optional.of(from.get(random.nextInt(from.size())));
  }
}
