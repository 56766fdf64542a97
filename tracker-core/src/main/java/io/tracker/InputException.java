package io.tracker;

import static java.util.Objects.requireNonNull;

/**
 * The one exception for bad input anywhere in tracker: a task list, a CSV or JSON file, a ledger,
 * a target sentence or a rule file that cannot be read as it stands.
 *
 * <p>Its message is a single line {@code FILE:LINE:COLUMN: problem}, where the problem quotes the
 * offending text and says what was expected, e.g.
 * {@code seeds/x.txt:77:1: 序号 "79" follows "77": expected "78"}. Lines and columns are 1-based;
 * a column counts characters (code units) of the line, not display width. The command line prints
 * the message and exits with status 2.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Source name used when the input has no file, such as a sentence passed to the parser. */
  public static final String NO_FILE = "<input>";

  private final String file;
  private final int line;
  private final int column;
  private final String problem;

  public InputException(String file, int line, int column, String problem) {
    super(requireNonNull(file, "file") + ":" + line + ":" + column + ": " + requireNonNull(problem, "problem"));
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  public InputException(String file, int line, int column, String problem, Throwable cause) {
    this(file, line, column, problem);
    initCause(cause);
  }

  /** File (or other source name) the input came from. */
  public String file() {
    return file;
  }

  /** 1-based line; 0 when the problem concerns the whole input. */
  public int line() {
    return line;
  }

  /** 1-based column within the line; 0 when unknown. */
  public int column() {
    return column;
  }

  /** What is wrong, quoting the offending text, without the location prefix. */
  public String problem() {
    return problem;
  }

  /**
   * The same problem placed inside a larger input: this exception's line 1 becomes {@code line} and
   * its columns are shifted by {@code columnOffset} (used when a sentence is parsed on its own and
   * the error is reported against the file it came from).
   */
  public InputException relocate(String file, int line, int columnOffset) {
    int newLine = this.line <= 1 ? line : line + this.line - 1;
    int newColumn = this.line <= 1 ? this.column + columnOffset : this.column;
    return new InputException(file, newLine, newColumn, problem, this);
  }
}
