package io.tracker.report;

import io.tracker.quantity.Magnitude;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.rules.Assessment;
import io.tracker.rules.LeaderResult;
import io.tracker.rules.Light;
import io.tracker.rules.RiskFlag;
import io.tracker.rules.TargetResult;
import io.tracker.rules.TaskResult;
import io.tracker.rules.UnitResult;
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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A hand-built ledger of 14 tasks from the 西乡县 2023 seed (texts, units and leaders copied from
 * {@code seeds/000_961a157e1ab25069.txt}) assessed at 2023-06-30, with every light in three
 * sections. Unit and leader rollups are the plain means of their tasks' scores.
 */
final class LedgerFixture {
  static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  /** 时序进度 of an 11月底 deadline at 30 June: 181 of 334 days. */
  static final BigDecimal ON_SCHEDULE = new BigDecimal("0.5419");
  static final String SECTION_1 = "2023年县政府工作报告任务分解一览表";
  static final String SECTION_2 = "2023年十件民生实事任务一览表";
  static final String SECTION_3 = "政府工作报告创建任务一览表";

  private static final Unit PERCENT = Unit.PERCENT;
  private static final Unit YI_YUAN = new Unit(Magnitude.YI, "元");

  private LedgerFixture() {}

  static TaskBook book() {
    return book(tasks());
  }

  static TaskBook book(List<Task> tasks) {
    return new TaskBook(
        "西乡县人民政府",
        "西政发〔2023〕3号",
        Optional.of(LocalDate.of(2023, 3, 10)),
        2023,
        "2023年县政府工作报告任务分解一览表",
        List.of(new Section(1, SECTION_1), new Section(2, SECTION_2), new Section(3, SECTION_3)),
        tasks);
  }

