package io.tracker.rules.scenario;

import static java.util.Objects.requireNonNull;

import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.rules.LeaderResult;
import io.tracker.rules.TaskResult;
import io.tracker.rules.UnitResult;
import io.tracker.rules.Light;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a rule change does (规则变更影响): the tasks, units and leaders whose score or light differs
 * between the assessment under the old rules and under the new ones, largest score change first.
 */
public final class RuleDiff {
  private RuleDiff() {}

  /** What is compared. */
  public enum Subject {
    /** 任务 */
    TASK("任务"),
    /** 责任单位 */
    UNIT("单位"),
    /** 包抓领导 */
    LEADER("领导");

    private final String label;

    Subject(String label) {
      this.label = label;
    }

    /** The Chinese label. */
    public String label() {
      return label;
    }
  }

  /**
   * One changed task, unit or leader. A score or light is empty when the subject is absent on that
   * side; lights are only given for tasks.
   */
  public record Change(Subject subject, String name, Optional<BigDecimal> oldScore, Optional<BigDecimal> newScore,
      Optional<Light> oldLight, Optional<Light> newLight) {
    public Change {
      requireNonNull(subject, "subject");
      requireNonNull(name, "name");
      requireNonNull(oldScore, "oldScore");
      requireNonNull(newScore, "newScore");
      requireNonNull(oldLight, "oldLight");
      requireNonNull(newLight, "newLight");
    }

    /** |new − old|, 0 when either side is missing. */
    public BigDecimal scoreChange() {
      return oldScore.isPresent() && newScore.isPresent() ? newScore.get().subtract(oldScore.get()).abs() : BigDecimal.ZERO;
    }

    /** {@code 任务 5: 得分 57.04 → 48.10 (-8.94), 亮灯 YELLOW → RED}. */
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(subject.label()).append(' ').append(name).append(':');
      if (!oldScore.equals(newScore)) {
        s.append(" 得分 ").append(oldScore.map(BigDecimal::toPlainString).orElse("无")).append(" → ")
            .append(newScore.map(BigDecimal::toPlainString).orElse("无"));
        if (oldScore.isPresent() && newScore.isPresent()) {
          BigDecimal delta = newScore.get().subtract(oldScore.get());
          s.append(" (").append(delta.signum() > 0 ? "+" : "").append(delta.toPlainString()).append(')');
        }
      }
      if (!oldLight.equals(newLight)) {
        s.append(oldScore.equals(newScore) ? "" : ",").append(" 亮灯 ")
            .append(oldLight.map(Light::name).orElse("无")).append(" → ").append(newLight.map(Light::name).orElse("无"));
      }
      return s.toString();
    }
  }

  /** Assesses with both rule sets and compares. */
  public static List<Change> between(Assessor oldRules, Assessor newRules, TaskBook book, ProgressLedger ledger,
      LocalDate asOf) {
    return compare(oldRules.assess(book, ledger, asOf), newRules.assess(book, ledger, asOf));
  }

  /**
   * The changes from {@code before} to {@code after}: largest score change first, then the largest
   * light change, then the more severe new light.
   */
  public static List<Change> compare(Assessment before, Assessment after) {
    List<Change> changes = new ArrayList<>();
    diff(changes, Subject.TASK, before.tasks(), after.tasks(), TaskResult::id, TaskResult::score,
        t -> Optional.of(t.light()));
    diff(changes, Subject.UNIT, before.units(), after.units(), UnitResult::name, UnitResult::score,
        u -> Optional.empty());
    diff(changes, Subject.LEADER, before.leaders(), after.leaders(), LeaderResult::name, LeaderResult::score,
        l -> Optional.empty());
    changes.sort(Comparator.comparing(Change::scoreChange).reversed()
        .thenComparing(c -> -lightShift(c))
        .thenComparing(c -> -c.newLight().map(Light::ordinal).orElse(-1))
        .thenComparing(Change::subject)
        .thenComparing(Change::name));
    return List.copyOf(changes);
  }

  private static int lightShift(Change c) {
    return Math.abs(c.newLight().map(Light::ordinal).orElse(0) - c.oldLight().map(Light::ordinal).orElse(0));
  }

  private static <T> void diff(List<Change> changes, Subject subject, List<T> before, List<T> after,
      Function<T, String> name, Function<T, BigDecimal> score, Function<T, Optional<Light>> light) {
    Map<String, T> old = new LinkedHashMap<>();
    before.forEach(t -> old.put(name.apply(t), t));
    Map<String, T> now = new LinkedHashMap<>();
    after.forEach(t -> now.put(name.apply(t), t));
    Map<String, Boolean> names = new LinkedHashMap<>();
    old.keySet().forEach(n -> names.put(n, true));
    now.keySet().forEach(n -> names.put(n, true));
    for (String n : names.keySet()) {
      Optional<T> o = Optional.ofNullable(old.get(n));
      Optional<T> a = Optional.ofNullable(now.get(n));
      Optional<BigDecimal> oldScore = o.map(score);
      Optional<BigDecimal> newScore = a.map(score);
      Optional<Light> oldLight = o.flatMap(light);
      Optional<Light> newLight = a.flatMap(light);
      boolean scoreChanged = oldScore.isPresent() != newScore.isPresent()
          || oldScore.isPresent() && oldScore.get().compareTo(newScore.get()) != 0;
      if (scoreChanged || !Objects.equals(oldLight, newLight)) {
        changes.add(new Change(subject, n, oldScore, newScore, oldLight, newLight));
      }
    }
  }
}
