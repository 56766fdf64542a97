package io.tracker.target;

import static java.util.Objects.requireNonNull;

import io.tracker.InputWarning;
import java.util.List;

/**
 * The targets of one sentence and what the parser was unsure of there (a numeral it would not guess,
 * for example): each warning is placed at line 1 of the sentence and its 1-based column, and callers
 * relocate it into their file ({@link InputWarning#relocate}).
 *
 * @param targets the targets, in order of appearance
 * @param warnings the warnings, in order of position
 */
public record TargetExtraction(List<Target> targets, List<InputWarning> warnings) {
  public TargetExtraction {
    targets = List.copyOf(requireNonNull(targets, "targets"));
    warnings = List.copyOf(requireNonNull(warnings, "warnings"));
  }
}
