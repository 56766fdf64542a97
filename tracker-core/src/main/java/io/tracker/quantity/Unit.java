package io.tracker.quantity;

import static java.util.Objects.requireNonNull;

/**
 * A unit as printed: a magnitude over a base unit. 亿元 = {@link Magnitude#YI} × 元; % and count
 * units (个, 户, 家, 人次 …) have magnitude {@link Magnitude#ONE}.
 *
 * <p>{@link #toString()} is the printed form ("亿元") and {@link #parse(String)} accepts it.
 */
public record Unit(Magnitude magnitude, String base) {
  public static final Unit PERCENT = new Unit(Magnitude.ONE, "%");

  public Unit {
    requireNonNull(magnitude, "magnitude");
    requireNonNull(base, "base");
  }

  /** Whether this is a percentage (%), the unit of growth, decline and rate targets. */
  public boolean isPercent() {
    return magnitude == Magnitude.ONE && base.equals("%");
  }

  /** The base unit: 元 for 亿元. */
  public Unit baseUnit() {
    return magnitude == Magnitude.ONE ? this : new Unit(Magnitude.ONE, base);
  }

  /** Parses a printed unit such as "亿元", "万人", "%", "个"; see {@link UnitParser}. */
  public static Unit parse(String printed) {
    return UnitParser.parse(printed);
  }

  @Override
  public String toString() {
    return magnitude.prefix() + base;
  }
}
