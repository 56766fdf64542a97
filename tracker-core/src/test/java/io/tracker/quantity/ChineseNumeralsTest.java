package io.tracker.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.quantity.ChineseNumerals.Numeral;
import io.tracker.quantity.ChineseNumerals.Reading;
import io.tracker.quantity.ChineseNumerals.Unreadable;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
    // issue 15: compound sections, 零 gaps, leading 十, spoken abbreviations, 两/兩, 廿/卅, 大写, mixed
    "一万二千 | 12000", "三亿五千万 | 350000000", "三万五 | 35000", "两千六 | 2600", "一百二 | 120",
    "一百二十万三 | 1203000", "廿二 | 22", "一千零一万一千零一 | 10011001", "一万零一 | 10001",
    "一千零一万零一 | 10010001", "十三万五 | 135000", "兩千六 | 2600", "1.2万 | 12000", "3亿5千万 | 350000000",
    "三点五亿 | 350000000",
    // single words and small numbers
    "一 | 1", "两 | 2", "二 | 2", "九 | 9", "十 | 10", "十五 | 15", "一十五 | 15", "二十 | 20", "二十九 | 29",
    "廿 | 20", "卅 | 30", "卅一 | 31", "卌 | 40", "一百 | 100", "一百零五 | 105", "一百一十 | 110",
    "一千零一十 | 1010", "一千零十 | 1010", "三千五百 | 3500", "三千五 | 3500", "九千九百九十九 | 9999",
    // sections and 零 in sections of four places
    "一万 | 10000", "十万 | 100000", "一百二十万三千 | 1203000", "一百二十万零三千 | 1203000",
    "一百二十万零三百 | 1200300", "一亿零一千 | 100001000", "一亿零一万 | 100010000", "一亿零五百万 | 105000000",
    "一亿一千万 | 110000000", "一千万五千 | 10005000", "十亿零一万 | 1000010000", "三万亿 | 3000000000000",
    "三万五千亿 | 3500000000000", "一万亿零五千万 | 1000050000000", "一万零五亿 | 1000500000000",
    "一千万零一亿 | 1000000100000000", "一亿亿 | 10000000000000000",
    "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九 | 9999999999999999",
    // spoken after 亿
    "一亿五 | 150000000", "十亿五 | 1050000000",
    // 大写 and traditional
    "壹 | 1", "壹拾壹 | 11", "壹佰贰拾 | 120", "叁萬伍仟 | 35000", "貳億 | 200000000", "參拾陸 | 36",
    "壹仟零伍拾 | 1050", "伍萬零捌佰 | 50800",
    // decimals
    "零点五 | 0.5", "三点五 | 3.5", "十二点五万 | 125000", "一点零五万 | 10500", "三点五万亿 | 3500000000000",
    "3.5亿 | 350000000", "１２３ | 123",
    // mixed Arabic
    "1万2千 | 12000", "3千万 | 30000000", "5百万 | 5000000", "2亿3000万 | 230000000", "100万三千 | 1003000",
    "12345万 | 123450000", "3亿五千万 | 350000000",
  })
  void readsNumerals(String numeral, BigDecimal value) {
    assertThat(ChineseNumerals.value(numeral)).as(numeral)
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "一二三 | 相邻数字可能是逐位书写或约数",
    "三四 | 相邻数字可能是逐位书写或约数",
    "七八万 | 相邻数字可能是逐位书写或约数",
    "十五六 | 相邻数字可能是逐位书写或约数",
    "二〇二三 | 相邻数字可能是逐位书写或约数",
    "一两 | 相邻数字可能是逐位书写或约数",
    "八五 | 相邻数字可能是逐位书写或约数",
    "十四五 | 相邻数字可能是逐位书写或约数",
    "一万五百 | 跳过的数位缺少\"零\"",
    "一千五十 | 跳过的数位缺少\"零\"",
    "一亿一千 | 跳过的数位缺少\"零\"",
    "一万亿五千万 | 跳过的数位缺少\"零\"",
    "一千零五百 | \"零\"的位置不对",
    "一千零零五 | \"零\"的位置不对",
    "零 | \"零\"的位置不对",
    "一千零 | \"零\"不能写在最后",
    "五百三千 | 数位顺序不对",
    "三万五万 | 数位顺序不对",
    "五千三万 | 跳过的数位缺少\"零\"",
    "一百十 | 十、百、千前缺少数字",
    "五十十 | 十、百、千前缺少数字",
    "十百 | 十、百、千前缺少数字",
    "两十 | \"两\"不用在十之前",
    "二十两 | \"两\"不用作个位",
    "一万万 | 万前缺少数字",
    "1万5 | 万、亿之后的阿拉伯数字可能是省略写法",
    "12千 | 十、百、千前只能是一位数",
    "三点五万五 | 小数后只能跟万、亿或万亿",
    "一万二点五万 | 小数的万、亿只能写在最后",
    "一亿亿零一 | 超出可读范围 (至多 10 的 16 次方)",
    "十亿亿 | 超出可读范围 (至多 10 的 16 次方)",
    "一廿 | 廿、卅、卌只能写在开头",
  })
  void refusesNumeralsItCannotReadForCertainAndSaysWhy(String numeral, String reason) {
    Reading reading = ChineseNumerals.read(numeral, 0, numeral.length());

    assertThat(reading).isInstanceOf(Unreadable.class);
    assertThat(((Unreadable) reading).reason()).isEqualTo(reason);
    assertThat(ChineseNumerals.value(numeral)).isEmpty();
  }

  @ParameterizedTest(name = "{0} from {1} → {2}")
  @CsvSource(delimiter = '|', value = {
    "新增城镇就业一万二千人 | 6 | 10",
    "完成投资3亿5千万元 | 4 | 9",
    "完成投资三点五亿元 | 4 | 8",
    "三点半 | 0 | 1",
    "1.5万亩 | 0 | 4",
    "1.元 | 0 | 1",
    "百姓 | 0 | 0",
    "千方百计 | 0 | 0",
    "万一 | 0 | 0",
    "重点 | 1 | 1",
    "十三万五千人 | 0 | 5",
    "廿二日 | 0 | 2",
    "壹佰贰拾元 | 0 | 4",
  })
  void runEndStopsAtTheFirstCharacterThatIsNoPartOfTheNumeral(String text, int start, int end) {
    assertThat(ChineseNumerals.runEnd(text, start)).isEqualTo(end);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(delimiter = '|', value = {
    "三亿五千万 | 元 | 3.5亿元",
    "一万二千 | 人 | 1.2万人",
    "五千万 | 元 | 5000万元",
    "一千二百 | 人 | 1200人",
    "三万亿 | 元 | 3万亿元",
    "三千万亿 | 元 | 3000万亿元",
    "三万五千亿 | 元 | 35000亿元",
    "一千零一万一千零一 | 人 | 1001.1001万人",
    "三点五亿 | 元 | 3.5亿元",
    "三点五万亿 | 元 | 3.5万亿元",
    "二十 | 个 | 20个",
    "三万 | 千克 | 30000千克",
    "12345万 | 元 | 12345万元",
  })
  void aNumeralIsPutInTheHighestSectionItPrints(String numeral, String unit, String quantity) {
    Numeral n = (Numeral) ChineseNumerals.read(numeral, 0, numeral.length());

    assertThat(n.of(Unit.parse(unit))).isEqualTo(Quantity.parse(quantity));
    assertThat(n.of(Unit.parse(unit)).toBase().amount()).isEqualByComparingTo(
        n.value().multiply(Unit.parse(unit).magnitude().factor()));
  }

  @Test
  void readsPartOfALongerText() {
    Reading reading = ChineseNumerals.read("新增城镇就业一万二千人", 6, 10);

    assertThat(reading).isEqualTo(new Numeral(6, 10, new BigDecimal("12000"), Magnitude.WAN));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"二〇二三, 2023", "二零二四, 2024", "一九九九, 1999", "〇, 0"})
  void readsYearsDigitByDigit(String printed, String digits) {
    assertThat(ChineseNumerals.digitByDigit(printed)).contains(digits);
  }

  @ParameterizedTest
  @CsvSource({"二十", "两〇二三", "2023", "二〇二三年", "''"})
  void digitByDigitTakesOnlyDigits(String printed) {
    assertThat(ChineseNumerals.digitByDigit(printed)).isEmpty();
  }
}
