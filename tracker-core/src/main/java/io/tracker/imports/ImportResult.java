package io.tracker.imports;

import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.InputWarning;
import io.tracker.task.TaskBook;
import java.util.List;

/**
 * A task book as read, with what the reader was unsure of: a unit inherited from a merged cell, a
 * name kept without being recognised, a lead taken from its position, a skipped line inside a table,
 * a year taken from the file name, a hidden row or sheet. Each warning names its place in the file;
 * a person should look there before trusting the book.
 *
 * @param book the book
 * @param warnings the warnings, in the order they were found
 */
public record ImportResult(TaskBook book, List<InputWarning> warnings) {
  public ImportResult {
    requireNonNull(book, "book");
    warnings = List.copyOf(requireNonNull(warnings, "warnings"));
  }

  /**
   * The book when nothing was uncertain: for hosts that must not load a book anyone should look at
   * first (the command line's {@code --strict}).
   *
   * @throws InputException the first warning as an error
   */
  public TaskBook strictBook() {
    if (!warnings.isEmpty()) {
      throw warnings.get(0).asError();
    }
    return book;
  }
}
