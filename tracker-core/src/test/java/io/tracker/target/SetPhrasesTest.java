package io.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.tracker.quantity.Quantity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.generators.Generate;

/**
 * Words and set phrases in which 一 (or 两, 三, 四 …) and a classifier are no figure: never a
 * target, never a warning, in any sentence around them. A false target is worse than a missing one.
 */
class SetPhrasesTest {

  /** Written for this test: phrases of government work reports that are no counts. */
  static final List<String> NOT_FIGURES = List.of(
      // issue 15's list
      "一体化", "一站式", "一网通办", "第一", "一批", "一系列", "一条龙", "一张网", "一张蓝图", "一件事一次办",
      "一户一档", "一人一策", "一村一品", "一项一策", "一场硬仗", "一盘棋",
      // more reforms, services and metaphors
      "一网统管", "一窗受理", "一门式", "一码通", "一次办好", "一揽子", "一号工程", "一把手", "一张图", "一张表",
      "一张清单", "一张名片", "一条心", "一条主线", "一条新路", "一场攻坚战", "一场战役", "一家亲", "一个样",
      "一个不少", "一个都不能少", "一个中心", "一头连着", "一企一策", "一镇一品", "一事一议", "一人一岗",
      "一户一宅", "一村一策", "一点一策", "一河一策", "一园一策", "一家一户", "一校一案", "一岗双责",
      // words ending in 一
      "统一", "唯一", "同一", "单一", "逐一", "之一", "万一", "划一", "多规合一", "每一个", "这一批", "另一个",
      "任何一个", "始终如一", "周一", "星期一", "迈上一个新台阶", "下一个", "参差不一", "三分之一",
      // slogans with other numerals
      "两个确立", "两个维护", "两个毫不动摇", "两个健康", "两个基本点", "两个一百年", "两学一做", "两不愁三保障",
      "三个代表", "四个意识", "四个自信", "四个全面", "五位一体", "三个务必", "两个翻番", "三个转变", "四个着力",
      "四个不摘");

  static Stream<String> sentences() {
    return NOT_FIGURES.stream().flatMap(p -> Stream.of(p, "全面推进" + p + "建设", "打造" + p + ",提升服务水平。",
        "坚持" + p + "工作机制", "建成" + p + "服务平台"));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void setPhrasesAreNoFigures(String sentence) {
    TargetExtraction extraction = TargetParser.extract(sentence);

    assertThat(extraction.targets()).as(sentence).isEmpty();
    assertThat(extraction.warnings()).as(sentence).isEmpty();
  }

  @Test
  void everyListedPhraseIsNoFigureInTheTableSentences() {
    for (String phrase : SetPhrases.PHRASES) {
      for (String sentence : List.of(phrase, "建成" + phrase + "项目", "新建" + phrase)) {
        assertThat(TargetParser.parse(sentence)).as(sentence).isEmpty();
      }
    }
  }

  @Test
  void oneThingPerThingIsNeverACount() {
    List<String> words = List.of("户", "人", "村", "项", "企", "镇", "案", "件", "事", "策", "档", "品", "张", "条", "所",
        "个", "名", "座", "家", "台");
    qt().withFixedSeed(42L).withExamples(2000)
        .forAll(Generate.pick(words), Generate.pick(words), Generate.pick(List.of("推行", "建立", "实行", "落实", "")))
        .checkAssert((x, y, verb) -> {
          String sentence = verb + "一" + x + "一" + y + "工作机制";
          assertThat(TargetParser.extract(sentence).targets()).as(sentence).isEmpty();
        });
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
    "建成一所学校 | 1所 | 学校",
    "新建一座污水处理厂 | 1座 | 污水处理厂",
    "培育一家上市企业 | 1家 | 上市企业",
    "为每个村配备一名法律顾问 | 1名 | 法律顾问",
    "购置一辆消防车 | 1辆 | 消防车",
    "常住人口城镇化率提高一个百分点 | 1个百分点 | 常住人口城镇化率",
    "外贸进出口总额增长一倍 | 1倍 | 外贸进出口总额",
    "新建壹座综合文化站 | 1座 | 综合文化站",
  })
  void aLoneYiCountsBeforeAClassifierOutsideWords(String sentence, String value, String metric) {
    assertThat(TargetParser.parse(sentence)).as(sentence).singleElement().satisfies(t -> {
      assertThat(t.value()).isEqualTo(Quantity.parse(value));
      assertThat(t.metric()).isEqualTo(metric);
    });
  }

  @ParameterizedTest
  @CsvSource({
    "完成投资一元", "建成一亩茶园", "修建一公里步道", "实现一天办结", "一头连着群众、一头连着市场",
    "唯一一所高校", "统一一个标准", "开展一次督查", "推进一处整改",
    // 一 as an article before abstract classifiers
    "打造一个宜居宜业的生态环境", "建立一套完善的制度体系", "出台一项支持政策", "走出一条特色发展之路",
    "办好一件民生实事", "打赢一场攻坚战", "培养一支人才队伍", "形成一张服务网络", "引进一批人才",
  })
  void aLoneYiBeforeAMeasureAnAbstractClassifierOrInsideAWordIsNoFigure(String sentence) {
    assertThat(TargetParser.extract(sentence).targets()).as(sentence).isEmpty();
  }
}
