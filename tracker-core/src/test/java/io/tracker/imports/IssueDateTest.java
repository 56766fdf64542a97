package io.tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The issue date printed with 年月日 lost: "2023310" is yyyy + m + d. */
class IssueDateTest {
  @ParameterizedTest(name = "2023 + {0} → {1}")
  @CsvSource({
    "310, 2023-03-10",   // the seed: 3月10日 (31月0日 is no date)
    "1231, 2023-12-31",
    "130, 2023-01-30",   // 13月0日 is no date
    "0310, 2023-03-10",
    "229, ",             // 2月29日 does not exist in 2023, 22月9日 neither
    "111, ",             // 1月11日 or 11月1日: ambiguous
    "1212, 2023-12-12",  // 1月212日 and 121月2日 are no dates
  })
  void readsMonthAndDayOnlyWhenUnambiguous(String monthDay, LocalDate date) {
    assertThat(PublishedTextImporter.splitMonthDay(2023, monthDay)).isEqualTo(Optional.ofNullable(date));
  }

  @Test
  void aTwoDigitMonthAndTwoDigitDayAlwaysReadBack() {
    qt().withFixedSeed(42L)
        .forAll(integers().between(10, 12), integers().between(10, 28), integers().between(2000, 2100))
        .check((month, day, year) -> PublishedTextImporter.splitMonthDay(year, "" + month + day)
            .equals(Optional.of(LocalDate.of(year, month, day))));
  }
}
