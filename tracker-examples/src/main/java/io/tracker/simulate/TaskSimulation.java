package io.tracker.simulate;

import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.Status;
import io.tracker.quantity.Magnitude;
import io.tracker.quantity.Unit;
import io.tracker.target.Bound;
import io.tracker.target.Period;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Deadline;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Task;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** The reports of one task over the month ends, drawn from the task's own random stream. */
final class TaskSimulation {
  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final Set<String> COUNT_UNITS = Set.of("个", "户", "家", "人", "人次", "次", "所", "座", "条", "项",
      "场", "名", "处", "套", "辆", "台", "间", "张", "件", "批", "村", "镇", "天", "期", "位");

  /** How a task is doing all year. */
  private enum Course { ON_TRACK, LAGGING, AHEAD }

  private final Task task;
  private final int year;
  private final List<LocalDate> monthEnds;
  private final SimulationPlan plan;
  private final Random random;
  private final Course course;
  private final double pace;
  private final List<OffsetDateTime> submitted = new ArrayList<>();
  private final Set<Integer> skippedMonths;
  private final String reporter;

  TaskSimulation(Task task, int year, List<LocalDate> monthEnds, SimulationPlan plan, Random random) {
    this.task = task;
    this.year = year;
    this.monthEnds = monthEnds;
    this.plan = plan;
    this.random = random;
    double roll = random.nextDouble();
    this.course = roll < 0.70 ? Course.ON_TRACK : roll < 0.92 ? Course.LAGGING : Course.AHEAD;
    this.pace = switch (course) {
      case ON_TRACK -> between(0.95, 1.10);
      case LAGGING -> between(0.55, 0.85);
      case AHEAD -> between(1.12, 1.30);
    };
    for (LocalDate end : monthEnds) {
      submitted.add(OffsetDateTime.of(end.plusDays(2 + random.nextInt(7)),
          LocalTime.of(8 + random.nextInt(10), random.nextInt(60)), CHINA));
    }
    this.skippedMonths = plan.silentTasks().contains(task.id()) ? drawSkippedMonths() : Set.of();
    this.reporter = task.responsibility().lead().or(() -> task.responsibility().units().stream().findFirst())
        .map(ResponsibleUnit::name).orElse("");
  }

  List<ProgressReport> reports() {
    List<ProgressReport> reports = new ArrayList<>();
    if (task.targets().isEmpty()) {
      statusReports(reports);
    } else {
      for (int position = 1; position <= task.targets().size(); position++) {
        if (task.targets().get(position - 1).figure().isPresent()) { // a relative target has no figure to pace
          valueReports(position, reports);
        }
      }
    }
    if (plan.correctedTask().equals(Optional.of(task.id())) && !reports.isEmpty()) {
      correct(reports, random.nextInt(reports.size()));
    }
    return reports;
  }

  /** Months a silent task leaves unreported: it stops reporting, or skips one or two months. */
  private Set<Integer> drawSkippedMonths() {
    int months = monthEnds.size();
    Set<Integer> skipped = new HashSet<>();
    if (months <= 2) {
      skipped.add(months - 1);
    } else if (random.nextBoolean()) {
      for (int i = 1 + random.nextInt(months - 1); i < months; i++) {
        skipped.add(i);
      }
    } else {
      skipped.add(random.nextInt(months));
      skipped.add(random.nextInt(months));
    }
    return skipped;
  }