  static List<Task> tasks() {
    List<Task> tasks = new ArrayList<>();
    String t1 = "地方财政收入增长13%";
    tasks.add(task("1", 1, t1, units("县财政局"), List.of(), true,
        target(t1, "地方财政收入增长13%", "地方财政收入", TargetKind.GROWTH, Bound.EXACTLY, "13",
            PERCENT)));
    String t2 = "生产总值增长8%左右,固定资产投资增长16%以上。";
    tasks.add(task("2", 1, t2, units("县发改局"), List.of(), true,
        target(t2, "生产总值增长8%左右", "生产总值", TargetKind.GROWTH, Bound.ABOUT, "8", PERCENT),
        target(t2, "固定资产投资增长16%以上", "固定资产投资", TargetKind.GROWTH, Bound.AT_LEAST, "16",
            PERCENT)));
    String t5 = "储备政府专项债项目30个、发行专债4.5亿元以上,争取中省预算内项目投资1亿元以上。";
    tasks.add(task("5", 1, t5, units("县发改局", "县财政局"), List.of(), true,
        target(t5, "储备政府专项债项目30个", "储备政府专项债项目", TargetKind.AMOUNT, Bound.EXACTLY,
            "30", count("个")),
        target(t5, "发行专债4.5亿元以上", "发行专债", TargetKind.AMOUNT, Bound.AT_LEAST, "4.5",
            YI_YUAN),
        target(t5, "中省预算内项目投资1亿元以上", "争取中省预算内项目投资", TargetKind.AMOUNT,
            Bound.AT_LEAST, "1", YI_YUAN)));
    String t10 = "加快推进110个重点项目,开展红旗”“蜗牛项目亮晒评选,力争一季度开工率达80%以上,二季度达100%,"
        + "完成年度投资120亿元以上。";
    tasks.add(task("10", 1, t10, units("县发改局"), List.of(), true,
        periodTarget(t10, "一季度开工率达80%以上", "开工率", Bound.AT_LEAST, "80", Period.Q1),
        periodTarget(t10, "二季度达100%", "开工率", Bound.EXACTLY, "100", Period.Q2),
        target(t10, "年度投资120亿元以上", "年度投资", TargetKind.AMOUNT, Bound.AT_LEAST, "120",
            YI_YUAN)));
    tasks.add(task("29", 1, "精心编制实施全域旅游规划。", units("县文旅局"), List.of("王永安"), true));
    String t34 = "全年旅游综合收入达到46亿元以上。";
    tasks.add(task("34", 1, t34, units("县文旅局"), List.of("王永安"), true,
        target(t34, "旅游综合收入达到46亿元以上", "旅游综合收入", TargetKind.AMOUNT, Bound.AT_LEAST,
            "46", YI_YUAN)));
    String t44 = "开展大气污染防治冬病夏治专项整治,全年空气优良天数稳定在331天以上。";
    tasks.add(task("44", 1, t44, units("市生态环境局西乡分局"), List.of(), true,
        target(t44, "空气优良天数稳定在331天以上", "空气优良天数", TargetKind.MAINTAIN,
            Bound.AT_LEAST, "331", count("天"))));
    tasks.add(task("73", 1, "严格落实《陕西省地方金融条例》,协调联动开展非法集资、非法金融防范处置。",
        units("县金融办", "县公安局"), List.of("钱剑锋"), true));
    tasks.add(task("78", 1, "抓好“五型”机关建设。",
        new Responsibility(List.of(new ResponsibleUnit("各部门", "各部门", Role.CO))),
        List.of("惠理"), true));
    String t79 = "建成创业孵化基地2个,扶持创业实体280家、带动就业1500人以上;举办招聘活动9场次以上,"
        + "开展技能培训2500人次,新增本地就业岗位5400个以上。";
    tasks.add(task("79", 2, t79, units("县经贸局", "县人社局"), List.of(), true,
        target(t79, "创业孵化基地2个", "创业孵化基地", TargetKind.AMOUNT, Bound.EXACTLY, "2",
            count("个")),
        target(t79, "扶持创业实体280家", "创业实体", TargetKind.AMOUNT, Bound.EXACTLY, "280",
            count("家")),
        target(t79, "带动就业1500人以上", "带动就业", TargetKind.AMOUNT, Bound.AT_LEAST, "1500",
            count("人"))));
    String t82 = "新建城乡燃气管网35公里,新增天然气用户4000户以上,改善群众生活条件。";
    tasks.add(task("82", 2, t82, units("县住建局"), List.of(), true,
        target(t82, "城乡燃气管网35公里", "城乡燃气管网", TargetKind.AMOUNT, Bound.EXACTLY, "35",
            count("公里")),
        target(t82, "新增天然气用户4000户以上", "天然气用户", TargetKind.AMOUNT, Bound.AT_LEAST,
            "4000", count("户"))));
    String t88 = "城乡低保标准分别提高5%11%,改造提升白勉峡区域敬老院,为200名精神残障患者提供康养服务。";
    tasks.add(task("88", 2, t88, units("县民政局"), List.of(), true,
        target(t88, "城乡低保标准分别提高5%11%", "城乡低保标准", TargetKind.GROWTH, Bound.EXACTLY, "5", PERCENT),
        target(t88, "城乡低保标准分别提高5%11%", "城乡低保标准", TargetKind.GROWTH, Bound.EXACTLY, "11", PERCENT),
        target(t88, "200名精神残障患者", "精神残障患者康养服务", TargetKind.AMOUNT, Bound.EXACTLY, "200",
            count("名"))));
    tasks.add(task("94", 3, "创建国家园林城市", units("县住建局"), List.of(), false));
    tasks.add(task("106", 3, "启动罗镇茗园、江茗园、樱桃沟、钟家沟老街AAA景区创建", units("县文旅局"),
        List.of("王永安"), false));
    return tasks;
  }

  static Assessment assessment() {
    return assessment(book());
  }

