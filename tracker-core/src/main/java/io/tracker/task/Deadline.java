package io.tracker.task;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A deadline (完成时限) as printed and as a date: "11月底" is 30 November of the book's year;
 * "5月底前动工" is 31 May with milestone 动工; "持续推进" has no date.
 *
 * <p>A date printed with an action other than completing ("5月底前动工", "9月投入使用", "6月底前开工")
 * is a {@linkplain #isMilestone() milestone} (节点), not the date the task must be completed by: the
 * task is then due at the end of the work year ({@link #completionDate()} is empty). "6月底前完成",
 * "10月底前建成" name completion and stay the deadline.
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

  /** Actions that mean the task is done, not a step on the way: 完成, 完工, 建成, 竣工, 办结. */
  private static final List<String> COMPLETION = List.of("完成", "全面完成", "完工", "建成", "竣工", "办结");

  /** Whether the date is a milestone's (动工, 开工, 投入使用), not the completion deadline. */
  public boolean isMilestone() {
    return date.isPresent() && milestone.filter(action -> !COMPLETION.contains(action)).isPresent();
  }

  /** The date the task must be completed by: {@link #date}, unless it is a milestone's. */
  public Optional<LocalDate> completionDate() {
    return isMilestone() ? Optional.empty() : date;
  }
}
