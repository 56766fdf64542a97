package io.tracker.rules.fact;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A figure a rule reports (统计数): "达到序时进度任务数" for the book, a share for a unit. Rules insert
 * tallies; the assessment carries every one, in the order of name and scope, and the reports show
 * them. A rule that derives the same name and scope twice is an error of the rule set.
 *
 * @param name what is counted, as the report shows it (达到序时进度任务数)
 * @param scope what it counts over: "book" (全县), a unit's name, a leader's name or a task id
 * @param value the figure
 */
public record Tally(String name, String scope, BigDecimal value) {
  /** The scope of a figure over the whole book. */
  public static final String BOOK = "book";

  public Tally {
    requireNonNull(name, "name");
    requireNonNull(scope, "scope");
    requireNonNull(value, "value");
  }
}
