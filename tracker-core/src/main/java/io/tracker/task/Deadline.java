package io.tracker.task;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A deadline (完成时限) as printed and as a date: "11月底" is 30 November of the book's year;
 * "5月底前动工" is 31 May with milestone 动工; "持续推进" has no date.
 *
 * @param date the last day the task may be completed on, when the text gives one
 * @param printed the text as printed
 * @param milestone what must happen by the date when the text names it (动工, 开工), if any
 */
public record Deadline(Optional<LocalDate> date, String printed, Optional<String> milestone) {
  public Deadline {
    requireNonNull(date, "date");
    requireNonNull(printed, "printed");
    requireNonNull(milestone, "milestone");
  }
}
