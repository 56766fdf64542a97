package io.tracker.report;

import io.tracker.report.LedgerView.SectionView;
import io.tracker.report.LedgerView.TaskRow;
import io.tracker.report.TextTable.Cell;
import io.tracker.report.TextTable.Column;
import io.tracker.rules.Assessment;
import io.tracker.rules.LeaderResult;
import io.tracker.rules.Light;
import io.tracker.rules.RiskFlag;
import io.tracker.rules.UnitResult;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The supervision ledger (督查台账) as text for a terminal: per section each task's number, text,
 * lead unit, leader, score, light and first flag; then the unit ranking and the leaders'
 * scorecards. Columns line up for Chinese text in a monospaced terminal.
 */
public final class TerminalLedger {
  /** Widest a task text is shown before it is cut with "…". */
  static final int TASK_WIDTH = 30;
  /** Widest a flag message is shown before it is cut with "…". */
  static final int FLAG_WIDTH = 48;
  private static final int NAME_WIDTH = 22;
  private static final int LEADER_WIDTH = 12;

  private TerminalLedger() {}

  /**
   * Renders the ledger.
   *
   * @param book the task book assessed
   * @param assessment its assessment; every task in it must be in {@code book}
   * @param colour whether to colour lights with ANSI escape codes (when writing to a terminal:
   *     {@code System.console() != null})
   * @return the ledger, lines ending in a line feed
   * @throws IllegalArgumentException if the assessment has a task the book lacks
   */
  public static String render(TaskBook book, Assessment assessment, boolean colour) {
    LedgerView view = LedgerView.of(book, assessment);
    StringBuilder out = new StringBuilder();
    out.append(view.title()).append('\n');
    out.append(book.documentNumber()).append("  任务").append(view.rows().size()).append("项  总分 ")
        .append(score(assessment.total())).append("  ").append(counts(view.lightCounts()))
        .append('\n');
    TaskWidths widths = TaskWidths.of(view.rows());
    for (SectionView section : view.sections()) {
      out.append('\n').append(section.heading())
          .append("（").append(counts(section.lightCounts())).append("）\n");
      out.append(tasks(section.rows(), widths).render(colour));
    }
    out.append("\n单位排名\n");
    out.append(view.units().isEmpty() ? "（无）\n" : units(view.units()).render(colour));
    List<UnitResult> byPoints = view.pointsRanking();
    if (!byPoints.isEmpty()) {
      out.append("\n考核得分排名（按评分标准计分）\n").append(points(byPoints).render(colour));
    }
    out.append("\n包抓领导\n");
    out.append(view.leaders().isEmpty() ? "（无）\n" : leaders(view.leaders()).render(colour));
    return out.toString();
  }

  /** Column widths shared by the task tables of all sections so that they line up too. */
  private record TaskWidths(int id, int unit, int leader) {
    static TaskWidths of(List<TaskRow> rows) {
      return new TaskWidths(
          widest(rows.stream().map(r -> r.task().id()).toList()),
          widest(rows.stream().map(TaskRow::leadUnit).toList()),
          widest(rows.stream().map(TaskRow::leaders).toList()));
    }

    private static int widest(List<String> cells) {
      return cells.stream().mapToInt(DisplayWidth::of).max().orElse(0);
    }
  }

  private static TextTable tasks(List<TaskRow> rows, TaskWidths widths) {
    TextTable table = new TextTable(List.of(
        new Column("序号", false, widths.id(), 6),
        new Column("任务", false, TASK_WIDTH, TASK_WIDTH),
        new Column("牵头单位", false, widths.unit(), NAME_WIDTH),
        new Column("包抓领导", false, widths.leader(), LEADER_WIDTH),
        Column.number("得分", 6),
        Column.text("亮灯", 4),
        Column.text("预警", FLAG_WIDTH)));
    for (TaskRow row : rows) {
      Light light = row.result().light();
      table.row(List.of(
          Cell.plain(row.task().id()),
          Cell.plain(row.task().text()),
          Cell.plain(row.leadUnit()),
          Cell.plain(row.leaders()),
          Cell.plain(score(row.result().score())),
          new Cell(Lights.label(light), Lights.ansi(light)),
          Cell.plain(row.firstFlag().map(RiskFlag::message).orElse(""))));
    }
    return table;
  }

  private static TextTable units(List<UnitResult> units) {
    TextTable table = new TextTable(List.of(
        Column.number("名次", 4),
        Column.text("单位", NAME_WIDTH),
        Column.number("得分", 6),
        Column.number("牵头", 4),
        Column.number("配合", 4),
        Column.number("红灯", 4),
        Column.number("黄灯", 4)));
    int rank = 1;
    for (UnitResult unit : units) {
      table.row(List.of(
          Cell.plain(String.valueOf(rank++)),
          Cell.plain(unit.name()),
          Cell.plain(score(unit.score())),
          Cell.plain(String.valueOf(unit.lead())),
          Cell.plain(String.valueOf(unit.co())),
          count(unit.red(), Light.RED),
          count(unit.yellow(), Light.YELLOW)));
    }
    return table;
  }

  private static TextTable points(List<UnitResult> units) {
    TextTable table = new TextTable(List.of(
        Column.number("名次", 4),
        Column.text("单位", NAME_WIDTH),
        Column.number("得分", 8),
        Column.number("满分", 8)));
    int rank = 1;
    for (UnitResult unit : units) {
      table.row(List.of(
          Cell.plain(String.valueOf(rank++)),
          Cell.plain(unit.name()),
          Cell.plain(unit.points().orElseThrow().toPlainString()),
          Cell.plain(unit.maxPoints().orElseThrow().toPlainString())));
    }
    return table;
  }

  private static TextTable leaders(List<LeaderResult> leaders) {
    TextTable table = new TextTable(List.of(
        Column.text("领导", LEADER_WIDTH),
        Column.number("得分", 6),
        Column.number("红灯", 4),
        Column.number("黄灯", 4),
        Column.number("蓝灯", 4),
        Column.number("绿灯", 4)));
    for (LeaderResult leader : leaders) {
      table.row(List.of(
          Cell.plain(leader.name()),
          Cell.plain(score(leader.score())),
          count(leader.red(), Light.RED),
          count(leader.yellow(), Light.YELLOW),
          count(leader.blue(), Light.BLUE),
          count(leader.green(), Light.GREEN)));
    }
    return table;
  }

  /** A count coloured as its light when it is not zero. */
  private static Cell count(int n, Light light) {
    return new Cell(String.valueOf(n), n == 0 ? 0 : Lights.ansi(light));
  }

  /** "红灯3 黄灯4 蓝灯2 绿灯5". */
  private static String counts(Map<Light, Integer> counts) {
    List<String> parts = new ArrayList<>();
    for (Light light : Lights.WORST_FIRST) {
      parts.add(Lights.label(light) + counts.get(light));
    }
    return String.join(" ", parts);
  }

  /** A score with one decimal: 47.5. */
  static String score(BigDecimal score) {
    return score.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
