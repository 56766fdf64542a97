package io.tracker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.tracker.InputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineParserTest {
  @ParameterizedTest(name = "{0} in 2023 → {1} {2}")
  @CsvSource(delimiter = '|', value = {
    "11月底      | 2023-11-30 | ",
    "12月底前    | 2023-12-31 | ",
    "2月底       | 2023-02-28 | ",
    "年底前      | 2023-12-31 | ",
    "年底        | 2023-12-31 | ",
    "5月底前动工 | 2023-05-31 | 动工",
    "6月30日前   | 2023-06-30 | ",
    "2023年6月底 | 2023-06-30 | ",
    "2024年2月底 | 2024-02-29 | ",
    "6月         | 2023-06-30 | ",
    "上半年      | 2023-06-30 | ",
    "一季度      | 2023-03-31 | ",
    "前三季度    | 2023-09-30 | ",
    "9月上旬     | 2023-09-10 | ",
    "11 月 底    | 2023-11-30 | ",
    // Chinese numerals: months and days, years digit by digit
    "十一月底          | 2023-11-30 | ",
    "十二月底前        | 2023-12-31 | ",
    "三月底前完成      | 2023-03-31 | 完成",
    "六月三十日前      | 2023-06-30 | ",
    "十二月廿五日      | 2023-12-25 | ",
    "九月上旬          | 2023-09-10 | ",
    "二〇二四年六月底  | 2024-06-30 | ",
    "二零二四年十月    | 2024-10-31 | ",
    "二〇二四年年底前  | 2024-12-31 | ",
    "二〇二四年上半年  | 2024-06-30 | ",
  })
  void readsDatedDeadlines(String printed, LocalDate date, String milestone) {
    assertThat(DeadlineParser.parse(printed, 2023))
        .isEqualTo(new Deadline(Optional.of(date), printed, Optional.ofNullable(milestone)));
    assertThat(DeadlineParser.looksLikeDeadline(printed)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"长期", "持续推进", "持续", "常态化推进", "长期坚持"})
  void readsOngoingDeadlinesWithoutDate(String printed) {
    assertThat(DeadlineParser.parse(printed, 2023))
        .isEqualTo(new Deadline(Optional.empty(), printed, Optional.empty()));
  }

  @ParameterizedTest
  @CsvSource({"县财政局", "王永安", "地方财政收入增长13%", "各部门"})
  void unitsNamesAndTasksDoNotLookLikeDeadlines(String text) {
    assertThat(DeadlineParser.looksLikeDeadline(text)).isFalse();
  }

  @Test
  void refusesMonth13QuotingItsColumn() {
    assertThatThrownBy(() -> DeadlineParser.parse("13月底", 2023))
        .isInstanceOf(InputException.class)
        .hasMessage("<input>:1:1: month 13 in \"13月底\": expected a month 1–12");
    assertThatThrownBy(() -> DeadlineParser.parse("2023年13月底", 2023))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("<input>:1:6: month 13");
  }

  @Test
  void refusesDaysTheMonthDoesNotHave() {
    assertThatThrownBy(() -> DeadlineParser.parse("2月30日前", 2023))
        .isInstanceOf(InputException.class)
        .hasMessage("<input>:1:3: day 30 in \"2月30日前\": 2023-02 has no such day");
  }

  @Test
  void refusesTextThatIsNoDeadline() {
    assertThatThrownBy(() -> DeadlineParser.parse("尽快", 2023))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("cannot read deadline (完成时限) \"尽快\"");
    assertThatThrownBy(() -> DeadlineParser.parse("  ", 2023)).isInstanceOf(InputException.class);
  }

  @Test
  void endOfMonthIsTheMonthsLastDayForEveryMonthAndYear() {
    qt().withFixedSeed(42L)
        .forAll(integers().between(1, 12), integers().between(1990, 2100))
        .check((month, year) -> DeadlineParser.parse(month + "月底", year).date()
            .equals(Optional.of(YearMonth.of(year, month).atEndOfMonth())));
  }

  @Test
  void explicitDayIsThatDayWhenItExists() {
    qt().withFixedSeed(42L)
        .forAll(integers().between(1, 12), integers().between(1, 31), integers().between(1990, 2100))
        .check((month, day, year) -> {
          boolean exists = day <= YearMonth.of(year, month).lengthOfMonth();
          try {
            Deadline d = DeadlineParser.parse(month + "月" + day + "日前", year);
            return exists && d.date().equals(Optional.of(LocalDate.of(year, month, day)));
          } catch (InputException e) {
            return !exists;
          }
        });
  }

  @Test
  void monthsBeyondTwelveAreAlwaysRefused() {
    qt().withFixedSeed(42L)
        .forAll(integers().between(13, 99))
        .check(month -> {
          try {
            DeadlineParser.parse(month + "月底", 2023);
            return false;
          } catch (InputException e) {
            return e.problem().contains("month " + month);
          }
        });
  }

  @Test
  void everyMonthInChineseNumeralsIsTheSameDeadlineAsInDigits() {
    String[] months = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
    for (int month = 1; month <= 12; month++) {
      assertThat(DeadlineParser.parse(months[month - 1] + "月底", 2023).date())
          .isEqualTo(DeadlineParser.parse(month + "月底", 2023).date());
    }
  }

  @Test
  void refusesChineseMonthsAndDaysItCannotRead() {
    assertThatThrownBy(() -> DeadlineParser.parse("十三月底", 2023))
        .isInstanceOf(InputException.class)
        .hasMessage("<input>:1:1: month 13 in \"十三月底\": expected a month 1–12");
    assertThatThrownBy(() -> DeadlineParser.parse("十十月底", 2023))
        .isInstanceOf(InputException.class)
        .hasMessage("<input>:1:1: 完成时限 \"十十月底\" 中的月份 \"十十\" 无法读出: 应为 1–12 月, 如 \"11月底\" 或 \"十一月底\"");
    assertThatThrownBy(() -> DeadlineParser.parse("二月三十日", 2023))
        .isInstanceOf(InputException.class)
        .hasMessage("<input>:1:3: day 30 in \"二月三十日\": 2023-02 has no such day");
  }
}
