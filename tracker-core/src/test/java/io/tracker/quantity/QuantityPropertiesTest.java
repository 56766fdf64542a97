package io.tracker.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class QuantityPropertiesTest {

  /** Every magnitude over every known base unit. */
  private static final List<Unit> ALL_UNITS = allUnits();

  private static List<Unit> allUnits() {
    List<Unit> units = new ArrayList<>();
    for (Magnitude m : Magnitude.values()) {
      for (String base : UnitParser.BASES) {
        units.add(new Unit(m, base));
      }
    }
    return List.copyOf(units);
  }

  private static Gen<BigDecimal> amounts() {
    return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
        .zip(integers().between(0, 8), BigDecimal::valueOf);
  }

  private static Gen<Quantity> quantities() {
    return amounts().zip(Generate.pick(ALL_UNITS), Quantity::new);
  }

  @Test
  void everyUnitPrintsAndParsesBack() {
    for (Unit unit : ALL_UNITS) {
      assertThat(Unit.parse(unit.toString())).as(unit.toString()).isEqualTo(unit);
    }
  }

  @Test
  void printedQuantityParsesBackExactly() {
    qt().withFixedSeed(42L).withExamples(2000).forAll(quantities())
        .checkAssert(q -> assertThat(Quantity.parse(q.toString())).isEqualTo(q));
  }

  @Test
  void baseConversionIsExactMultiplication() {
    qt().withFixedSeed(42L).withExamples(2000).forAll(quantities()).checkAssert(q -> {
      Quantity base = q.toBase();
      BigDecimal expected = q.amount().multiply(q.unit().magnitude().factor());

      assertThat(base.amount()).isEqualByComparingTo(expected);
      assertThat(base.unit()).isEqualTo(new Unit(Magnitude.ONE, q.unit().base()));
      assertThat(base.amount().scale()).isNotNegative();
      assertThat(base.toString()).doesNotContain("E");
      if (base.amount().scale() > 0) {
        assertThat(base.amount().toPlainString()).doesNotEndWith("0");
      }
    });
  }

  @Test
  void baseFormIsAFixedPointAndParsesBack() {
    qt().withFixedSeed(42L).withExamples(1000).forAll(quantities()).checkAssert(q -> {
      Quantity base = q.toBase();

      assertThat(base.toBase()).isEqualTo(base);
      assertThat(Quantity.parse(base.toString())).isEqualTo(base);
    });
  }
}
