package io.tracker.imports;

import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.InputPlace;
import io.tracker.InputWarning;
import java.util.Optional;

/**
 * One cell of a task table as read, wherever it came from: a CSV field, a spreadsheet cell, a Word
 * table cell, or a line (or part of a line) of published text.
 *
 * @param text the text as printed (a spreadsheet's shown value)
 * @param place where the text starts: line and column in a text file, {@code SHEET!A1} in a workbook
 * @param mergedFrom where a merged cell's value is printed, when this cell is part of a merged range
 *     and not its first cell; its {@code text} is then the merged range's text
 */
record Cell(String text, InputPlace place, Optional<InputPlace> mergedFrom) {
  Cell {
    requireNonNull(text, "text");
    requireNonNull(place, "place");
    requireNonNull(mergedFrom, "mergedFrom");
  }

  Cell(String text, InputPlace place) {
    this(text, place, Optional.empty());
  }

  /** The text compared with labels and names: no whitespace, traditional characters simplified. */
  String key() {
    return ChineseText.key(text);
  }

  boolean isBlank() {
    return text.isBlank();
  }

  /**
   * Where the character at {@code index} of {@link #text} is: in a text file the line and column it
   * falls on; in a spreadsheet or Word table the cell itself.
   */
  InputPlace at(int index) {
    if (place.sheet().isPresent() || place.line() == 0) {
      return place;
    }
    int line = place.line();
    int column = place.column();
    for (int i = 0; i < Math.min(index, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new InputPlace(place.file(), Optional.empty(), line, column);
  }

  /** An error at this cell's start. */
  InputException error(String problem) {
    return new InputException(place, problem);
  }

  /** A warning at this cell's start. */
  InputWarning warning(String problem) {
    return new InputWarning(place, problem);
  }

  /**
   * {@code e}, found in a text parsed on its own that starts at {@code index} of this cell, placed in
   * this cell's file.
   */
  InputException relocate(InputException e, int index) {
    return new InputException(relocate(e.place(), index), e.problem(), e);
  }

  /** {@code w}, found in a text parsed on its own that starts at {@code index} of this cell. */
  InputWarning relocate(InputWarning w, int index) {
    return new InputWarning(relocate(w.place(), index), w.problem());
  }

  private InputPlace relocate(InputPlace inPart, int index) {
    if (place.sheet().isPresent() || place.line() == 0) {
      return place;
    }
    InputPlace start = at(index);
    return inPart.relocate(start.file(), start.line(), start.column() - 1);
  }
}
