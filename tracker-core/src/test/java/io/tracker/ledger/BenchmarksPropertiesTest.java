package io.tracker.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * For any file of benchmarks of one reference, the benchmark used at a date is the last line of the
 * latest date on or before it, and none before the first date.
 */
class BenchmarksPropertiesTest {
  private static final LocalDate START = LocalDate.of(2023, 1, 1);

  @Test
  void usesTheLastLineOfTheLatestDateOnOrBeforeTheAsOfDate() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, 364)).ofSizeBetween(0, 12), integers().between(0, 364))
        .checkAssert((days, asOfDay) -> {
          StringBuilder text = new StringBuilder("reference,asOf,value\n");
          for (int i = 0; i < days.size(); i++) {
            text.append("全省平均水平,").append(START.plusDays(days.get(i))).append(',').append(i).append('\n');
          }
          Benchmarks benchmarks;
          try {
            benchmarks = Benchmarks.read(new StringReader(text.toString()), "基准.csv");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          Optional<Integer> expected = Optional.empty();
          for (int i = 0; i < days.size(); i++) {
            int day = days.get(i);
            if (day <= asOfDay && (expected.isEmpty() || day >= days.get(expected.get()))) {
              expected = Optional.of(i);
            }
          }
          assertThat(benchmarks.latest("全省平均水平", START.plusDays(asOfDay)).map(b -> b.value().intValueExact()))
              .isEqualTo(expected);
          assertThat(benchmarks.latest("全市平均", START.plusDays(asOfDay))).isEmpty();
          assertThat(benchmarks.benchmarks()).extracting(b -> b.value()).isEqualTo(
              IntStream.range(0, days.size()).mapToObj(BigDecimal::valueOf).toList());
        });
  }
}
