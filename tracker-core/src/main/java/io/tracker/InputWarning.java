package io.tracker;

import static java.util.Objects.requireNonNull;

/**
 * Something a reader decided without certainty (an inherited merged cell, a name it keeps without
 * recognising it, a year taken from the file name, a numeral it would not guess): the data was read,
 * but a person should look at this place. {@link #toString()} is the line printed on stderr,
 * {@code FILE:LINE:COLUMN: 警告: problem}; with {@code --strict} the command line treats it as an
 * {@link InputException}.
 *
 * @param place where it is
 * @param problem what is uncertain, quoting the text ({@link InputException#quote}) and saying what
 *     was assumed
 */
public record InputWarning(InputPlace place, String problem) {
  public InputWarning {
    requireNonNull(place, "place");
    requireNonNull(problem, "problem");
  }

  /** A warning at line {@code line}, column {@code column} of a text input. */
  public InputWarning(String file, int line, int column, String problem) {
    this(InputPlace.inText(file, line, column), problem);
  }

  /** The same warning placed inside a larger input ({@link InputPlace#relocate}). */
  public InputWarning relocate(String file, int line, int columnOffset) {
    return new InputWarning(place.relocate(file, line, columnOffset), problem);
  }

  /** The warning as an error, for strict reading. */
  public InputException asError() {
    return new InputException(place, problem);
  }

  @Override
  public String toString() {
    return place + ": 警告: " + problem;
  }
}
