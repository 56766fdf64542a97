package io.tracker.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal even with Chinese text: widths are
 * display widths ({@link DisplayWidth}), too long cells end in "…", and colour codes wrap the
 * padded text so they never shift a column.
 */
final class TextTable {
  private static final String GAP = "  ";

  /**
   * A column.
   *
   * @param header header text
   * @param rightAligned whether the column is right-aligned (numbers)
   * @param minWidth the narrowest the column may get, in display columns
   * @param maxWidth the widest the column may get; longer cells are cut with "…"
   */
  record Column(String header, boolean rightAligned, int minWidth, int maxWidth) {
    /** A left-aligned text column as wide as its widest cell, up to {@code maxWidth}. */
    static Column text(String header, int maxWidth) {
      return new Column(header, false, 0, maxWidth);
    }

    /** A right-aligned number column as wide as its widest cell, up to {@code maxWidth}. */
    static Column number(String header, int maxWidth) {
      return new Column(header, true, 0, maxWidth);
    }
  }

  /**
   * A cell.
   *
   * @param text the text
   * @param sgr ANSI SGR colour code to show it in when colour is on, 0 for none
   */
  record Cell(String text, int sgr) {
    static Cell plain(String text) {
      return new Cell(text, 0);
    }
  }

  private final List<Column> columns;
  private final List<List<Cell>> rows = new ArrayList<>();

  TextTable(List<Column> columns) {
    this.columns = List.copyOf(columns);
  }

  /** Adds a row of plain cells. */
  TextTable row(String... cells) {
    return row(Arrays.stream(cells).map(Cell::plain).toList());
  }

  /** Adds a row; it must have one cell per column. */
  TextTable row(List<Cell> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells for " + columns.size() + " columns");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /** The header line and the rows, each line ending in a line feed, no trailing blanks. */
  String render(boolean colour) {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      int width = Math.max(column.minWidth(), DisplayWidth.of(column.header()));
      for (List<Cell> row : rows) {
        width = Math.max(width, DisplayWidth.of(row.get(c).text()));
      }
      widths[c] = Math.max(1, Math.min(width, column.maxWidth()));
    }
    StringBuilder out = new StringBuilder();
    line(out, columns.stream().map(col -> Cell.plain(col.header())).toList(), widths, false);
    for (List<Cell> row : rows) {
      line(out, row, widths, colour);
    }
    return out.toString();
  }

  private void line(StringBuilder out, List<Cell> cells, int[] widths, boolean colour) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      Cell cell = cells.get(c);
      String text = DisplayWidth.truncate(cell.text(), widths[c]);
      String padded = columns.get(c).rightAligned()
          ? DisplayWidth.padLeft(text, widths[c])
          : DisplayWidth.padRight(text, widths[c]);
      if (c > 0) {
        line.append(GAP);
      }
      if (colour && cell.sgr() != 0) {
        line.append("\u001B[").append(cell.sgr()).append('m').append(padded).append("\u001B[0m");
      } else {
        line.append(padded);
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
