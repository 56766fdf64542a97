package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The lights of an assessment's tasks at the month ends of the work year before its date (亮灯记录),
 * as the rules judged them (each month end with the reports dated by then), kept with the assessment
 * so that the next month's assessment can take them instead of judging those month ends again
 * ({@link Assessor#assess(io.tracker.task.TaskBook, io.tracker.ledger.ProgressLedger, LocalDate, Assessment)}).
 *
 * <p>A month end's lights are valid for a later assessment only under the same book, rules and
 * scoring policy ({@code basis}) and the same reports dated on or before that month end
 * ({@link MonthEnd#ledger()}): a correction recorded later for an earlier date changes the digest, and
 * that month end is judged again (docs/performance.md).
 *
 * @param basis SHA-256 (hex) of the year, the task book, the rules and the scoring policy the lights
 *     were judged under; empty for an assessment that keeps no record ({@link #NONE})
 * @param monthEnds the month ends strictly before the assessment's date, in date order
 */
public record LightRecord(String basis, List<MonthEnd> monthEnds) {
  /** No record: an assessment not made by an {@link Assessor}, or read from JSON written without one. */
  public static final LightRecord NONE = new LightRecord("", List.of());

  public LightRecord {
    requireNonNull(basis, "basis");
    monthEnds = List.copyOf(requireNonNull(monthEnds, "monthEnds"));
  }

  /** The record of month end {@code date}, if it is one of {@link #monthEnds()}. */
  public Optional<MonthEnd> at(LocalDate date) {
    return monthEnds.stream().filter(m -> m.date().equals(date)).findFirst();
  }

  /**
   * The lights of every task at one month end.
   *
   * @param date the month end
   * @param ledger SHA-256 (hex) of the effective reports dated on or before {@code date} (corrections
   *     applied) and the milestones reported by then
   * @param lights one letter per task of the assessment, in the order of {@link Assessment#tasks()}:
   *     {@code G} green, {@code B} blue, {@code Y} yellow, {@code O} orange, {@code R} red, {@code -}
   *     not judged (nothing reported by then)
   */
  public record MonthEnd(LocalDate date, String ledger, String lights) {
    private static final String LETTERS = "GBYOR";

    public MonthEnd {
      requireNonNull(date, "date");
      requireNonNull(ledger, "ledger");
      requireNonNull(lights, "lights");
      for (int i = 0; i < lights.length(); i++) {
        if (lights.charAt(i) != '-' && LETTERS.indexOf(lights.charAt(i)) < 0) {
          throw new IllegalArgumentException("亮灯记录 " + date + " 第 " + (i + 1) + " 个任务的亮灯 \""
              + lights.charAt(i) + "\" 不可识别: 应为 G、B、Y、O、R 或 -");
        }
      }
    }

    /** The light of the task at {@code index} in the assessment's tasks; empty when it was not judged. */
    public Optional<Light> light(int index) {
      char c = lights.charAt(index);
      return c == '-' ? Optional.empty() : Optional.of(Light.values()[LETTERS.indexOf(c)]);
    }

    /** The letter {@link #lights()} uses for {@code light}. */
    static char letter(Light light) {
      return LETTERS.charAt(light.ordinal());
    }
  }
}
