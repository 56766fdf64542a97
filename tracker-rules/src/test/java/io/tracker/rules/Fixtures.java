package io.tracker.rules;

import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.Status;
import io.tracker.quantity.Magnitude;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.target.Bound;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Hand-built tasks, targets and reports (the seed's wording) for rule tests. */
final class Fixtures {
  static final int YEAR = 2023;
  static final LocalDate NOV_END = LocalDate.of(YEAR, 11, 30);
  static final Unit YI_YUAN = new Unit(Magnitude.YI, "元");
  static final Unit GE = new Unit(Magnitude.ONE, "个");
  static final Unit WAN_MU = new Unit(Magnitude.WAN, "亩");
  static final Unit TIAN = new Unit(Magnitude.ONE, "天");

  private Fixtures() {}

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  static Target target(String metric, TargetKind kind, Bound bound, String amount, Unit unit) {
    return target(metric, kind, bound, amount, unit, null);
  }

  static Target target(String metric, TargetKind kind, Bound bound, String amount, Unit unit, Period period) {
    String text = metric + amount + unit;
    return new Target(metric, Optional.empty(), kind, bound, new Quantity(new BigDecimal(amount), unit),
        Optional.ofNullable(period), Optional.empty(), new SourceSpan(text, 0, text.length()));
  }

  static ResponsibleUnit lead(String name) {
    return new ResponsibleUnit(name, name, Role.LEAD);
  }

  static ResponsibleUnit co(String name) {
    return new ResponsibleUnit(name, name, Role.CO);
  }

  static Deadline deadline(LocalDate date) {
    return new Deadline(Optional.of(date), date.getMonthValue() + "月底", Optional.empty());
  }

  static Task task(String id, Optional<Deadline> deadline, List<ResponsibleUnit> units, List<String> leaders,
      Target... targets) {
    return new Task(id, 1, "任务" + id, new Responsibility(units), leaders, deadline, Arrays.asList(targets));
  }

  /** A task due 11月底 led by 县发改局 with one leader. */
  static Task task(String id, Target... targets) {
    return task(id, Optional.of(deadline(NOV_END)), List.of(lead("县发改局")), List.of("张三"), targets);
  }

  static TaskBook book(Task... tasks) {
    return new TaskBook("西乡县人民政府", "西政发〔2023〕3号", Optional.empty(), YEAR,
        "2023年县政府工作报告任务分解一览表", List.of(new Section(1, "附件1")), Arrays.asList(tasks));
  }

  static ProgressReport value(String task, int target, String asOf, String value) {
    return new ProgressReport(task, OptionalInt.of(target), date(asOf), Optional.of(new BigDecimal(value)),
        Optional.empty(), Optional.empty(), "", "县发改局", Optional.empty());
  }

  static ProgressReport status(String task, String asOf, Status status, String percent) {
    return new ProgressReport(task, OptionalInt.empty(), date(asOf), Optional.empty(), Optional.of(status),
        Optional.ofNullable(percent).map(BigDecimal::new), "", "县发改局", Optional.empty());
  }

  static ProgressLedger ledger(ProgressReport... reports) {
    return ProgressLedger.of(new ArrayList<>(Arrays.asList(reports)));
  }

  /** Task 5: 储备政府专项债项目30个、发行专债4.5亿元以上,争取中省预算内项目投资1亿元以上. */
  static Task task5() {
    return task("5", Optional.of(deadline(NOV_END)), List.of(lead("县发改局"), co("县财政局")), List.of("王五"),
        target("储备政府专项债项目", TargetKind.AMOUNT, Bound.EXACTLY, "30", GE),
        target("发行专债", TargetKind.AMOUNT, Bound.AT_LEAST, "4.5", YI_YUAN),
        target("争取中省预算内项目投资", TargetKind.AMOUNT, Bound.AT_LEAST, "1", YI_YUAN));
  }
}
