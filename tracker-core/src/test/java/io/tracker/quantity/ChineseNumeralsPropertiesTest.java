package io.tracker.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.tracker.quantity.ChineseNumeralWriter.Style;
import io.tracker.quantity.ChineseNumerals.Numeral;
import io.tracker.quantity.ChineseNumerals.Unreadable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every integer written in Chinese by the tests' own {@link ChineseNumeralWriter}, in every style
 * that writes it, reads back to itself: all of 1 … 10000, and generated ones up to 10¹⁶ with the
 * edge cases at section boundaries and 零 gaps. Digits in a row never read.
 */
class ChineseNumeralsPropertiesTest {

  /** Reads {@code n} back from every style that writes it; returns how many forms were read. */
  static int readsBackInEveryStyle(long n) {
    int forms = 0;
    for (Style style : Style.values()) {
      Optional<String> written = ChineseNumeralWriter.write(n, style);
      if (written.isEmpty()) {
        continue;
      }
      String form = written.get();
      assertThat(ChineseNumerals.runEnd(form, 0)).as("run of %s (%s)", form, style).isEqualTo(form.length());
      assertThat(ChineseNumerals.read(form, 0, form.length())).as("%s (%s) for %d", form, style, n)
          .isInstanceOfSatisfying(Numeral.class,
              numeral -> assertThat(numeral.value()).isEqualByComparingTo(BigDecimal.valueOf(n)));
      forms++;
    }
    return forms;
  }

  @Test
  void everyIntegerUpToTenThousandReadsBackInEveryStyle() {
    int forms = 0;
    for (long n = 1; n <= 10_000; n++) {
      forms += readsBackInEveryStyle(n);
    }
    assertThat(forms).as("forms read").isGreaterThan(10_000 * 6);
  }

  @Test
  void everySpokenAbbreviationOfTheIssueIsWrittenByTheWriter() {
    assertThat(ChineseNumeralWriter.write(35_000, Style.SPOKEN)).contains("三万五");
    assertThat(ChineseNumeralWriter.write(2_600, Style.SPOKEN)).contains("两千六");
    assertThat(ChineseNumeralWriter.write(120, Style.SPOKEN)).contains("一百二");
    assertThat(ChineseNumeralWriter.write(1_203_000, Style.SPOKEN)).contains("一百二十万三");
    assertThat(ChineseNumeralWriter.write(135_000, Style.SPOKEN)).contains("十三万五");
    assertThat(ChineseNumeralWriter.write(350_000_000, Style.FORMAL)).contains("三亿五千万");
    assertThat(ChineseNumeralWriter.write(10_011_001, Style.FORMAL)).contains("一千零一万一千零一");
    assertThat(ChineseNumeralWriter.write(1_203_000, Style.FORMAL)).contains("一百二十万三千");
    assertThat(ChineseNumeralWriter.write(100_001_000, Style.FORMAL)).contains("一亿零一千");
    assertThat(ChineseNumeralWriter.write(ChineseNumeralWriter.MAX, Style.FORMAL)).contains("一亿亿");
  }

  /** Integers 1 … 10¹⁶: uniform, with many zero digits (零 gaps), and near powers of ten. */
  static Gen<Long> integersUpToTenToTheSixteen() {
    Gen<Long> uniform = longs().between(1, ChineseNumeralWriter.MAX);
    Gen<Long> zeroGaps = longs().between(0, 9).zip(integers().between(0, 16), integers().between(0, 16),
        longs().between(0, 9), (a, i, j, b) -> a * pow10(i) + b * pow10(j))
        .map(n -> Math.max(1, Math.min(n, ChineseNumeralWriter.MAX)));
    Gen<Long> boundaries = integers().between(0, 16).zip(integers().between(-2, 2),
        (k, delta) -> Math.max(1, Math.min(pow10(k) + delta, ChineseNumeralWriter.MAX)));
    Gen<Long> sparseDigits = in -> {
      long n = 0;
      for (int place = 0; place < 16; place++) {
        if (integers().between(0, 9).generate(in) < 3) {
          n += integers().between(1, 9).generate(in) * pow10(place);
        }
      }
      return Math.max(1, n);
    };
    return Generate.oneOf(uniform, zeroGaps, boundaries, sparseDigits);
  }

  static long pow10(int k) {
    long p = 1;
    for (int i = 0; i < k; i++) {
      p *= 10;
    }
    return p;
  }

