package io.tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numberings lists print, and text that only looks like one. */
class NumberingTest {
  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', value = {
    "一、稳增长           | SECTION | 一、",
    "第二部分 惠民生       | SECTION | 第二部分",
    "(三)扩大有效投资      | GROUP   | (三)",
    "（十二）优化营商环境   | GROUP   | （十二）",
    "1.完成投资           | TASK    | 1",
    "12、新增就业         | TASK    | 12",
    "７．改造小区          | TASK    | 7",
    "5.1新增智能工厂       | SUB     | 5.1",
    "(2)新建公园          | SUB     | 2",
    "③改造管网            | SUB     | 3",
  })
  void readsTheNumberingALineStartsWith(String line, Numbering.Kind kind, String id) {
    Numbering n = Numbering.at(line).orElseThrow();
    assertThat(n.kind()).isEqualTo(kind);
    assertThat(kind == Numbering.Kind.SECTION || kind == Numbering.Kind.GROUP ? n.marker() : n.id()).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "3.5万亩高标准农田", "2023年完成", "10%以上", "1.5亿元", "全县生产总值增长8%", "12345",
  })
  void textThatOnlyLooksNumbered(String line) {
    assertThat(Numbering.at(line)).isEmpty();
  }
}
