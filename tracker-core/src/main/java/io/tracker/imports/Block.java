package io.tracker.imports;

import static java.util.Objects.requireNonNull;

/**
 * A block of a published document in printed order: a line of text (a line of a text file, a
 * paragraph of a Word document) or a table.
 */
sealed interface Block {
  /** A line of text; its cell's place is where the line starts. */
  record Line(Cell cell) implements Block {
    public Line {
      requireNonNull(cell, "cell");
    }

    /** The line compared with labels: no whitespace, simplified. */
    String key() {
      return cell.key();
    }

    boolean isBlank() {
      return cell.isBlank();
    }
  }

  /** A table. */
  record TableBlock(Table table) implements Block {
    public TableBlock {
      requireNonNull(table, "table");
    }
  }
}
