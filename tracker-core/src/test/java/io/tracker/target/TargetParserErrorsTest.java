package io.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tracker.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetParserErrorsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // sentence,                              column, quoted figure
    "发行专债1e999亿元以上,                   5,      1e999亿元",
    "储备项目123456789012345678901个,          5,      123456789012345678901个",
    "增长0.000000000000000000001%,            3,      0.000000000000000000001%",
    "投资1000000000000万亿元,                 3,      1000000000000万亿元",
    "投资10000000000000000万元,               3,      10000000000000000万元",
    "发行专债1e99999999999亿元,               5,      1e99999999999亿元",
    "发行专债1e2147483647亿元,                5,      1e2147483647亿元",
    "发行专债1e-2147483648元,                 5,      1e-2147483648元",
  })
  void figuresOutOfRangeAreInputErrorsQuotingTheFigure(String sentence, int column, String figure) {
    InputException e = catchThrowableOfType(InputException.class, () -> TargetParser.parse(sentence));

    assertThat(e).isNotNull();
    assertThat(e.file()).isEqualTo(InputException.NO_FILE);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.problem()).isEqualTo("数字 \"" + figure + "\" 超出范围: 以基本单位 " + e.problem().split("基本单位 ")[1]);
    assertThat(e.problem()).contains("应至多 20 位整数、20 位小数");
  }

  @Test
  void aFigureOfTwentyThousandDigitsIsRefusedQuotingItsFirstEightyCharacters() {
    String digits = "9".repeat(20_000);
    InputException e = catchThrowableOfType(InputException.class, () -> TargetParser.parse("投资" + digits + "万元"));

    assertThat(e.column()).isEqualTo(3);
    assertThat(e.problem()).isEqualTo("数字 \"" + "9".repeat(80) + "…\" 超出范围: 以基本单位 元 计, 应至多 20 位整数、20 位小数");
  }

  @Test
  void leadingZerosAndExponentsCountAsTheirValue() {
    assertThat(TargetParser.parse("投资" + "0".repeat(20_000) + "5万元").get(0).value().amount()).isEqualByComparingTo("5");
    assertThat(TargetParser.parse("投资1.5e3万元").get(0).value().amount()).isEqualByComparingTo("1500");
    assertThat(TargetParser.parse("增长0.00000000000000000001%").get(0).value().amount())
        .isEqualByComparingTo("1E-20");
  }

  @Test
  void twentyIntegerDigitsInTheBaseUnitAreAccepted() {
    assertThat(TargetParser.parse("投资9999999999999999万元").get(0).baseValue().amount().toPlainString())
        .isEqualTo("99999999999999990000");
    assertThat(TargetParser.parse("储备项目12345678901234567890个")).hasSize(1);
  }

  @Test
  void relocatesIntoTheFileTheSentenceCameFrom() {
    InputException e = catchThrowableOfType(InputException.class, () -> TargetParser.parse("发行专债1e999亿元"));

    assertThat(e.relocate("seeds/x.txt", 12, 0).getMessage()).startsWith("seeds/x.txt:12:5: 数字 \"1e999亿元\"");
  }
}
