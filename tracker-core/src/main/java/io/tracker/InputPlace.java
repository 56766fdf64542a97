package io.tracker;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where in an input a problem or warning is: {@code FILE:LINE:COLUMN} in a text file, or
 * {@code FILE:SHEET!A1} in a spreadsheet (the sheet's name and the cell's name, as a spreadsheet
 * program shows them; {@code line} is then the row and {@code column} the column, both 1-based).
 *
 * @param file file (or other source name) the input came from
 * @param sheet the sheet of a spreadsheet, empty for text
 * @param line 1-based line (row); 0 when it concerns the whole input
 * @param column 1-based column within the line; 0 when unknown
 */
public record InputPlace(String file, Optional<String> sheet, int line, int column) {
  public InputPlace {
    requireNonNull(file, "file");
    requireNonNull(sheet, "sheet");
  }

  /** A place in a text input. */
  public static InputPlace inText(String file, int line, int column) {
    return new InputPlace(file, Optional.empty(), line, column);
  }

  /** A cell of a spreadsheet: {@code row} and {@code column} are 1-based (A1 is row 1, column 1). */
  public static InputPlace inSheet(String file, String sheet, int row, int column) {
    return new InputPlace(file, Optional.of(requireNonNull(sheet, "sheet")), row, column);
  }

  /**
   * This place as if line 1 of its input were line {@code line} of {@code file}, its columns shifted
   * by {@code columnOffset}: a problem found in a sentence parsed on its own, reported against the
   * file the sentence came from. Later lines keep their columns.
   */
  public InputPlace relocate(String file, int line, int columnOffset) {
    int newLine = this.line <= 1 ? line : line + this.line - 1;
    int newColumn = this.line <= 1 ? this.column + columnOffset : this.column;
    return new InputPlace(file, sheet, newLine, newColumn);
  }

  /** The spreadsheet name of a 1-based column: 1 → A, 26 → Z, 27 → AA. */
  public static String columnName(int column) {
    StringBuilder name = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      name.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return name.toString();
  }

  /** {@code FILE:LINE:COLUMN}, or {@code FILE:SHEET!A1} for a spreadsheet cell. */
  @Override
  public String toString() {
    return sheet.map(s -> file + ":" + s + "!" + columnName(column) + line)
        .orElseGet(() -> file + ":" + line + ":" + column);
  }
}
