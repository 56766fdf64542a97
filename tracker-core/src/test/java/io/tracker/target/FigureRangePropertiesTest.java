package io.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tracker.InputException;
import io.tracker.quantity.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The range of an Arabic figure (at most 20 integer digits and 20 decimals in its base unit) is
 * checked on the text before any arithmetic: for generated numbers — leading zeros, up to 45
 * significant digits, decimals, exponents short and long — a figure is refused exactly when its
 * exact value, computed here with unbounded {@link BigDecimal}, is out of range, and otherwise read
 * with that value.
 */
class FigureRangePropertiesTest {
  private static final List<String> UNITS = List.of("个", "万元", "亿元", "%");

  static Stream<Long> seeds() {
    return IntStream.range(0, 400).mapToObj(i -> 2023L * 7919 + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aFigureIsRefusedExactlyWhenItsValueIsOutOfRange(long seed) {
    Random random = new Random(seed);
    StringBuilder number = new StringBuilder("0".repeat(random.nextInt(4) == 0 ? random.nextInt(30) : 0));
    number.append(random.nextInt(9) + 1);
    for (int i = random.nextInt(45); i > 0; i--) {
      number.append(random.nextInt(10));
    }
    if (random.nextBoolean()) {
      int point = 1 + random.nextInt(number.length());
      number.insert(point, '.');
      if (point == number.length() - 1) {
        number.append(random.nextInt(10));
      }
    }
    if (random.nextInt(3) == 0) {
      int exponent = random.nextInt(8) == 0 ? random.nextInt(2_000_000) - 1_000_000 : random.nextInt(81) - 40;
      number.append(random.nextBoolean() ? 'e' : 'E').append(exponent);
    }
    String unitText = UNITS.get(random.nextInt(UNITS.size()));
    Unit unit = Unit.readAt(unitText, 0).orElseThrow();
    String sentence = "新增项目" + number + unitText;

    BigDecimal exact = new BigDecimal(number.toString());
    BigDecimal base = exact.multiply(unit.magnitude().factor());
    boolean inRange = exact.scale() <= FigureScanner.MAX_DIGITS
        && (long) exact.precision() - exact.scale() <= FigureScanner.MAX_DIGITS
        && (long) base.precision() - base.scale() <= FigureScanner.MAX_DIGITS;

    if (inRange) {
      assertThat(TargetParser.parse(sentence)).as(sentence).singleElement()
          .satisfies(t -> assertThat(t.value().amount()).isEqualByComparingTo(exact));
    } else {
      InputException e = catchThrowableOfType(InputException.class, () -> TargetParser.parse(sentence));
      assertThat(e).as(sentence).isNotNull();
      assertThat(e.column()).isEqualTo(5);
      assertThat(e.problem()).contains("超出范围");
    }
  }
}
