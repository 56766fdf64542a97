package io.tracker.rules;

import io.tracker.ledger.ExpectedProgress.Basis;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.Status;
import io.tracker.quantity.Magnitude;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.target.Bound;
import io.tracker.target.Due;
import io.tracker.target.Period;
import io.tracker.target.SourceSpan;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Deadline;
import io.tracker.task.Responsibility;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import io.tracker.task.Section;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/**
 * A random book, ledger, as-of date and policy, built from a seed so that a failure can be replayed:
 * targets of every kind and bound, with periods, printed due dates and parts (其中…); deadlines,
 * milestones among them ("5月底前动工") and reports naming them; status tasks in every status, with
 * and without a percent, blocked ones with a note.
 */
record RandomCase(long seed, TaskBook book, ProgressLedger ledger, LocalDate asOf, ScoringPolicy policy) {
  private static final int YEAR = 2023;
  private static final List<String> UNITS = List.of("县发改局", "县财政局", "县经贸局", "县农业农村局");
  private static final List<String> LEADERS = List.of("张三", "李四", "王五");
  private static final List<Period> PERIODS = List.of(Period.Q1, Period.H1, Period.FIRST_THREE_QUARTERS);

  static RandomCase of(long seed) {
    Random random = new Random(seed);
    List<Task> tasks = new ArrayList<>();
    List<ProgressReport> reports = new ArrayList<>();
    int taskCount = 1 + random.nextInt(5);
    for (int i = 1; i <= taskCount; i++) {
      String id = String.valueOf(i);
      int targetCount = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(3);
      List<Target> targets = new ArrayList<>();
      for (int p = 1; p <= targetCount; p++) {
        Target target = target(random, p > 1 && random.nextInt(4) == 0);
        targets.add(target);
        reports.addAll(valueReports(random, id, p, target));
      }
      if (targetCount == 0) {
        reports.addAll(statusReports(random, id));
      }
      Optional<Deadline> deadline = deadline(random);
      deadline.filter(d -> d.milestone().isPresent() && !d.milestone().get().equals("完成")).ifPresent(d -> {
        if (random.nextBoolean()) { // the milestone reported reached, on its own row
          reports.add(report(id, OptionalInt.empty(), reportDate(random), Optional.empty(), Optional.empty(),
              Optional.empty()).withMilestone(d.milestone().get()));
        }
      });
      tasks.add(new Task(id, 1, "任务" + id, new Responsibility(units(random)), leaders(random), deadline, targets));
    }
    Collections.shuffle(reports, random);
    TaskBook book = new TaskBook("西乡县人民政府", "西政发〔2023〕3号", Optional.empty(), YEAR, "随机任务表",
        List.of(new Section(1, "附件1")), tasks);
    LocalDate asOf = random.nextInt(10) < 3
        ? YearMonth.of(YEAR, 1 + random.nextInt(12)).atEndOfMonth()
        : LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365)); // in the year, as the Assessor requires
    return new RandomCase(seed, book, ProgressLedger.of(reports), asOf, policy(random, tasks));
  }

  private static Target target(Random random, boolean part) {
    TargetKind kind = TargetKind.values()[random.nextInt(TargetKind.values().length)];
    Bound bound = Bound.values()[random.nextInt(Bound.values().length)];
    Unit unit = switch (kind) {
      case GROWTH, DECLINE -> Unit.PERCENT;
      case LEVEL -> random.nextBoolean() ? Unit.PERCENT : new Unit(Magnitude.ONE, "个");
      case AMOUNT -> List.of(new Unit(Magnitude.YI, "元"), new Unit(Magnitude.ONE, "个"), new Unit(Magnitude.WAN, "亩"))
          .get(random.nextInt(3));
      case MAINTAIN -> random.nextBoolean() ? new Unit(Magnitude.WAN, "亩") : new Unit(Magnitude.ONE, "天");
    };
    BigDecimal value = random.nextInt(40) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(1 + random.nextInt(2000), 1);
    Optional<Period> period = random.nextInt(5) == 0 ? Optional.of(PERIODS.get(random.nextInt(3))) : Optional.empty();
    String text = "指标" + value.toPlainString() + unit;
    Target target = new Target("指标", Optional.empty(), kind, bound, new Quantity(value, unit), period,
        Optional.empty(), new SourceSpan(text, 0, text.length()), part);
    if (period.isEmpty() && random.nextInt(5) == 0) { // a due date printed before it: "5月底前"
      int month = 1 + random.nextInt(12);
      Due due = new Due(MonthDay.from(YearMonth.of(YEAR, month).atEndOfMonth()), month + "月底前");
      return target.withDue(Optional.of(due));
    }
    return target;
  }

  private static List<ProgressReport> valueReports(Random random, String id, int position, Target target) {
    List<ProgressReport> reports = new ArrayList<>();
    BigDecimal t = target.value().amount();
    int count = random.nextInt(6);
    for (int i = 0; i < count; i++) {
      LocalDate asOf = reportDate(random);
      reports.add(report(id, OptionalInt.of(position), asOf, Optional.of(value(random, target, t)), Optional.empty(),
          Optional.empty()));
      if (random.nextInt(5) == 0) { // a correction for the same date
        reports.add(report(id, OptionalInt.of(position), asOf, Optional.of(value(random, target, t)),
            Optional.empty(), Optional.empty()));
      }
    }
    return reports;
  }

  /** A reported value: a rate of change may fall below 0; amounts and levels are not negative (LedgerCheck). */
  private static BigDecimal value(Random random, Target target, BigDecimal t) {
    BigDecimal value = anyValue(random, target, t);
    boolean rate = target.kind() == TargetKind.GROWTH || target.kind() == TargetKind.DECLINE;
    return rate ? value : value.max(BigDecimal.ZERO);
  }

  private static BigDecimal anyValue(Random random, Target target, BigDecimal t) {
    switch (random.nextInt(6)) {
      case 0: // at a tolerance border or on the target
        BigDecimal step = target.value().unit().isPercent() ? new BigDecimal("0.5") : t.multiply(new BigDecimal("0.02"));
        return t.add(step.multiply(BigDecimal.valueOf(random.nextInt(3) - 1)));
      case 1: // just outside the percentage tolerance
        return t.add(BigDecimal.valueOf(random.nextInt(13) - 6, 1));
      case 2: // possibly negative (a fall)
        return BigDecimal.valueOf(random.nextInt(400) - 100, 1);
      default: // anywhere up to 130 % of the target
        return t.multiply(BigDecimal.valueOf(random.nextInt(131), 2)).setScale(1, java.math.RoundingMode.HALF_UP);
    }
  }

  private static List<ProgressReport> statusReports(Random random, String id) {
    List<ProgressReport> reports = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      Status status = Status.values()[random.nextInt(Status.values().length)];
      Optional<BigDecimal> percent = random.nextBoolean()
          ? Optional.of(BigDecimal.valueOf(random.nextInt(10001), 2)) : Optional.empty(); // 0-100, as LedgerCheck requires
      ProgressReport report = report(id, OptionalInt.empty(), reportDate(random), Optional.empty(), Optional.of(status),
          percent);
      reports.add(status == Status.BLOCKED ? report.withNote("要素保障不足,推进受阻") : report);
    }
    return reports;
  }

  private static LocalDate reportDate(Random random) {
    return random.nextBoolean()
        ? YearMonth.of(YEAR, 1 + random.nextInt(12)).atEndOfMonth()
        : LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365));
  }

  private static ProgressReport report(String id, OptionalInt target, LocalDate asOf, Optional<BigDecimal> value,
      Optional<Status> status, Optional<BigDecimal> percent) {
    return new ProgressReport(id, target, asOf, value, status, percent, "", "报送单位", Optional.empty());
  }

  private static List<ResponsibleUnit> units(Random random) {
    List<ResponsibleUnit> units = new ArrayList<>();
    int count = random.nextInt(4);
    boolean firstLeads = random.nextInt(10) < 6;
    for (int i = 0; i < count; i++) {
      String name = UNITS.get(random.nextInt(UNITS.size()));
      units.add(new ResponsibleUnit(name, name, i == 0 && firstLeads ? Role.LEAD : Role.CO));
    }
    return units;
  }

  private static List<String> leaders(Random random) {
    List<String> leaders = new ArrayList<>();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      leaders.add(LEADERS.get(random.nextInt(LEADERS.size())));
    }
    return leaders;
  }

  private static Optional<Deadline> deadline(Random random) {
    int pick = random.nextInt(20);
    if (pick < 3) {
      return Optional.empty();
    }
    if (pick < 5) {
      return Optional.of(new Deadline(Optional.empty(), "持续推进", Optional.empty()));
    }
    LocalDate date = pick < 17
        ? YearMonth.of(YEAR, 3 + random.nextInt(10)).atEndOfMonth()
        : LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365));
    int action = random.nextInt(6);
    if (action < 2) { // "5月底前动工" is a milestone, "6月底前完成" the completion deadline
      String milestone = action == 0 ? "动工" : "完成";
      return Optional.of(new Deadline(Optional.of(date), date.getMonthValue() + "月底前" + milestone,
          Optional.of(milestone)));
    }
    return Optional.of(new Deadline(Optional.of(date), date.toString(), Optional.empty()));
  }

  private static ScoringPolicy policy(Random random, List<Task> tasks) {
    if (random.nextInt(10) < 6) {
      return ScoringPolicy.defaults();
    }
    ScoringPolicy policy = ScoringPolicy.defaults()
        .withCap(random.nextBoolean() ? BigDecimal.ONE : new BigDecimal("1.2"))
        .withUnitWeights(BigDecimal.valueOf(2 + random.nextInt(2)), BigDecimal.ONE)
        .withBasis(random.nextBoolean() ? Basis.MONTHS : Basis.DAYS);
    for (Task task : tasks) {
      for (int p = 1; p <= task.targets().size(); p++) {
        if (random.nextBoolean()) {
          policy = policy.withTargetWeight(new TargetRef(task.id(), p), BigDecimal.valueOf(1 + random.nextInt(3)));
        }
      }
    }
    return policy;
  }

  @Override
  public String toString() {
    return "RandomCase[seed=" + seed + ", asOf=" + asOf + ", policy=" + policy + ",\n book=" + book.tasks()
        + ",\n ledger=" + ledger.reports() + "]";
  }
}
