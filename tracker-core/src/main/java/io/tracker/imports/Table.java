package io.tracker.imports;

import static java.util.Objects.requireNonNull;

import io.tracker.InputPlace;
import java.util.List;

/**
 * A table as read from a CSV file, a sheet of a workbook, a table of a Word document or published
 * text: rows of cells, title rows and all; {@link ColumnRecognition} finds the header in it.
 *
 * @param name what to call the table in messages and, without a printed title, its section title
 *     (the sheet's name, "表2", the file name)
 * @param place where the table starts
 * @param captions text printed just before the table (the 附件 line and the table's title), top first
 * @param rows the rows in order; blank rows are kept out
 */
record Table(String name, InputPlace place, List<Cell> captions, List<List<Cell>> rows) {
  Table {
    requireNonNull(name, "name");
    requireNonNull(place, "place");
    captions = List.copyOf(requireNonNull(captions, "captions"));
    rows = rows.stream().map(List::copyOf).toList();
  }
}
