package io.tracker.quantity;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * An exact amount in a printed unit: 4.5亿元, 13%, 35个.
 *
 * <p>{@link #toString()} gives the printed form ("4.5亿元") and {@link #parse(String)} reads it back,
 * keeping the printed scale ("4.50亿元" stays 4.50), so {@code Quantity.parse(q.toString()).equals(q)}.
 * An amount with a negative scale (1E+3) is stored with scale 0 (1000), since that is how it prints.
 * {@link #toBase()} converts exactly to the base unit (4.5亿元 → 450000000元).
 */
public record Quantity(BigDecimal amount, Unit unit) {
  public Quantity {
    requireNonNull(amount, "amount");
    requireNonNull(unit, "unit");
    if (amount.scale() < 0) {
      amount = amount.setScale(0);
    }
  }

  public static Quantity of(String amount, String unit) {
    return new Quantity(new BigDecimal(amount), Unit.parse(unit));
  }

  /**
   * The same quantity in the base unit, exact and without trailing fractional zeros: 9.4万人 → 94000人,
   * 4.5亿元 → 450000000元 (never 4.5E+8), 13.50% → 13.5%.
   */
  public Quantity toBase() {
    BigDecimal base = amount.multiply(unit.magnitude().factor()).stripTrailingZeros();
    return new Quantity(base, unit.baseUnit());
  }

  /**
   * Parses the printed form, e.g. "4.5亿元": an optional minus sign, digits with an optional decimal
   * part, then a unit (see {@link Unit}).
   *
   * @throws io.tracker.InputException when the text is not a number followed by a known unit
   */
  public static Quantity parse(String printed) {
    return UnitParser.parseQuantity(requireNonNull(printed, "printed"));
  }

  @Override
  public String toString() {
    return amount.toPlainString() + unit;
  }
}
