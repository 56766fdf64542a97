package io.tracker;

import static java.util.Objects.requireNonNull;

/**
 * The one exception for bad input anywhere in tracker: a task list, a CSV or JSON file, a ledger,
 * a target sentence or a rule file that cannot be read as it stands.
 *
 * <p>Its message is a single line {@code FILE:LINE:COLUMN: problem} ({@code FILE:SHEET!A1: problem}
 * for a spreadsheet cell, see {@link InputPlace}), where the problem quotes the offending text
 * ({@link #quote}) and says what was expected, e.g.
 * {@code seeds/x.txt:77:1: 序号 "79" follows "77": expected "78"}. Lines and columns are 1-based;
 * a column counts characters (code units) of the line, not display width. The command line prints
 * the message and exits with status 2.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Source name used when the input has no file, such as a sentence passed to the parser. */
  public static final String NO_FILE = "<input>";

  private final InputPlace place;
  private final String problem;

  public InputException(InputPlace place, String problem) {
    super(requireNonNull(place, "place") + ": " + requireNonNull(problem, "problem"));
    this.place = place;
    this.problem = problem;
  }

  public InputException(InputPlace place, String problem, Throwable cause) {
    this(place, problem);
    initCause(cause);
  }

  public InputException(String file, int line, int column, String problem) {
    this(InputPlace.inText(file, line, column), problem);
  }

  public InputException(String file, int line, int column, String problem, Throwable cause) {
    this(InputPlace.inText(file, line, column), problem, cause);
  }

  /** Most characters of offending text an error or warning quotes. */
  public static final int MAX_QUOTED = 80;

  /**
   * {@code text} in double quotes for a message, cut to {@value #MAX_QUOTED} characters (code points)
   * with "…" when longer, and line breaks shown as ⏎, so that one problem stays one short line
   * however long the offending text is.
   */
  public static String quote(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    StringBuilder out = new StringBuilder("\"");
    int count = 0;
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      int c = s.codePointAt(i);
      if (c == '\r') {
        continue;
      }
      if (count == MAX_QUOTED) {
        out.append('…');
        break;
      }
      out.appendCodePoint(c == '\n' ? '⏎' : c);
      count++;
    }
    return out.append('"').toString();
  }

  /**
   * What a library said when it failed to read a file, for a message: the first line of
   * {@code cause}'s message (its type when it has none), cut to {@value #MAX_QUOTED} characters with
   * "…" — libraries such as POI explain over several lines, and a problem stays one line.
   */
  public static String reason(Throwable cause) {
    String message = requireNonNull(cause, "cause").getMessage();
    String first = message == null || message.isBlank() ? cause.getClass().getSimpleName()
        : message.strip().lines().findFirst().orElse("").strip();
    return first.codePointCount(0, first.length()) <= MAX_QUOTED ? first
        : first.substring(0, first.offsetByCodePoints(0, MAX_QUOTED)) + "…";
  }

  /** Where the problem is. */
  public InputPlace place() {
    return place;
  }

  /** File (or other source name) the input came from. */
  public String file() {
    return place.file();
  }

  /** 1-based line (a spreadsheet's row); 0 when the problem concerns the whole input. */
  public int line() {
    return place.line();
  }

  /** 1-based column within the line; 0 when unknown. */
  public int column() {
    return place.column();
  }

  /** What is wrong, quoting the offending text, without the location prefix. */
  public String problem() {
    return problem;
  }

  /**
   * The same problem placed inside a larger input ({@link InputPlace#relocate}): used when a sentence
   * is parsed on its own and the error is reported against the file it came from.
   */
  public InputException relocate(String file, int line, int columnOffset) {
    return new InputException(place.relocate(file, line, columnOffset), problem, this);
  }
}
