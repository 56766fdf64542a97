package io.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayWidthTest {

  @ParameterizedTest(name = "{0} is {1} columns")
  @CsvSource(delimiter = '|', value = {
      "A|1",
      "中|2",
      "地方财政收入增长13%|19",
      "，|2",             // FF0C fullwidth comma
      "、|2",             // 3001 ideographic comma
      "〔2023〕|8",        // 3014/3015 brackets around four digits
      "《陕西省地方金融条例》|22",
      "Ａ|2",             // FF21 fullwidth A
      "ｱ|1",              // FF71 halfwidth katakana
      "한|2",             // Hangul syllable
      "…|1",              // ellipsis is ambiguous width, counted narrow
      "—|1",
      "é|1",              // precomposed
      "e\u0301|1",        // e + combining acute
      "\u200B|0",         // zero width space (format)
      "\uD83D\uDE00|2",   // U+1F600 emoji
      "\uD840\uDC00|2",   // U+20000 CJK extension B
      "'   '|3",
  })
  void width(String text, int columns) {
    assertThat(DisplayWidth.of(text)).isEqualTo(columns);
  }

  @ParameterizedTest(name = "{0} in {1} columns is {2}")
  @CsvSource(delimiter = '|', value = {
      "地方财政收入增长13%|19|地方财政收入增长13%",
      "地方财政收入增长13%|10|地方财政…",
      "地方财政收入增长13%|11|地方财政收…",
      "abcd|3|ab…",
      "abc|3|abc",
      "中文|1|…",
      "ae\u0301bc|3|ae\u0301…",
  })
  void truncate(String text, int width, String expected) {
    assertThat(DisplayWidth.truncate(text, width)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "pad {0} to {1}")
  @CsvSource(delimiter = '|', value = {"县财政局|10|'县财政局  '", "13|4|'13  '", "县财政局|6|县财政局"})
  void padRight(String text, int width, String expected) {
    assertThat(DisplayWidth.padRight(text, width)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void padLeftAlignsNumbers() {
    assertThat(DisplayWidth.padLeft("47.5", 6)).isEqualTo("  47.5");
    assertThat(DisplayWidth.padLeft("得分", 6)).isEqualTo("  得分");
  }

  @org.junit.jupiter.api.Test
  void truncateRefusesNoRoom() {
    assertThatThrownBy(() -> DisplayWidth.truncate("中", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }
}
