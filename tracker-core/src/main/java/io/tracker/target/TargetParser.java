package io.tracker.target;

import java.util.List;

/**
 * TEMPORARY placeholder with the public API of the target parser being written on the parser
 * branch; the lead replaces this file when that branch merges. It finds no targets.
 */
public final class TargetParser {
  private TargetParser() {}

  /** The quantitative targets printed in {@code sentence}, in order (placeholder: none). */
  public static List<Target> parse(String sentence) {
    java.util.Objects.requireNonNull(sentence, "sentence");
    return List.of();
  }
}
