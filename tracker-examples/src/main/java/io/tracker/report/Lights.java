package io.tracker.report;

import io.tracker.rules.Light;
import io.tracker.rules.TaskResult;
import java.util.List;
import java.util.Map;

/** How lights and flag codes are shown: Chinese labels, report colours, terminal colours. */
final class Lights {
  private static final Map<String, String> FLAG_LABELS = Map.ofEntries(
      Map.entry("LAGGING", "进度滞后"),
      Map.entry("SEVERELY_LAGGING", "严重滞后"),
      Map.entry("OVERDUE", "逾期未完成"),
      Map.entry("DUE_SOON", "临近时限"),
      Map.entry("NO_REPORT", "未报送进展"),
      Map.entry("REGRESSION", "进度倒退"),
      Map.entry("FORECAST_MISS", "预计难以完成"),
      Map.entry("PHASE_MISSED", "阶段节点未完成"),
      Map.entry("CAUGHT_UP", "已追上进度"),
      Map.entry("NO_LEAD", "无牵头单位"),
      Map.entry("BLOCKED", "推进受阻"),
      Map.entry("MILESTONE_MISSED", "节点未完成"),
      Map.entry("NO_BENCHMARK", "无基准值"));

  /** Lights from the most to the least severe, the order they are listed in. */
  static final List<Light> WORST_FIRST = List.of(Light.RED, Light.ORANGE, Light.YELLOW, Light.BLUE, Light.GREEN);

  private Lights() {}

  /**
   * The lights a report lists for {@code tasks}, worst first: all but orange, and orange too when a
   * task is lit orange (the default rules never light one; five-colour rule sets do).
   */
  static List<Light> shown(List<TaskResult> tasks) {
    boolean orange = tasks.stream().anyMatch(t -> t.light() == Light.ORANGE);
    return WORST_FIRST.stream().filter(l -> l != Light.ORANGE || orange).toList();
  }

  /** Who a tally counts over: 全县 for the book, else the unit, leader or task as the rule named it. */
  static String scope(String scope) {
    return scope.equals(io.tracker.rules.fact.Tally.BOOK) ? "全县" : scope;
  }

  /** 红灯, 橙灯, 黄灯, 蓝灯, 绿灯. */
  static String label(Light light) {
    return switch (light) {
      case RED -> "红灯";
      case ORANGE -> "橙灯";
      case YELLOW -> "黄灯";
      case BLUE -> "蓝灯";
      case GREEN -> "绿灯";
    };
  }

  /** The report colour of a light. */
  static String colour(Light light) {
    return switch (light) {
      case RED -> "#d9534f";
      case ORANGE -> "#e8741c";
      case YELLOW -> "#f0ad4e";
      case BLUE -> "#5bc0de";
      case GREEN -> "#5cb85c";
    };
  }

  /**
   * ANSI SGR foreground colour code of a light (31 red, 91 bright red for orange, which the 16
   * terminal colours lack, 33 yellow, 36 cyan, 32 green).
   */
  static int ansi(Light light) {
    return switch (light) {
      case RED -> 31;
      case ORANGE -> 91;
      case YELLOW -> 33;
      case BLUE -> 36;
      case GREEN -> 32;
    };
  }

  /** Chinese name of a flag code (进度滞后 for LAGGING); an analyst's own code as it is. */
  static String flagLabel(String code) {
    return FLAG_LABELS.getOrDefault(code, code);
  }
}
