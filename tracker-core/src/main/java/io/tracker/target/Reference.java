package io.tracker.target;

import static java.util.Objects.requireNonNull;

import io.tracker.quantity.Unit;
import java.util.Optional;

/**
 * What a relative target (相对目标) is measured against, as printed: "不低于全省平均水平" is a target
 * {@link Bound#AT_LEAST} the reference 全省平均水平. It has no figure of its own until a benchmark for
 * the reference is known.
 *
 * @param printed the reference as printed: 全省平均水平, 全市平均
 * @param unit the unit the indicator is measured in (计量单位), when the table prints one
 */
public record Reference(String printed, Optional<Unit> unit) {
  public Reference {
    requireNonNull(printed, "printed");
    requireNonNull(unit, "unit");
    if (printed.isBlank()) {
      throw new IllegalArgumentException("reference is blank");
    }
  }
}