  private void valueReports(int position, List<ProgressReport> reports) {
    Target target = task.targets().get(position - 1);
    boolean missed = plan.isMissedFirstQuarter(task.id(), position);
    LocalDate firstQuarterEnd = Period.Q1.end(year);
    double printed = target.value().amount().doubleValue();
    double jitter = between(0.97, 1.03);
    double missedPace = between(0.60, 0.85);
    double catchUp = between(1.00, 1.08);
    double kept = course == Course.LAGGING ? between(0.90, 0.97) : between(0.98, 1.03);
    int scale = scale(target);
    LocalDate horizon = horizon(target.period());
    List<BigDecimal> values = new ArrayList<>();
    double cumulative = 0;
    for (LocalDate end : monthEnds) {
      double share = share(end, horizon);
      double attainment = missed ? (end.isAfter(firstQuarterEnd) ? catchUp : missedPace) : pace * jitter;
      double value = switch (target.kind()) {
        case GROWTH, DECLINE -> printed * directed(attainment, target.bound())
            + noise(Math.max(0.3, Math.abs(printed) * 0.25) * (1 - 0.7 * share(end, LocalDate.of(year, 12, 31))));
        case AMOUNT -> cumulative = Math.max(cumulative,
            printed * share * directed(attainment, target.bound()) * (1 + noise(0.03)));
        case LEVEL -> printed * directed(missed ? attainment : attainment * (0.85 + 0.15 * share) + noise(0.02),
            target.bound());
        case MAINTAIN -> printed * directed(missed ? attainment : kept + noise(0.01), target.bound());
      };
      if (target.kind() == TargetKind.LEVEL && target.value().unit().isPercent() && printed <= 100) {
        value = Math.min(value, 100);
      }
      if (target.kind() != TargetKind.GROWTH && target.kind() != TargetKind.DECLINE) {
        value = Math.max(0, value);
      }
      BigDecimal rounded = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
      if (missed && end.equals(firstQuarterEnd)) {
        rounded = missedAt(target, rounded, scale);
      }
      values.add(rounded);
    }
    int regressed = plan.isRegression(task.id(), position) ? regress(values, scale) : -1;
    for (int i = 0; i < monthEnds.size(); i++) {
      if (skippedMonths.contains(i)) {
        continue;
      }
      String note = i == regressed ? "统计口径调整,累计数据核减"
          : missed && monthEnds.get(i).equals(firstQuarterEnd) ? "一季度未完成目标,正在督促整改"
          : course == Course.LAGGING && random.nextInt(3) == 0 ? "进度滞后,正在加快推进"
          : random.nextInt(6) == 0 ? "按序时进度推进" : "";
      reports.add(ProgressReport.value(task.id(), position, monthEnds.get(i), values.get(i), reporter)
          .withNote(note).withReportedAt(submitted.get(i)));
    }
  }

  /** A value on the wrong side of the printed figure: below it, or above it for an upper bound. */
  private static BigDecimal missedAt(Target target, BigDecimal value, int scale) {
    BigDecimal printed = target.value().amount();
    BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
    if (target.bound().lowerIsBetter()) {
      return value.compareTo(printed) > 0 ? value : printed.add(step).setScale(scale, RoundingMode.UP);
    }
    return value.compareTo(printed) < 0 ? value
        : printed.subtract(step).setScale(scale, RoundingMode.DOWN).max(BigDecimal.ZERO.setScale(scale));
  }

