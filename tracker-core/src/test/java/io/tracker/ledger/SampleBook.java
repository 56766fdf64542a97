package io.tracker.ledger;

import io.tracker.quantity.Magnitude;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.target.Bound;
import io.tracker.target.Period;
import io.tracker.target.SourceSpan;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Responsibility;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import io.tracker.task.Section;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A hand-built task book of twelve tasks, most of them as printed in the 西乡县 2023 seed (tasks 1, 2,
 * 5, 10, 15, 17, 19, 20, 29, 37), plus two made-up ones so that every target kind is present: a
 * decline (task 3) and an amount due by the first quarter (task 90). Built with record constructors,
 * independent of the parser.
 */
public final class SampleBook {
  private SampleBook() {}

  public static final Unit PERCENT = Unit.PERCENT;
  public static final Unit GE = new Unit(Magnitude.ONE, "个");
  public static final Unit HU = new Unit(Magnitude.ONE, "户");
  public static final Unit MU = new Unit(Magnitude.ONE, "亩");
  public static final Unit YI_YUAN = new Unit(Magnitude.YI, "元");
  public static final Unit WAN_MU = new Unit(Magnitude.WAN, "亩");
  public static final Unit WAN_DUN = new Unit(Magnitude.WAN, "吨");

  /** The book; its year is 2023. */
  public static TaskBook book() {
    List<Task> tasks = new ArrayList<>();
    String t1 = "地方财政收入增长13%";
    tasks.add(task("1", t1, List.of("县财政局"),
        target(t1, "地方财政收入增长13%", "地方财政收入", TargetKind.GROWTH, Bound.EXACTLY, "13", PERCENT, null)));
    String t2 = "生产总值增长8%左右,固定资产投资增长16%以上。";
    tasks.add(task("2", t2, List.of("县发改局"),
        target(t2, "生产总值增长8%左右", "生产总值", TargetKind.GROWTH, Bound.ABOUT, "8", PERCENT, null),
        target(t2, "固定资产投资增长16%以上", "固定资产投资", TargetKind.GROWTH, Bound.AT_LEAST, "16", PERCENT, null)));
    String t3 = "单位生产总值能耗下降3%左右。";
    tasks.add(task("3", t3, List.of("县发改局"),
        target(t3, "单位生产总值能耗下降3%左右", "单位生产总值能耗", TargetKind.DECLINE, Bound.ABOUT, "3", PERCENT, null)));
    String t5 = "储备政府专项债项目30个、发行专债4.5亿元以上,争取中省预算内项目投资1亿元以上。";
    tasks.add(task("5", t5, List.of("县发改局", "县财政局"),
        target(t5, "储备政府专项债项目30个", "储备政府专项债项目", TargetKind.AMOUNT, Bound.EXACTLY, "30", GE, null),
        target(t5, "发行专债4.5亿元以上", "发行专债", TargetKind.AMOUNT, Bound.AT_LEAST, "4.5", YI_YUAN, null),
        target(t5, "中省预算内项目投资1亿元以上", "争取中省预算内项目投资", TargetKind.AMOUNT, Bound.AT_LEAST, "1",
            YI_YUAN, null)));
    String t10 = "加快推进110个重点项目,开展“红旗”“蜗牛”项目亮晒评选,力争一季度开工率达80%以上,二季度达100%,"
        + "完成年度投资120亿元以上。";
    tasks.add(task("10", t10, List.of("县发改局"),
        target(t10, "一季度开工率达80%以上", "开工率", TargetKind.LEVEL, Bound.AT_LEAST, "80", PERCENT, Period.Q1),
        target(t10, "二季度达100%", "开工率", TargetKind.LEVEL, Bound.EXACTLY, "100", PERCENT, Period.Q2),
        target(t10, "年度投资120亿元以上", "年度投资", TargetKind.AMOUNT, Bound.AT_LEAST, "120", YI_YUAN, null)));
    String t15 = "新增市场主体3500户以上。";
    tasks.add(task("15", t15, List.of("县行政审批局"),
        target(t15, "新增市场主体3500户以上", "新增市场主体", TargetKind.AMOUNT, Bound.AT_LEAST, "3500", HU, null)));
    String t17 = "支持民间资本、民营企业参与重点项目、重点领域投资建设,依法保护民营企业家合法权益,非公经济占比达到65%";
    tasks.add(task("17", t17, List.of("县经贸局"),
        target(t17, "非公经济占比达到65%", "非公经济占比", TargetKind.LEVEL, Bound.EXACTLY, "65", PERCENT, null)));
    String t19 = "发展稻渔综合种养1700亩,粮食播种面积稳定在40万亩、产量稳定在10万吨以上。";
    tasks.add(task("19", t19, List.of("县农业农村局"),
        target(t19, "发展稻渔综合种养1700亩", "稻渔综合种养", TargetKind.AMOUNT, Bound.EXACTLY, "1700", MU, null),
        target(t19, "粮食播种面积稳定在40万亩", "粮食播种面积", TargetKind.MAINTAIN, Bound.EXACTLY, "40", WAN_MU, null),
        target(t19, "产量稳定在10万吨以上", "产量", TargetKind.MAINTAIN, Bound.AT_LEAST, "10", WAN_DUN, null)));
    tasks.add(task("20", "持续巩固提升“三保障”和饮水安全水平,加强防返贫动态监测,抓好农村低收入人口常态化帮扶,"
        + "实施脱贫劳动力就业攻坚行动,坚决守住不发生规模性返贫底线。", List.of("县水利局", "县教体局", "县卫健局")));
    tasks.add(task("29", "精心编制实施全域旅游规划。", List.of("县文旅局")));
    tasks.add(task("37", "全面完成国土空间规划编制,落实“三区三线”管控约束。", List.of("县自然资源局")));
    String t90 = "一季度完成重点项目投资30亿元以上。";
    tasks.add(task("90", t90, List.of("县发改局"),
        target(t90, "一季度完成重点项目投资30亿元以上", "重点项目投资", TargetKind.AMOUNT, Bound.AT_LEAST, "30", YI_YUAN,
            Period.Q1)));
    return new TaskBook("西乡县人民政府", "西政发〔2023〕3号", Optional.empty(), 2023,
        "2023年县政府工作报告任务分解一览表", List.of(new Section(1, "2023年县政府工作报告任务分解一览表")), tasks);
  }

  private static Task task(String id, String text, List<String> units, Target... targets) {
    List<ResponsibleUnit> responsible = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      responsible.add(new ResponsibleUnit(units.get(i), units.get(i), i == 0 ? Role.LEAD : Role.CO));
    }
    return new Task(id, 1, text, new Responsibility(responsible), List.of(), Optional.empty(), List.of(targets));
  }

  private static Target target(String taskText, String printed, String metric, TargetKind kind, Bound bound,
      String amount, Unit unit, Period period) {
    int start = taskText.indexOf(printed);
    if (start < 0) {
      throw new IllegalArgumentException("\"" + printed + "\" is not in \"" + taskText + "\"");
    }
    return new Target(metric, Optional.empty(), kind, bound, new Quantity(new BigDecimal(amount), unit),
        Optional.ofNullable(period), Optional.empty(), new SourceSpan(printed, start, start + printed.length()));
  }
}
