package io.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "一, 1", "两, 2", "二, 2", "九, 9", "十, 10", "十五, 15", "二十, 20", "二十九, 29", "一百二十, 120",
    "一百零五, 105", "一千零一十, 1010", "三千五百, 3500", "三千五, 3500", "一百二, 120", "九千九百九十九, 9999",
  })
  void readsChineseNumerals(String numeral, long value) {
    assertThat(FigureScanner.chineseValue(numeral)).hasValue(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "八五", "十四五", "二〇二三", "百", "千", "十百", "零", "一零", "五十十", "百十"})
  void rejectsRunsThatAreNotNumbers(String run) {
    assertThat(FigureScanner.chineseValue(run)).isEmpty();
  }
}
