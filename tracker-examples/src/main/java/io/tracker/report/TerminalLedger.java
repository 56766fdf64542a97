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
import io.tracker.rules.fact.Tally;
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
    List<Light> shown = Lights.shown(assessment.tasks());
    out.append(book.documentNumber()).append("  任务").append(view.rows().size()).append("项  总分 ")
        .append(score(assessment.total())).append("  ").append(counts(view.lightCounts(), shown))
        .append('\n');
    TaskWidths widths = TaskWidths.of(view.rows());
    for (SectionView section : view.sections()) {
      out.append('\n').append(section.heading())
          .append("（").append(counts(section.lightCounts(), shown)).append("）\n");
      out.append(tasks(section.rows(), widths).render(colour));
    }
    out.append("\n单位排名\n");
    boolean orange = shown.contains(Light.ORANGE);
    out.append(view.units().isEmpty() ? "（无）\n" : units(view.units(), orange).render(colour));
    List<UnitResult> byPoints = view.pointsRanking();
    if (!byPoints.isEmpty()) {
      out.append("\n考核得分排名（按评分标准计分）\n").append(points(byPoints).render(colour));
    }
    out.append("\n包抓领导\n");
    out.append(view.leaders().isEmpty() ? "（无）\n" : leaders(view.leaders(), orange).render(colour));
    if (!assessment.tallies().isEmpty()) {
      out.append("\n统计\n");
      for (Tally tally : assessment.tallies()) {
        out.append(tally.name()).append("  ").append(Lights.scope(tally.scope())).append("  ")
            .append(tally.value().toPlainString()).append('\n');
      }
    }
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

  /** The unit table; with an 橙灯 column when {@code orange}. */
  private static TextTable units(List<UnitResult> units, boolean orange) {
    List<Column> columns = new ArrayList<>(List.of(
        Column.number("名次", 4),
        Column.text("单位", NAME_WIDTH),
        Column.number("得分", 6),
        Column.number("牵头", 4),
        Column.number("配合", 4),
        Column.number("红灯", 4)));
    if (orange) {
      columns.add(Column.number("橙灯", 4));
    }
    columns.add(Column.number("黄灯", 4));
    TextTable table = new TextTable(columns);
    int rank = 1;
    for (UnitResult unit : units) {
      List<Cell> cells = new ArrayList<>(List.of(
          Cell.plain(String.valueOf(rank++)),
          Cell.plain(unit.name()),
          Cell.plain(score(unit.score())),
          Cell.plain(String.valueOf(unit.lead())),
          Cell.plain(String.valueOf(unit.co())),
          count(unit.red(), Light.RED)));
      if (orange) {
        cells.add(count(unit.orange(), Light.ORANGE));
      }
      cells.add(count(unit.yellow(), Light.YELLOW));
      table.row(cells);
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

  /** The leader table, a count per light shown (橙灯 only when {@code orange}). */
  private static TextTable leaders(List<LeaderResult> leaders, boolean orange) {
    List<Light> lights = Lights.WORST_FIRST.stream().filter(l -> l != Light.ORANGE || orange).toList();
    List<Column> columns = new ArrayList<>(List.of(Column.text("领导", LEADER_WIDTH), Column.number("得分", 6)));
    lights.forEach(l -> columns.add(Column.number(Lights.label(l), 4)));
    TextTable table = new TextTable(columns);
    for (LeaderResult leader : leaders) {
      List<Cell> cells = new ArrayList<>(List.of(Cell.plain(leader.name()), Cell.plain(score(leader.score()))));
      lights.forEach(l -> cells.add(count(leader.count(l), l)));
      table.row(cells);
    }
    return table;
  }

  /** A count coloured as its light when it is not zero. */
  private static Cell count(int n, Light light) {
    return new Cell(String.valueOf(n), n == 0 ? 0 : Lights.ansi(light));
  }

  /** "红灯3 黄灯4 蓝灯2 绿灯5", over the lights {@code shown}. */
  private static String counts(Map<Light, Integer> counts, List<Light> shown) {
    List<String> parts = new ArrayList<>();
    for (Light light : shown) {
      parts.add(Lights.label(light) + counts.get(light));
    }
    return String.join(" ", parts);
  }

  /** A score with one decimal: 47.5. */
  static String score(BigDecimal score) {
    return score.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
