package io.tracker.report;

import static java.util.Objects.requireNonNull;

import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.Assessment;
import io.tracker.rules.LeaderResult;
import io.tracker.rules.Light;
import io.tracker.rules.RiskFlag;
import io.tracker.rules.TargetResult;
import io.tracker.rules.TaskResult;
import io.tracker.rules.UnitResult;
import io.tracker.target.Target;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Section;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The supervision ledger (督查台账) as the views show it: a task book joined with its assessment,
 * tasks grouped by section in printed order, units and leaders ranked by score.
 *
 * <p>Every assessed task must be in the book; book tasks without a result are not shown.
 *
 * @param title report title: 西乡县2023年政府工作报告任务督查台账（截至2023-06-30）
 * @param book the task book
 * @param assessment the assessment shown
 * @param sections sections that have assessed tasks, in book order
 * @param units units by score, best first (ties by name)
 * @param leaders leaders by score, best first (ties by name)
 */
record LedgerView(
    String title,
    TaskBook book,
    Assessment assessment,
    List<SectionView> sections,
    List<UnitResult> units,
    List<LeaderResult> leaders) {

  /** Placeholder shown where a value (lead unit, leader) is missing. */
  static final String NONE = "—";

  /** Joins {@code book} and {@code assessment}. */
  static LedgerView of(TaskBook book, Assessment assessment) {
    return of(book, assessment, ProgressLedger.of(List.of()));
  }

  /**
   * Joins {@code book} and {@code assessment}, with what the units wrote in the reports of
   * {@code ledger} that the assessment used (进展情况, 存在问题, 下一步措施).
   */
  static LedgerView of(TaskBook book, Assessment assessment, ProgressLedger ledger) {
    requireNonNull(book, "book");
    requireNonNull(assessment, "assessment");
    Map<String, TaskResult> results = new LinkedHashMap<>();
    java.util.Set<String> inBook = book.tasks().stream().map(Task::id).collect(Collectors.toSet());
    for (TaskResult result : assessment.tasks()) {
      if (!inBook.contains(result.id())) {
        throw new IllegalArgumentException(
            "assessment has task " + result.id() + " that is not in the task book");
      }
      if (results.put(result.id(), result) != null) {
        throw new IllegalArgumentException("assessment has task " + result.id() + " twice");
      }
    }
    Map<Integer, Section> sectionsByNumber = book.sections().stream()
        .collect(Collectors.toMap(Section::number, Function.identity()));
    Map<Integer, List<TaskRow>> rowsBySection = new LinkedHashMap<>();
    for (Task task : book.tasks()) {
      TaskResult result = results.get(task.id());
      if (result == null) {
        continue;
      }
      if (!sectionsByNumber.containsKey(task.section())) {
        throw new IllegalArgumentException(
            "task " + task.id() + " is in section " + task.section() + " that the book lacks");
      }
      rowsBySection.computeIfAbsent(task.section(), s -> new ArrayList<>())
          .add(TaskRow.of(task, result, ReportedText.of(task, ledger, assessment.asOf())));
    }
    List<SectionView> sections = book.sections().stream()
        .filter(s -> rowsBySection.containsKey(s.number()))
        .map(s -> new SectionView(s, rowsBySection.get(s.number())))
        .toList();
    List<UnitResult> units = assessment.units().stream()
        .sorted(Comparator.comparing(UnitResult::score).reversed()
            .thenComparing(UnitResult::name))
        .toList();
    List<LeaderResult> leaders = assessment.leaders().stream()
        .sorted(Comparator.comparing(LeaderResult::score).reversed()
            .thenComparing(LeaderResult::name))
        .toList();
    return new LedgerView(title(book, assessment), book, assessment, sections, units, leaders);
  }

  /**
   * The units with points (考核得分: units judged on indicators with a 分值), by points, best first
   * (ties by name); empty for a book without 分值.
   */
  List<UnitResult> pointsRanking() {
    return units.stream().filter(u -> u.points().isPresent())
        .sorted(Comparator.comparing((UnitResult u) -> u.points().orElseThrow()).reversed()
            .thenComparing(UnitResult::name))
        .toList();
  }

  /** All shown task rows in book order. */
  List<TaskRow> rows() {
    return sections.stream().flatMap(s -> s.rows().stream()).toList();
  }

  /** Number of shown tasks per light. */
  Map<Light, Integer> lightCounts() {
    return countLights(rows());
  }

  private static String title(TaskBook book, Assessment assessment) {
    String place = book.issuer().endsWith("人民政府")
        ? book.issuer().substring(0, book.issuer().length() - "人民政府".length())
        : book.issuer();
    return place + book.year() + "年政府工作报告任务督查台账（截至" + assessment.asOf() + "）";
  }

  private static Map<Light, Integer> countLights(List<TaskRow> rows) {
    Map<Light, Integer> counts = new EnumMap<>(Light.class);
    for (Light light : Light.values()) {
      counts.put(light, 0);
    }
    rows.forEach(r -> counts.merge(r.result().light(), 1, Integer::sum));
    return counts;
  }

  /** A section with its assessed tasks. */
  record SectionView(Section section, List<TaskRow> rows) {
    SectionView {
      rows = List.copyOf(rows);
    }

    /** "附件1 2023年县政府工作报告任务分解一览表". */
    String heading() {
      return "附件" + section.number() + " " + section.title();
    }

    /** Number of tasks per light, every light present. */
    Map<Light, Integer> lightCounts() {
      return countLights(rows);
    }
  }

  /**
   * What a unit wrote with the report of a task or target that the assessment used.
   *
   * @param about "目标2" for a target's report, empty for a task's
   */
  record ReportedText(String about, String note, String problems, String nextSteps) {
    /** The texts of the latest reports on or before {@code asOf} of the task and its targets that have any. */
    static List<ReportedText> of(Task task, ProgressLedger ledger, LocalDate asOf) {
      List<ReportedText> texts = new ArrayList<>();
      int targets = task.targets().size();
      for (int p = targets == 0 ? 0 : 1; p <= targets; p++) {
        String about = p == 0 ? "" : "目标" + p;
        ledger.history(task.id(), p == 0 ? OptionalInt.empty() : OptionalInt.of(p)).at(asOf)
            .filter(r -> !(r.note().isEmpty() && r.problems().isEmpty() && r.nextSteps().isEmpty()))
            .ifPresent(r -> texts.add(new ReportedText(about, r.note(), r.problems(), r.nextSteps())));
      }
      return texts;
    }
  }

  /** One task with its result, its targets' results and what its reports said. */
  record TaskRow(Task task, TaskResult result, List<TargetRow> targets, List<ReportedText> texts) {
    TaskRow {
      targets = List.copyOf(targets);
      texts = List.copyOf(texts);
    }

    static TaskRow of(Task task, TaskResult result, List<ReportedText> texts) {
      List<TargetRow> targets = result.targets().stream()
          .map(t -> TargetRow.of(task, t, result.flags()))
          .toList();
      return new TaskRow(task, result, targets, texts);
    }

    /** Name of the lead unit (牵头单位), or {@link #NONE}. */
    String leadUnit() {
      return task.responsibility().lead().map(ResponsibleUnit::name).orElse(NONE);
    }

    /** Leaders in charge (包抓领导) joined with "、", or {@link #NONE}. */
    String leaders() {
      return task.leaders().isEmpty() ? NONE : String.join("、", task.leaders());
    }

    /** The first flag raised on the task, if any. */
    Optional<RiskFlag> firstFlag() {
      return result.flags().stream().findFirst();
    }
  }

  /**
   * One target with its result.
   *
   * @param text the target as printed in the task (发行专债4.5亿元以上), or 目标N when the book's
   *     task has no target at that position; targets printed as one phrase ("城乡低保标准分别提高5%11%")
   *     are told apart by what differs among them (subject, metric, value): "城乡低保标准分别提高5%11%（5%）"
   * @param flags flags raised about this target
   */
  record TargetRow(String text, TargetResult result, List<RiskFlag> flags) {
    TargetRow {
      flags = List.copyOf(flags);
    }

    static TargetRow of(Task task, TargetResult result, List<RiskFlag> taskFlags) {
      int position = result.position();
      String text = position >= 1 && position <= task.targets().size()
          ? printed(task.targets(), position - 1)
          : "目标" + position;
      List<RiskFlag> flags = taskFlags.stream()
          .filter(f -> f.target().isPresent() && f.target().getAsInt() == position)
          .toList();
      return new TargetRow(text, result, flags);
    }

    private static String printed(List<Target> targets, int index) {
      Target target = targets.get(index);
      String text = target.source().text();
      List<Target> sharing = targets.stream().filter(t -> t.source().equals(target.source())).toList();
      List<String> parts = new ArrayList<>();
      target.assignee().ifPresent(parts::add);
      if (sharing.size() > 1) {
        target.subject().ifPresent(parts::add);
        if (sharing.stream().map(Target::metric).distinct().count() > 1) {
          parts.add(target.metric());
        }
        if (sharing.stream().map(Target::figure).distinct().count() > 1) {
          parts.add(target.figure().map(Object::toString).orElse(""));
        }
      }
      return parts.isEmpty() ? text : text + "（" + String.join(" ", parts) + "）";
    }

    /** The most severe light among this target's flags, if it has any. */
    Optional<Light> light() {
      return flags.stream().map(RiskFlag::light).reduce(Light::worse);
    }
  }
}
