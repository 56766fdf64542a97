package io.tracker.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // printed,     amount, magnitude, base,     base value
    "4.5亿元,       4.5,    YI,        元,       450000000元",
    "9.4万人,       9.4,    WAN,       人,       94000人",
    "200万美元,     200,    WAN,       美元,     2000000美元",
    "3万亩,         3,      WAN,       亩,       30000亩",
    "7.5万平方米,   7.5,    WAN,       平方米,   75000平方米",
    "10万吨,        10,     WAN,       吨,       100000吨",
    "12亿斤,        12,     YI,        斤,       1200000000斤",
    "36平方公里,    36,     ONE,       平方公里, 36平方公里",
    "35公里,        35,     ONE,       公里,     35公里",
    "331天,         331,    ONE,       天,       331天",
    "13%,           13,     ONE,       %,        13%",
    "13.50%,        13.50,  ONE,       %,        13.5%",
    "1.2个百分点,   1.2,    ONE,       个百分点, 1.2个百分点",
    "35个,          35,     ONE,       个,       35个",
    "2500人次,      2500,   ONE,       人次,     2500人次",
    "9场次,         9,      ONE,       场次,     9场次",
    "3500户,        3500,   ONE,       户,       3500户",
    "0.5万亿元,     0.5,    WAN_YI,    元,       500000000000元",
    "3千克,         3,      QIAN,      克,       3000克",
    "35微克/立方米, 35,     ONE,       微克/立方米, 35微克/立方米",
    "-3个,          -3,     ONE,       个,       -3个",
  })
  void parsesPrintsAndConvertsToBase(String printed, String amount, Magnitude magnitude, String base, String baseValue) {
    Quantity q = Quantity.parse(printed);

    assertThat(q.amount()).isEqualTo(new BigDecimal(amount)); // equals: the printed scale is kept
    assertThat(q.unit()).isEqualTo(new Unit(magnitude, base));
    assertThat(q).hasToString(printed);
    assertThat(q.toBase()).hasToString(baseValue);
    assertThat(q.toBase().unit().magnitude()).isEqualTo(Magnitude.ONE);
  }

  @Test
  void baseValueIsPlainNotScientific() {
    BigDecimal base = Quantity.parse("4.5亿元").toBase().amount();

    assertThat(base.toString()).isEqualTo("450000000");
    assertThat(base.scale()).isZero();
  }

  @Test
  void negativeScaleAmountIsStoredAsPrinted() {
    Quantity q = new Quantity(new BigDecimal("1E+3"), Unit.parse("个"));

    assertThat(q.amount().scale()).isZero();
    assertThat(Quantity.parse(q.toString())).isEqualTo(q);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "亿元, YI, 元",
    "万元, WAN, 元",
    "万亿元, WAN_YI, 元",
    "万吨, WAN, 吨",
    "千亩, QIAN, 亩",
    "百户, BAI, 户",
  })
  void readsUnits(String printed, Magnitude magnitude, String base) {
    assertThat(Unit.parse(printed)).isEqualTo(new Unit(magnitude, base));
  }

  @Test
  void magnitudesDoNotStack() {
    assertThatThrownBy(() -> Unit.parse("百万元")).isInstanceOf(InputException.class);
  }

  @Test
  void baseUnitsAreNeverSplitIntoMagnitudeAndUnit() {
    assertThat(Unit.parse("平方公里")).isEqualTo(new Unit(Magnitude.ONE, "平方公里"));
    assertThat(Unit.parse("个百分点")).isEqualTo(new Unit(Magnitude.ONE, "个百分点"));
    assertThat(Unit.parse("千瓦")).isEqualTo(new Unit(Magnitude.ONE, "千瓦"));
    assertThat(Unit.parse("人次")).isEqualTo(new Unit(Magnitude.ONE, "人次"));
  }

  @Test
  void classifiesUnits() {
    assertThat(Unit.parse("个").isCount()).isTrue();
    assertThat(Unit.parse("万人").isCount()).isTrue();
    assertThat(Unit.parse("亿元").isCount()).isFalse();
    assertThat(Unit.parse("%").isPercent()).isTrue();
    assertThat(Unit.parse("个百分点").isRatio()).isTrue();
    assertThat(Unit.parse("个百分点").isPercent()).isFalse();
  }

  @Test
  void readAtFindsTheLongestUnit() {
    assertThat(Unit.readAt("3万亩以上", 1)).contains(new Unit(Magnitude.WAN, "亩"));
    assertThat(Unit.readAt("1.2个百分点", 3)).contains(new Unit(Magnitude.ONE, "个百分点"));
    assertThat(Unit.readAt("2023年", 4)).isEmpty();
    assertThat(Unit.readAt("x", 5)).isEmpty();
  }

  @Test
  void unknownUnitIsAnInputErrorQuotingIt() {
    assertThatThrownBy(() -> Unit.parse("年"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("\"年\"")
        .hasMessageContaining("expected");
    assertThatThrownBy(() -> Unit.parse(""))
        .isInstanceOf(InputException.class);
  }

  @Test
  void quantityWithoutNumberOrUnitIsAnInputError() {
    assertThatThrownBy(() -> Quantity.parse("亿元"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("\"亿元\"")
        .hasMessageContaining("expected digits");
    InputException e = (InputException) org.assertj.core.api.Assertions.catchThrowable(() -> Quantity.parse("4.5亿"));
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.problem()).contains("\"4.5亿\"").contains("\"亿\"");
  }
}