  /**
   * The fixture's results for {@code book}'s tasks, rolled up over its units and leaders. Task
   * 1005 of a {@link #scaledBook scaled book} gets the result of task 5.
   */
  static Assessment assessment(TaskBook book) {
    List<TaskResult> results = List.of(
        result("1", Light.GREEN, null, List.of(on(1, "0.6000"))),
        result("2", Light.YELLOW, null, List.of(on(1, "0.5500"), on(2, "0.4000")),
            flag("2", 2, "LAGGING", Light.YELLOW,
                "固定资产投资增长16%以上完成40.0%，低于时序进度54.2%，落后14.2个百分点")),
        result("5", Light.RED, null, List.of(on(1, "0.7000"), on(2, "0.2000"), on(3, "0.1000")),
            flag("5", 2, "SEVERELY_LAGGING", Light.RED,
                "发行专债4.5亿元以上仅完成20.0%，落后时序进度34.2个百分点"),
            flag("5", 3, "SEVERELY_LAGGING", Light.RED,
                "争取中省预算内项目投资1亿元以上仅完成10.0%，落后时序进度44.2个百分点")),
        result("10", Light.RED, null,
            List.of(due(1, "0.9375"), due(2, "0.8500"), on(3, "0.4500")),
            flag("10", 1, "PHASE_MISSED", Light.RED, "一季度末开工率75%，未达到一季度80%以上的节点目标"),
            flag("10", 2, "PHASE_MISSED", Light.RED, "二季度末开工率85%，未达到二季度100%的节点目标"),
            flag("10", 3, "LAGGING", Light.YELLOW,
                "完成年度投资120亿元以上完成45.0%，低于时序进度54.2%，落后9.2个百分点")),
        result("29", Light.GREEN, "60.00", List.of()),
        result("34", Light.GREEN, null, List.of(on(1, "0.5600")),
            flag("34", 1, "CAUGHT_UP", Light.GREEN, "旅游综合收入已完成56.0%，追上时序进度54.2%")),
        result("44", Light.YELLOW, null, List.of(due(1, "0.9600")),
            flag("44", 1, "FORECAST_MISS", Light.YELLOW, "按上半年优良天数比例推算全年约318天，低于目标331天")),
        result("73", Light.GREEN, "70.00", List.of()),
        result("78", Light.BLUE, "50.00", List.of(),
            flag("78", 0, "NO_LEAD", Light.BLUE, "未明确牵头单位，责任单位为“各部门”")),
        result("79", Light.YELLOW, null, List.of(on(1, "0.5000"), on(2, "0.4500"), on(3, "0.6000")),
            flag("79", 2, "LAGGING", Light.YELLOW,
                "扶持创业实体280家完成45.0%，低于时序进度54.2%，落后9.2个百分点")),
        result("82", Light.GREEN, null, List.of(on(1, "0.6000"), on(2, "0.7000"))),
        result("88", Light.RED, null, List.of(unreported(1), unreported(2), on(3, "0.3000")),
            flag("88", 3, "SEVERELY_LAGGING", Light.RED,
                "为200名精神残障患者提供康养服务仅完成30.0%，落后时序进度24.2个百分点"),
            flag("88", 1, "NO_REPORT", Light.BLUE, "城乡低保标准（城市）提高5%尚未报送进展"),
            flag("88", 2, "NO_REPORT", Light.BLUE, "城乡低保标准（农村）提高11%尚未报送进展")),
        result("94", Light.BLUE, "0.00", List.of(),
            flag("94", 0, "NO_REPORT", Light.BLUE, "截至2023-06-30尚未报送进展")),
        result("106", Light.YELLOW, "30.00", List.of(),
            flag("106", 0, "REGRESSION", Light.YELLOW, "报送进度由40%回落至30%")));
    Map<String, TaskResult> byId = new LinkedHashMap<>();
    results.forEach(r -> byId.put(r.id(), r));
    List<TaskResult> mine = new ArrayList<>();
    for (Task task : book.tasks()) {
      TaskResult template = byId.get(String.valueOf(Integer.parseInt(task.id()) % 1000));
      if (template != null) {
        mine.add(withId(template, task.id()));
      }
    }
    return new Assessment(AS_OF, mine, units(book, mine), leaders(book, mine), mean(
        mine.stream().map(TaskResult::score).toList()));
  }

  /** The fixture's tasks {@code copies} times, copy k numbered k × 1000 + the printed number. */
  static TaskBook scaledBook(int copies) {
    List<Task> tasks = new ArrayList<>();
    for (int k = 0; k < copies; k++) {
      for (Task t : tasks()) {
        tasks.add(new Task(String.valueOf(k * 1000 + Integer.parseInt(t.id())), t.section(),
            t.text(), t.responsibility(), t.leaders(), t.deadline(), t.targets()));
      }
    }
    return book(tasks);
  }

  private static TaskResult withId(TaskResult result, String id) {
    List<RiskFlag> flags = result.flags().stream()
        .map(f -> new RiskFlag(id, f.target(), f.code(), f.light(), f.rule(), f.message(),
            f.inputs()))
        .toList();
    return new TaskResult(id, result.score(), result.light(), flags, result.targets());
  }

  /** The book's tasks by id: scaled books have 100,000 tasks, too many to look up one by one. */
  private static Map<String, Task> byId(TaskBook book) {
    Map<String, Task> tasks = new java.util.HashMap<>();
    book.tasks().forEach(t -> tasks.put(t.id(), t));
    return tasks;
  }

  private static List<UnitResult> units(TaskBook book, List<TaskResult> results) {
    Map<String, List<TaskResult>> lead = new LinkedHashMap<>();
    Map<String, List<TaskResult>> co = new LinkedHashMap<>();
    Map<String, Task> tasks = byId(book);
    for (TaskResult r : results) {
      for (ResponsibleUnit u : tasks.get(r.id()).responsibility().units()) {
        (u.role() == Role.LEAD ? lead : co).computeIfAbsent(u.name(), n -> new ArrayList<>()).add(r);
        (u.role() == Role.LEAD ? co : lead).computeIfAbsent(u.name(), n -> new ArrayList<>());
      }
    }
    List<UnitResult> units = new ArrayList<>();
    for (String name : lead.keySet()) {
      List<TaskResult> all = new ArrayList<>(lead.get(name));
      all.addAll(co.get(name));
      units.add(new UnitResult(name, mean(all.stream().map(TaskResult::score).toList()),
          lead.get(name).size(), co.get(name).size(), lit(all, Light.RED), lit(all, Light.YELLOW)));
    }
    return units;
  }

