package io.tracker.imports;

import static io.tracker.InputException.quote;

import io.tracker.InputWarning;
import io.tracker.imports.Block.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An indicator table (考核指标表) published as text with one cell per line, read into a {@link Table}
 * for {@link ColumnRecognition}:
 *
 * <ul>
 *   <li>the header cells one per line from 序号 on (a name split over two lines, 评分 / 标准, is
 *       joined); a target header (考核目标) followed by lines that name no column heads one target
 *       column per unit, those lines naming the units (柯城区 / 衢江区 / 龙游县);
 *   <li>then the rows: when a line holding only "|" appears, each row is the lines up to the next
 *       such line; otherwise each row is its number line (1, 2, 3 …) and as many lines as the header
 *       has further columns, and the next row starts at the next number. Either way a row must print
 *       every cell ("/" or "-" for an empty one); a line 一、… between rows is a heading.
 * </ul>
 */
final class CellPerLineTable {
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern ROW_END = Pattern.compile("[|｜]");

  private CellPerLineTable() {}

  /**
   * The table printed in {@code lines}, which start at the 序号 header line.
   *
   * @param name what to call the table in messages
   * @param captions the annex line and the title printed above the header, if any
   */
  static Table read(List<Line> lines, String name, List<Cell> captions, ColumnRecognition recognition,
      List<InputWarning> warnings) {
    int at = 0;
    List<Cell> header = new ArrayList<>();
    List<Cell> units = new ArrayList<>();
    int target = -1; // the last target header, while unit lines may follow it
    int unitsUnderTarget = 0;
    String pending = "";
    Cell pendingCell = null;
    for (; at < lines.size(); at++) {
      Line line = lines.get(at);
      if (line.isBlank()) {
        continue;
      }
      if (DIGITS.matcher(line.key()).matches() || ROW_END.matcher(line.key()).matches() || isHeading(line.cell())) {
        break;
      }
      pendingCell = pending.isEmpty() ? line.cell() : pendingCell;
      pending += line.key();
      Cell named = new Cell(pending, pendingCell.place());
      Optional<TaskColumn> column = recognition.indicatorColumn(named);
      if (column.isPresent()) {
        header.add(named);
        units.add(new Cell("", named.place()));
        target = column.get() == TaskColumn.TARGET ? header.size() - 1 : -1;
        unitsUnderTarget = 0;
        pending = "";
      } else if (!recognition.startsHeader(pending)) {
        if (target < 0) {
          throw pendingCell.error("表头单元格 " + quote(pending) + " 不是列名: 应为 " + TaskColumn.allHeaders() + " 之一");
        }
        if (unitsUnderTarget == 0) {
          units.set(target, named); // the first unit sits under the target header itself
        } else {
          header.add(new Cell("", named.place()));
          units.add(named);
        }
        unitsUnderTarget++;
        pending = "";
      }
    }
    boolean anyUnit = units.stream().anyMatch(c -> !c.isBlank());
    if (!pending.isEmpty()) {
      throw pendingCell.error("表头单元格 " + quote(pending) + " 不是完整的列名: 应为 " + TaskColumn.allHeaders() + " 之一");
    }
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(header);
    if (anyUnit) {
      rows.add(units);
    }
    List<Line> body = lines.subList(at, lines.size());
    boolean piped = body.stream().anyMatch(l -> ROW_END.matcher(l.key()).matches());
    rows.addAll(piped ? pipedRows(body, header.size(), warnings) : countedRows(body, header.size(), warnings));
    return new Table(name, lines.get(0).cell().place(), captions, rows);
  }

  /** Rows closed by a lone "|": every row prints {@code width} cells, or one cell that is a heading. */
  private static List<List<Cell>> pipedRows(List<Line> body, int width, List<InputWarning> warnings) {
    List<List<Cell>> rows = new ArrayList<>();
    List<Cell> row = new ArrayList<>();
    for (int i = 0; i <= body.size(); i++) {
      if (i < body.size() && !ROW_END.matcher(body.get(i).key()).matches()) {
        Line line = body.get(i);
        if (!line.isBlank() && !skipped(line, warnings)) {
          row.add(line.cell());
        }
        continue;
      }
      if (row.size() == 1 && isHeading(row.get(0))) {
        rows.add(padded(row, width));
      } else if (!row.isEmpty()) {
        if (row.size() != width) {
          throw row.get(0).error("此行有 " + row.size() + " 个单元格, 表头有 " + width + " 列: 空单元格应印 / 或 -");
        }
        rows.add(row);
      }
      row = new ArrayList<>();
    }
    return rows;
  }

  /** Rows without "|": a number line and {@code width - 1} cell lines each, numbered 1, 2, 3 …. */
  private static List<List<Cell>> countedRows(List<Line> body, int width, List<InputWarning> warnings) {
    List<Line> lines = body.stream().filter(l -> !l.isBlank() && !skipped(l, warnings)).toList();
    List<List<Cell>> rows = new ArrayList<>();
    int i = 0;
    int last = 0;
    while (i < lines.size()) {
      Line line = lines.get(i);
      if (isHeading(line.cell())) {
        rows.add(padded(List.of(line.cell()), width));
        i++;
        continue;
      }
      if (!DIGITS.matcher(line.key()).matches() || Integer.parseInt(line.key()) != last + 1) {
        throw line.cell().error((last == 0 ? "表头之后的 " + quote(line.cell().text().strip()) + " 不是序号 1"
            : "第 " + last + " 项之后的 " + quote(line.cell().text().strip()) + " 不是序号 " + (last + 1))
            + ": 每项应有 " + width + " 个单元格(空单元格印 / 或 -), 或以单独一行的 | 结束每一行");
      }
      if (i + width > lines.size()) {
        throw line.cell().error("第 " + line.key() + " 项只有 " + (lines.size() - i) + " 个单元格, 表头有 " + width
            + " 列: 空单元格应印 / 或 -");
      }
      List<Cell> row = new ArrayList<>();
      for (int k = 0; k < width; k++) {
        row.add(lines.get(i + k).cell());
      }
      rows.add(row);
      last++;
      i += width;
    }
    return rows;
  }

  /** A line that is no cell: web noise, with a warning. */
  private static boolean skipped(Line line, List<InputWarning> warnings) {
    if (PublishedTextImporter.isNoise(line)) {
      warnings.add(line.cell().warning("跳过表中的网页杂项行: " + quote(line.cell().text().strip())));
      return true;
    }
    return false;
  }

  private static boolean isHeading(Cell cell) {
    return Numbering.at(cell.text()).filter(n -> n.kind() == Numbering.Kind.SECTION
        || n.kind() == Numbering.Kind.GROUP).isPresent();
  }

  private static List<Cell> padded(List<Cell> cells, int width) {
    List<Cell> row = new ArrayList<>(cells);
    while (row.size() < width) {
      row.add(new Cell("", cells.get(0).place()));
    }
    return row;
  }
}