  /**
   * Lowers one month's cumulative value below the month before (a statistical revision, 核减) and
   * returns that month's index, or -1 when no month follows a non-zero one.
   */
  private int regress(List<BigDecimal> values, int scale) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 1; i < values.size(); i++) {
      if (values.get(i - 1).signum() > 0) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return -1;
    }
    int month = candidates.get(random.nextInt(candidates.size()));
    BigDecimal before = values.get(month - 1);
    BigDecimal lowered = before.multiply(BigDecimal.valueOf(between(0.90, 0.97))).setScale(scale, RoundingMode.DOWN);
    if (lowered.compareTo(before) >= 0) {
      lowered = before.subtract(BigDecimal.ONE.movePointLeft(scale));
    }
    values.set(month, lowered);
    return month;
  }

  private void statusReports(List<ProgressReport> reports) {
    boolean early = plan.earlyFinisher().equals(Optional.of(task.id()));
    int start = plan.lateStarter().equals(Optional.of(task.id())) ? 1 + random.nextInt(2)
        : course == Course.LAGGING && random.nextInt(4) == 0 ? 1 : 0;
    int finish = 3 + random.nextInt(5);
    LocalDate horizon = horizon(Optional.empty());
    int percent = 0;
    for (int i = 0; i < monthEnds.size(); i++) {
      Status status;
      Optional<BigDecimal> shown;
      String note = "";
      if (i < start) {
        status = Status.NOT_STARTED;
        shown = Optional.empty();
        note = "前期准备中";
      } else {
        double planned = early ? 100.0 * (i + 1) / (finish + 1) : 100 * share(monthEnds.get(i), horizon) * pace;
        percent = Math.max(percent, (int) Math.min(100, Math.max(1, Math.round(planned + noise(3)))));
        shown = Optional.of(BigDecimal.valueOf(percent));
        if (percent == 100) {
          status = Status.DONE;
          note = "已完成";
        } else if (course == Course.LAGGING && random.nextInt(5) == 0) {
          status = Status.BLOCKED;
          note = "要素保障不足,推进受阻";
        } else {
          status = Status.IN_PROGRESS;
        }
      }
      if (!skippedMonths.contains(i)) {
        ProgressReport report = ProgressReport.status(task.id(), monthEnds.get(i), status, reporter)
            .withNote(note).withReportedAt(submitted.get(i));
        reports.add(shown.map(report::withPercent).orElse(report));
      }
    }
  }

  /** Replaces report {@code index} by a wrong first report and appends its correction a few days later. */
  private void correct(List<ProgressReport> reports, int index) {
    ProgressReport right = reports.get(index);
    ProgressReport wrong;
    if (right.value().isPresent()) {
      BigDecimal value = right.value().get();
      BigDecimal inflated = value.multiply(BigDecimal.valueOf(between(1.10, 1.40)))
          .setScale(value.scale(), RoundingMode.HALF_UP);
      if (inflated.compareTo(value) == 0) {
        inflated = value.add(BigDecimal.ONE.movePointLeft(value.scale()));
      }
      wrong = withValue(right, Optional.of(inflated), right.status(), right.percent());
    } else {
      int percent = right.percent().map(BigDecimal::intValue).orElse(0);
      int wrongPercent = percent >= 50 ? percent - 20 : percent + 20;
      wrong = withValue(right, Optional.empty(), Optional.of(Status.IN_PROGRESS),
          Optional.of(BigDecimal.valueOf(wrongPercent)));
    }
    reports.set(index, wrong);
    OffsetDateTime later = right.reportedAt().orElseThrow().plusDays(1 + random.nextInt(4)).plusHours(random.nextInt(5));
    reports.add(right.withNote("更正" + right.reportedAt().orElseThrow().toLocalDate() + "报送数据").withReportedAt(later));
  }

  private static ProgressReport withValue(ProgressReport r, Optional<BigDecimal> value, Optional<Status> status,
      Optional<BigDecimal> percent) {
    return new ProgressReport(r.taskId(), r.target(), r.asOf(), value, status, percent, r.note(), r.problems(),
        r.nextSteps(), r.reporter(), r.reportedAt(), r.milestone());
  }

  /** The date a figure is due by: the end of the target's period, else the task's deadline, else year end. */
  private LocalDate horizon(Optional<Period> period) {
    return period.map(p -> p.end(year))
        .or(() -> task.deadline().flatMap(Deadline::date).filter(d -> d.getYear() == year && d.getMonthValue() > 1))
        .orElse(LocalDate.of(year, 12, 31));
  }

  private static double share(LocalDate day, LocalDate horizon) {
    return Math.min(1.0, day.getDayOfYear() / (double) horizon.getDayOfYear());
  }

  /** Attainment as a value factor: above the figure is good, except under an upper bound (以内). */
  private static double directed(double attainment, Bound bound) {
    return bound.lowerIsBetter() ? 2 - attainment : attainment;
  }

  /** Decimals a figure is reported with: whole counts, 1 decimal for %, else by size. */
  private static int scale(Target target) {
    Unit unit = target.value().unit();
    if (unit.isPercent()) {
      return 1;
    }
    if (unit.magnitude() == Magnitude.ONE && COUNT_UNITS.contains(unit.base())) {
      return 0;
    }
    double size = target.value().amount().abs().doubleValue();
    return size < 10 ? 2 : size < 1000 ? 1 : 0;
  }

  private double between(double low, double high) {
    return low + (high - low) * random.nextDouble();
  }

  /** Triangular noise in [-width, width]. */
  private double noise(double width) {
    return (random.nextDouble() + random.nextDouble() - 1) * width;
  }
}
