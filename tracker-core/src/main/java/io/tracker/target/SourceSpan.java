package io.tracker.target;

import static java.util.Objects.requireNonNull;

/**
 * Where a target was printed: the substring of the task text and its character offsets
 * ({@code start} inclusive, {@code end} exclusive, in UTF-16 code units as {@link String#substring}).
 */
public record SourceSpan(String text, int start, int end) {
  public SourceSpan {
    requireNonNull(text, "text");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("span " + start + ".." + end + " does not fit \"" + text + "\"");
    }
  }
}