  private static List<LeaderResult> leaders(TaskBook book, List<TaskResult> results) {
    Map<String, List<TaskResult>> byLeader = new LinkedHashMap<>();
    Map<String, Task> byId = byId(book);
    for (TaskResult r : results) {
      for (String leader : byId.get(r.id()).leaders()) {
        byLeader.computeIfAbsent(leader, n -> new ArrayList<>()).add(r);
      }
    }
    List<LeaderResult> leaders = new ArrayList<>();
    byLeader.forEach((name, tasks) -> leaders.add(new LeaderResult(name,
        mean(tasks.stream().map(TaskResult::score).toList()), lit(tasks, Light.RED),
        lit(tasks, Light.YELLOW), lit(tasks, Light.BLUE), lit(tasks, Light.GREEN))));
    return leaders;
  }

  private static int lit(List<TaskResult> tasks, Light light) {
    return (int) tasks.stream().filter(t -> t.light() == light).count();
  }

  private static BigDecimal mean(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return new BigDecimal("0.00");
    }
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
  }

  private static TaskResult result(String id, Light light, String score,
      List<TargetResult> targets, RiskFlag... flags) {
    BigDecimal taskScore = score != null
        ? new BigDecimal(score)
        : mean(targets.stream().map(TargetResult::score).toList());
    return new TaskResult(id, taskScore, light, List.of(flags), targets);
  }

  /** A target due at year end, measured against {@link #ON_SCHEDULE}. */
  private static TargetResult on(int position, String completion) {
    return targetResult(position, new BigDecimal(completion), true, ON_SCHEDULE);
  }

  /** A target whose period is over (or that must hold all year): expected share 1. */
  private static TargetResult due(int position, String completion) {
    return targetResult(position, new BigDecimal(completion), true, new BigDecimal("1.0000"));
  }

  private static TargetResult unreported(int position) {
    return targetResult(position, new BigDecimal("0.0000"), false, ON_SCHEDULE);
  }

  private static TargetResult targetResult(int position, BigDecimal completion, boolean reported,
      BigDecimal expected) {
    BigDecimal hundred = BigDecimal.valueOf(100);
    return new TargetResult(position, completion, completion.multiply(hundred).setScale(2),
        reported, expected, expected.subtract(completion).multiply(hundred).setScale(2));
  }

  /** A flag on target {@code target}, or on the whole task when it is 0. */
  static RiskFlag flag(String taskId, int target, String code, Light light, String message) {
    return new RiskFlag(taskId, target == 0 ? OptionalInt.empty() : OptionalInt.of(target), code,
        light, Lights.flagLabel(code), message, Map.of("时序进度", "54.2%"));
  }

  static Task task(String id, int section, String text, Responsibility units,
      List<String> leaders, boolean novemberDeadline, Target... targets) {
    Optional<Deadline> deadline = novemberDeadline
        ? Optional.of(new Deadline(Optional.of(LocalDate.of(2023, 11, 30)), "11月底", Optional.empty()))
        : Optional.empty();
    return new Task(id, section, text, units, leaders, deadline, List.of(targets));
  }

  /** The first unit leads, the others co-operate. */
  static Responsibility units(String... names) {
    List<ResponsibleUnit> units = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      units.add(new ResponsibleUnit(names[i], names[i], i == 0 ? Role.LEAD : Role.CO));
    }
    return new Responsibility(units);
  }

  private static Unit count(String base) {
    return new Unit(Magnitude.ONE, base);
  }

  private static Target target(String text, String printed, String metric, TargetKind kind,
      Bound bound, String amount, Unit unit) {
    return new Target(metric, Optional.empty(), kind, bound,
        new Quantity(new BigDecimal(amount), unit), Optional.empty(), Optional.empty(),
        span(text, printed));
  }

  private static Target periodTarget(String text, String printed, String metric, Bound bound,
      String amount, Period period) {
    return new Target(metric, Optional.empty(), TargetKind.LEVEL, bound,
        new Quantity(new BigDecimal(amount), PERCENT), Optional.of(period), Optional.empty(),
        span(text, printed));
  }

  private static SourceSpan span(String text, String printed) {
    int start = text.indexOf(printed);
    if (start < 0) {
      throw new IllegalArgumentException("\"" + printed + "\" is not in \"" + text + "\"");
    }
    return new SourceSpan(printed, start, start + printed.length());
  }
}
