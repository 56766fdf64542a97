package io.tracker.json;

import io.tracker.quantity.Magnitude;
import io.tracker.quantity.Unit;
import java.util.Set;

/**
 * Reads a unit from its printed form in JSON ("亿元", "%", "万人"): the longest magnitude prefix
 * that leaves a non-empty base, except for units whose own name starts like a magnitude (百分点,
 * 千克 …), which are base units. This is the inverse of {@link Unit#toString()} for every unit
 * whose base does not start with a magnitude character.
 */
final class UnitText {
  /** Base units whose names start with a magnitude character. */
  private static final Set<String> WHOLE_UNITS = Set.of("百分点", "千克", "千米", "千瓦", "千瓦时", "万元户");

  private UnitText() {}

  static Unit parse(String printed) {
    if (printed.isEmpty()) {
      throw new IllegalArgumentException("empty unit: expected e.g. 亿元, %, 个");
    }
    if (WHOLE_UNITS.contains(printed)) {
      return new Unit(Magnitude.ONE, printed);
    }
    Magnitude best = Magnitude.ONE;
    for (Magnitude m : Magnitude.values()) {
      if (printed.startsWith(m.prefix()) && printed.length() > m.prefix().length()
          && m.prefix().length() > best.prefix().length()) {
        best = m;
      }
    }
    return new Unit(best, printed.substring(best.prefix().length()));
  }
}
