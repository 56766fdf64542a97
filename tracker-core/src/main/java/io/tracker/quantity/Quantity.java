package io.tracker.quantity;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * An exact amount in a printed unit: 4.5亿元, 13%, 35个.
 *
 * <p>{@link #toString()} gives the printed form ("4.5亿元") and {@link #parse(String)} reads it back;
 * {@link #toBase()} converts exactly to the base unit (4.5亿元 → 450000000元).
 */
public record Quantity(BigDecimal amount, Unit unit) {
  public Quantity {
    requireNonNull(amount, "amount");
    requireNonNull(unit, "unit");
  }

  public static Quantity of(String amount, String unit) {
    return new Quantity(new BigDecimal(amount), Unit.parse(unit));
  }

  /** The same quantity in the base unit, exact: 9.4万人 → 94000人. */
  public Quantity toBase() {
    if (unit.magnitude() == Magnitude.ONE) {
      return this;
    }
    BigDecimal base = amount.multiply(unit.magnitude().factor());
    return new Quantity(base.scale() < 0 ? base.setScale(0) : base.stripTrailingZeros().scale() < 0
        ? base.setScale(0) : base.stripTrailingZeros(), unit.baseUnit());
  }

  /** Parses the printed form, e.g. "4.5亿元"; see {@link UnitParser}. */
  public static Quantity parse(String printed) {
    return UnitParser.parseQuantity(printed);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + unit;
  }
}
