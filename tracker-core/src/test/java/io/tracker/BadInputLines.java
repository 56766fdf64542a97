package io.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * What every bad-input line must be, whatever the input (the fuzz tests check it on each input they
 * are given): one line, {@code FILE:LINE:COLUMN: problem} with a place at or after the start, and
 * short — offending text is quoted with {@link InputException#quote} (at most
 * {@value InputException#MAX_QUOTED} characters), so a huge input never becomes a huge message.
 */
public final class BadInputLines {
  /**
   * Most characters of one problem: two quotes of {@value InputException#MAX_QUOTED} characters and
   * the wording around them fit easily; a message quoting an input whole does not.
   */
  public static final int MAX_PROBLEM_CHARS = 600;

  private BadInputLines() {}

  /** {@code e}'s message is one short line at a real place. */
  public static void check(InputException e) {
    checkLine(e.getMessage(), e.problem(), e.place());
  }

  /** Each warning is one short line at a real place. */
  public static void check(List<InputWarning> warnings) {
    warnings.forEach(w -> checkLine(w.toString(), w.problem(), w.place()));
  }

  /** {@code line}, the printed form of {@code problem} at {@code place}, is one short line. */
  public static void checkLine(String line, String problem, InputPlace place) {
    assertThat(line).as("a bad-input line").doesNotContain("\n", "\r");
    assertThat(problem.codePointCount(0, problem.length())).as("length of %s", line)
        .isLessThanOrEqualTo(MAX_PROBLEM_CHARS);
    assertThat(place.line()).as("line of %s", line).isNotNegative();
    assertThat(place.column()).as("column of %s", line).isNotNegative();
  }
}