  @Test
  void everyIntegerUpToTenToTheSixteenReadsBackInEveryStyle() {
    qt().withFixedSeed(42L).withExamples(20_000).forAll(integersUpToTenToTheSixteen())
        .checkAssert(ChineseNumeralsPropertiesTest::readsBackInEveryStyle);
  }

  @Test
  void theEdgeCasesAtSectionBoundariesAndZeroGapsReadBack() {
    List<Long> edges = new ArrayList<>();
    for (int k = 0; k <= 16; k++) {
      for (long d = 1; d <= 9 && d * pow10(k) <= ChineseNumeralWriter.MAX; d++) {
        long base = d * pow10(k);
        edges.add(base);
        for (int j = 0; j < k; j++) {
          edges.add(base + pow10(j));
          edges.add(base + 9 * pow10(j));
          edges.add(base - pow10(j));
        }
        edges.add(base - 1);
      }
    }
    for (long n : edges) {
      if (n >= 1 && n <= ChineseNumeralWriter.MAX) {
        readsBackInEveryStyle(n);
      }
    }
    assertThat(edges).hasSizeGreaterThan(1000);
  }

  private static final String DIGITS = "〇一二三四五六七八九";

  @Test
  void digitsInARowNeverRead() {
    Gen<String> digitRuns = longs().between(10, 99_999_999L).map(n -> {
      StringBuilder s = new StringBuilder();
      for (char c : Long.toString(n).toCharArray()) {
        s.append(DIGITS.charAt(c - '0'));
      }
      return s.toString();
    });
    qt().withFixedSeed(42L).withExamples(5000).forAll(digitRuns).checkAssert(run ->
        assertThat(ChineseNumerals.read(run, 0, run.length())).as(run).isInstanceOf(Unreadable.class));
  }

  @Test
  void estimatesOfTwoNeighbouringDigitsNeverRead() {
    // 三四个, 七八万, 十五六, 二三十: neighbouring digits are an estimate, never one number
    qt().withFixedSeed(42L).withExamples(2000)
        .forAll(integers().between(1, 8), Generate.pick(List.of("", "十", "百", "千", "万", "十万", "百万", "亿")),
            Generate.pick(List.of("", "十", "二十")))
        .checkAssert((d, after, before) -> {
          String run = before + "一二三四五六七八九".charAt(d - 1) + "一二三四五六七八九".charAt(d) + after;
          assertThat(ChineseNumerals.read(run, 0, run.length())).as(run).isInstanceOf(Unreadable.class);
        });
  }

  /**
   * A 零 the formal style needs is never optional: without it the numeral is refused, not read as
   * another number (一万零五百 → 一万五百). Only a 零 right before the last digit may go, as that makes
   * a spoken form (一千零一 → 一千一 = 1100).
   */
  @Test
  void droppingANeededZeroIsNeverReadAsAnotherNumber() {
    qt().withFixedSeed(42L).withExamples(5000).forAll(integersUpToTenToTheSixteen()).checkAssert(n -> {
      String form = ChineseNumeralWriter.write(n, Style.FORMAL).orElseThrow();
      for (int i = form.indexOf('零'); i >= 0; i = form.indexOf('零', i + 1)) {
        if (i + 2 == form.length()) {
          continue;
        }
        String dropped = form.substring(0, i) + form.substring(i + 1);
        assertThat(ChineseNumerals.read(dropped, 0, dropped.length())).as("%s without its 零 at %d", form, i)
            .isInstanceOf(Unreadable.class);
      }
    });
  }

  @Test
  void aNumeralIsPutInTheHighestSectionItPrintsWithAnExactBase() {
    qt().withFixedSeed(42L).withExamples(5000).forAll(integersUpToTenToTheSixteen(),
        Generate.pick(List.of(Style.FORMAL, Style.CAPITAL_TRADITIONAL, Style.SPOKEN, Style.DECIMAL)))
        .checkAssert((n, style) -> ChineseNumeralWriter.write(n, style).ifPresent(form -> {
          Numeral numeral = (Numeral) ChineseNumerals.read(form, 0, form.length());
          Quantity q = numeral.of(Unit.parse("元"));
          String simplified = form.replace('萬', '万').replace('億', '亿');
          Magnitude expected = simplified.endsWith("万亿") ? Magnitude.WAN_YI
              : simplified.contains("亿") ? Magnitude.YI : simplified.contains("万") ? Magnitude.WAN : Magnitude.ONE;
          assertThat(q.unit()).as(form).isEqualTo(new Unit(expected, "元"));
          assertThat(q.toBase().amount()).as(form).isEqualByComparingTo(BigDecimal.valueOf(n));
        }));
  }
}
