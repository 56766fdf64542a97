package io.tracker.simulate;

import static java.util.Objects.requireNonNull;

import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.Status;
import io.tracker.target.Target;
import io.tracker.target.TargetParser;
import io.tracker.target.TargetKind;
import io.tracker.task.Deadline;
import io.tracker.task.DeadlineParser;
import io.tracker.task.Responsibility;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Generates a task book of any size shaped like published lists (任务分解一览表), and a year of
 * monthly progress reports for it, for benchmarks ({@code ./tracker generate}, {@code ./tracker bench}).
 *
 * <p>The book is CSV the importer reads (序号, 任务, 牵头单位, 配合单位, 包抓领导, 完成时限, 年度): about half
 * the tasks print 1–3 targets of every kind, bound and period (增长6.5%左右, 发行专项债券4.5亿元以上,
 * 控制在4%以内, 保持在…以上, 一季度/上半年/前三季度, "9月底前完成…", parts after 其中), the other half are
 * status tasks without figures; a lead and 0–2 co-operating units from a pool of about N/30 units,
 * one or two leaders from a pool of about N/60, deadlines with and without a milestone ("5月底前开工")
 * and 持续推进. The targets are what the importer extracts from that text; the ledger is drawn from the
 * imported book ({@link #reports}).
 *
 * <p>Deterministic: the same size and seed give the same bytes on every run and JVM; every task draws
 * from its own {@link Random} seeded from the seed and its number, so generating is linear and a task's
 * text does not depend on the size of the book.
 */
public final class BookGenerator {
  /** The work year of generated books. */
  public static final int YEAR = 2023;

  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final String PLACE_CHARS = "青石河山东西南北龙凤金银安平清华宁远长兴新和泰德明光林江永丰"
      + "福源嘉定云水秀桥湖阳春秋";
  private static final String[] DEPARTMENTS = {"发改局", "财政局", "经贸局", "农业农村局", "住建局", "交通运输局",
      "教育局", "卫健局", "民政局", "自然资源局", "生态环境局", "水利局", "文旅局", "应急管理局", "市场监管局",
      "人社局", "商务局", "林业局", "统计局", "医保局", "审计局", "科技局", "司法局", "城管局", "税务局"};
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红宇鹏飞";
  private static final String[] STATUS_WORK = {"深化营商环境改革", "推进乡村振兴示范建设", "完善社会救助体系",
      "加强安全生产监管", "推动文旅融合发展", "优化政务服务流程", "实施城市更新行动", "健全基层治理体系",
      "推进数字政府建设", "强化生态环境保护"};
  private static final String[] STATUS_MORE = {"形成长效机制", "落实工作责任", "定期通报进展", "确保取得实效"};
  private static final String[] MILESTONES = {"开工", "动工", "启动", "招标"};

  private final int tasks;
  private final long seed;

  private BookGenerator(int tasks, long seed) {
    this.tasks = tasks;
    this.seed = seed;
  }

  /**
   * A generator of {@code tasks} tasks from {@code seed}.
   *
   * @throws IllegalArgumentException if {@code tasks} is not positive
   */
  public static BookGenerator of(int tasks, long seed) {
    if (tasks < 1) {
      throw new IllegalArgumentException("tasks must be positive: " + tasks);
    }
    return new BookGenerator(tasks, seed);
  }

  /** The number of tasks. */
  public int tasks() {
    return tasks;
  }

  /** The largest book {@link #writeCsv} writes: the importer reads 序号 of at most three digits. */
  public static final int MAX_CSV_TASKS = 999;

  /**
   * The task book as the importer builds it from {@link #writeCsv}'s text: targets extracted by
   * {@link TargetParser}, deadlines read by {@link DeadlineParser}, the first unit leading.
   */
  public TaskBook book() {
    List<Task> list = new ArrayList<>(tasks);
    for (int n = 1; n <= tasks; n++) {
      Row row = row(n);
      List<ResponsibleUnit> units = new ArrayList<>();
      units.add(new ResponsibleUnit(row.lead(), row.lead(), Role.LEAD));
      row.co().forEach(u -> units.add(new ResponsibleUnit(u, u, Role.CO)));
      Deadline parsed = DeadlineParser.parse(row.deadline(), YEAR);
      list.add(new Task(String.valueOf(n), 1, row.text(), new Responsibility(units), row.leaders(),
          Optional.of(new Deadline(parsed.date(), row.deadline(), parsed.milestone())),
          TargetParser.extract(row.text()).targets()));
    }
    return new TaskBook("", "", Optional.empty(), YEAR, "", List.of(), list);
  }

  /**
   * Writes the task book as CSV (header first, row by row), which {@code TaskBookReader} imports as
   * {@link #book()}.
   *
   * @throws IllegalStateException for more than {@link #MAX_CSV_TASKS} tasks
   */
  public void writeCsv(Writer out) throws IOException {
    requireNonNull(out, "out");
    if (tasks > MAX_CSV_TASKS) {
      throw new IllegalStateException("a CSV task list holds at most " + MAX_CSV_TASKS + " tasks: " + tasks);
    }
    out.write("序号,任务,牵头单位,配合单位,包抓领导,完成时限,年度\n");
    for (int n = 1; n <= tasks; n++) {
      Row row = row(n);
      out.write(n + "," + row.text() + "," + row.lead() + "," + String.join("、", row.co()) + ","
          + String.join("、", row.leaders()) + "," + row.deadline() + "," + YEAR + "\n");
    }
  }

  /** One task as printed. */
  private record Row(String text, String lead, List<String> co, List<String> leaders, String deadline) {}

  private Row row(int n) {
    int units = Math.max(4, tasks / 30);
    int leaderPool = Math.max(2, tasks / 60);
    Random random = new Random(mix(seed, n));
    String text = text(random);
    int lead = random.nextInt(units);
    List<String> co = new ArrayList<>();
    int coCount = random.nextInt(3);
    for (int i = 0; i < coCount; i++) {
      String unit = unit((lead + 1 + random.nextInt(units - 1)) % units);
      if (!co.contains(unit)) {
        co.add(unit);
      }
    }
    List<String> leaders = new ArrayList<>();
    leaders.add(person(random.nextInt(leaderPool)));
    if (random.nextInt(4) == 0) {
      String second = person(random.nextInt(leaderPool));
      if (!leaders.contains(second)) {
        leaders.add(second);
      }
    }
    return new Row(text, unit(lead), co, leaders, deadline(random));
  }

  /**
   * A year of monthly reports for {@code book} (the book this generator wrote, as imported), handed
   * to {@code sink} task by task: each task reports at every month end a few days later (+08:00);
   * most are on track, some lag or run ahead; about 5 % of reports are corrected (the same date
   * reported again later), about 3 % of amount targets regress one month, about 8 % of tasks miss one to
   * three months (gaps), status tasks run from 未启动 to 已完成 with some 受阻, and most milestones of a
   * deadline ("5月底前开工") are reported reached.
   */
  public void reports(TaskBook book, Consumer<ProgressReport> sink) {
    requireNonNull(book, "book");
    requireNonNull(sink, "sink");
    for (int i = 0; i < book.tasks().size(); i++) {
      new TaskReports(book.tasks().get(i), new Random(mix(seed ^ 0x5DEECE66DL, i + 1))).emit(sink);
    }
  }

  /** All of {@link #reports} in a list. */
  public List<ProgressReport> reports(TaskBook book) {
    List<ProgressReport> all = new ArrayList<>();
    reports(book, all::add);
    return all;
  }

  private static String text(Random random) {
    if (random.nextBoolean()) {
      StringBuilder s = new StringBuilder(STATUS_WORK[random.nextInt(STATUS_WORK.length)]);
      return s.append("，").append(STATUS_MORE[random.nextInt(STATUS_MORE.length)]).toString();
    }
    int count = 1 + random.nextInt(3);
    StringBuilder s = new StringBuilder();
    List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    for (int i = 0; i < count; i++) {
      s.append(i == 0 ? "" : "，").append(clause(kinds.remove(random.nextInt(kinds.size())), random));
    }
    return s.toString();
  }

  /** One target clause; each kind of clause names its own metric, so a task never prints one twice. */
  private static String clause(int kind, Random random) {
    int n = 5 + random.nextInt(95);
    String decimal = (1 + random.nextInt(9)) + "." + random.nextInt(10);
    return switch (kind) {
      case 0 -> "全年发行专项债券" + decimal + "亿元以上";
      case 1 -> "地区生产总值增长" + decimal + "%左右";
      case 2 -> "城镇登记失业率控制在" + (3 + random.nextInt(3)) + "%以内";
      case 3 -> "粮食播种面积保持在" + (10 + random.nextInt(40)) + "万亩以上";
      case 4 -> "一季度新建学校" + (n + 10) + "所，其中幼儿园" + (1 + random.nextInt(9)) + "个";
      case 5 -> (3 + random.nextInt(9)) + "月底前完成改造老旧小区" + n + "个";
      case 6 -> "上半年新增城镇就业" + (n * 100) + "人";
      case 7 -> "前三季度完成植树造林" + (n * 50) + "亩";
      case 8 -> "森林覆盖率达到" + (40 + random.nextInt(30)) + "%";
      case 9 -> "单位GDP能耗下降" + decimal + "%";
      default -> "固定资产投资增长" + (5 + random.nextInt(10)) + "%以上";
    };
  }

  private static String deadline(Random random) {
    int pick = random.nextInt(20);
    int month = 3 + random.nextInt(10);
    if (pick < 2) {
      return "持续推进";
    }
    if (pick < 5) {
      return month + "月底前" + MILESTONES[random.nextInt(MILESTONES.length)];
    }
    return month == 12 ? "年底前完成" : month + "月底前完成";
  }

  /** Unit {@code k} of the pool: a place of two characters and a department, 青石县发改局. */
  private static String unit(int k) {
    int places = PLACE_CHARS.length() * PLACE_CHARS.length();
    int department = k % DEPARTMENTS.length;
    int place = (k / DEPARTMENTS.length) % places;
    int extra = k / (places * DEPARTMENTS.length);
    return "" + PLACE_CHARS.charAt(place / PLACE_CHARS.length()) + PLACE_CHARS.charAt(place % PLACE_CHARS.length())
        + (extra == 0 ? "县" : PLACE_CHARS.charAt(extra % PLACE_CHARS.length()) + "镇") + DEPARTMENTS[department];
  }

  /** Leader {@code k} of the pool: a surname and a given name of one or two characters. */
  private static String person(int k) {
    int s = k % SURNAMES.length();
    int g = k / SURNAMES.length();
    String given = g < GIVEN.length() ? String.valueOf(GIVEN.charAt(g))
        : "" + GIVEN.charAt((g / GIVEN.length()) % GIVEN.length()) + GIVEN.charAt(g % GIVEN.length());
    return SURNAMES.charAt(s) + given;
  }

  /** The reports of one task over the twelve month ends. */
  private static final class TaskReports {
    private final Task task;
    private final Random random;
    private final double pace;
    private final int gapFrom;
    private final int gapTo;
    private final String reporter;

    TaskReports(Task task, Random random) {
      this.task = task;
      this.random = random;
      double roll = random.nextDouble();
      this.pace = roll < 0.7 ? 0.95 + random.nextDouble() * 0.15 : roll < 0.92 ? 0.5 + random.nextDouble() * 0.35
          : 1.1 + random.nextDouble() * 0.2;
      if (random.nextInt(100) < 8) {
        gapFrom = 2 + random.nextInt(9);
        gapTo = gapFrom + random.nextInt(3);
      } else {
        gapFrom = 13;
        gapTo = 0;
      }
      this.reporter = task.responsibility().lead().map(u -> u.name()).orElse("");
    }

    void emit(Consumer<ProgressReport> sink) {
      int blockedAt = task.targets().isEmpty() && random.nextInt(10) == 0 ? 2 + random.nextInt(10) : 13;
      int regressAt = random.nextInt(100) < 3 ? 2 + random.nextInt(10) : 13;
      Optional<String> milestone = task.deadline().flatMap(d -> d.milestone()).filter(m -> !m.equals("完成"));
      int milestoneAt = milestone.isPresent() && random.nextInt(10) < 7
          ? task.deadline().flatMap(d -> d.date()).map(LocalDate::getMonthValue).orElse(6) - random.nextInt(2) : 13;
      for (int month = 1; month <= 12; month++) {
        if (month >= gapFrom && month <= gapTo) {
          continue;
        }
        LocalDate end = YearMonth.of(YEAR, month).atEndOfMonth();
        OffsetDateTime at = OffsetDateTime.of(end.plusDays(2 + random.nextInt(7)),
            LocalTime.of(8 + random.nextInt(10), random.nextInt(60)), CHINA);
        if (task.targets().isEmpty()) {
          sink.accept(status(end, at, month, month >= blockedAt && month < blockedAt + 2));
        }
        for (int p = 1; p <= task.targets().size(); p++) {
          BigDecimal value = value(task.targets().get(p - 1), month, month == regressAt);
          sink.accept(report(p, end, at, value));
          if (random.nextInt(100) < 5) { // corrected a few days later
            sink.accept(report(p, end, at.plusDays(1 + random.nextInt(4)),
                value.multiply(BigDecimal.valueOf(90 + random.nextInt(21), 2)).setScale(value.scale(), RoundingMode.HALF_UP)));
          }
        }
        if (month == milestoneAt) {
          sink.accept(ProgressReport.milestone(task.id(), end, milestone.get(), reporter).withReportedAt(at));
        }
      }
    }

    private ProgressReport report(int position, LocalDate end, OffsetDateTime at, BigDecimal value) {
      return ProgressReport.value(task.id(), position, end, value, reporter).withReportedAt(at);
    }

    private ProgressReport status(LocalDate end, OffsetDateTime at, int month, boolean blocked) {
      int percent = (int) Math.min(100, Math.round(pace * month * 100 / 12.0));
      Status status = blocked ? Status.BLOCKED : percent >= 100 ? Status.DONE
          : month == 1 && pace < 0.6 ? Status.NOT_STARTED : Status.IN_PROGRESS;
      ProgressReport report = ProgressReport.status(task.id(), end, status, reporter)
          .withNote(blocked ? "要素保障不足,推进受阻" : "").withReportedAt(at);
      return status == Status.IN_PROGRESS ? report.withPercent(BigDecimal.valueOf(percent)) : report;
    }

    /** A value in the target's unit: cumulative for amounts, a rate or level near the target otherwise. */
    private BigDecimal value(Target target, int month, boolean regress) {
      double t = target.value().amount().doubleValue();
      double v;
      if (target.kind() == TargetKind.AMOUNT) {
        int months = target.due().map(d -> d.date(YEAR).getMonthValue()).orElse(12);
        v = t * pace * Math.min(1.0, (double) month / months) * (regress ? 0.8 : 1.0);
      } else {
        v = t * (pace + (random.nextDouble() - 0.5) * 0.1);
      }
      return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
    }
  }

  /** A seed for one stream: the seed and a number, mixed by SplitMix64's finaliser. */
  private static long mix(long seed, long n) {
    long z = seed + n * 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
