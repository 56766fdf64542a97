package io.tracker.target;

import static io.tracker.target.TargetRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.quantity.Quantity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Task sentences whose figures are printed in Chinese numerals (written for this test), with every
 * target read in full. The first rows are the sentences of issue 15 that were read wrong or not at
 * all: 一万二千人 was 2000人, 三亿五千万元 was 5000万元, 三万五 was 5, 一百二十万三 was 3, 廿二 was 2,
 * 一千零一万一千零一 was 1001, 建成一所 and 一万零一人 gave nothing.
 *
 * <p>Decisions visible here: the figure is put in the highest section printed (三亿五千万元 → 3.5亿元,
 * 一万二千人 → 1.2万人, 一千零一万一千零一人 → 1001.1001万人) and its base value is exact; a lone 一 counts
 * before a classifier (一所, 一座, 一个百分点, 一倍); 三千余人 is AT_LEAST like 3000余人.
 */
class ChineseNumeralTargetsTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        // issue 15
        row("i1", "新增城镇就业一万二千人",
            "新增城镇就业 | - | AMOUNT EXACTLY 1.2万人 | - | q=- | src=新增城镇就业一万二千人@0"),
        row("i2", "完成投资三亿五千万元",
            "投资 | - | AMOUNT EXACTLY 3.5亿元 | - | q=- | src=投资三亿五千万元@2"),
        row("i3", "新增就业岗位三万五个",
            "新增就业岗位 | - | AMOUNT EXACTLY 3.5万个 | - | q=- | src=新增就业岗位三万五个@0"),
        row("i4", "完成造林一百二十万三亩",
            "造林 | - | AMOUNT EXACTLY 120.3万亩 | - | q=- | src=造林一百二十万三亩@2"),
        row("i5", "新建学校廿二所",
            "学校 | - | AMOUNT EXACTLY 22所 | - | q=- | src=学校廿二所@2"),
        row("i6", "培训农民工一千零一万一千零一人次",
            "培训农民工 | - | AMOUNT EXACTLY 1001.1001万人次 | - | q=- | src=培训农民工一千零一万一千零一人次@0"),
        row("i7", "建成一所学校",
            "学校 | - | AMOUNT EXACTLY 1所 | - | q=- | src=一所学校@2"),
        row("i8", "新增就业一万零一人",
            "新增就业 | - | AMOUNT EXACTLY 1.0001万人 | - | q=- | src=新增就业一万零一人@0"),
        // spoken, 两, 大写, traditional, mixed, decimals
        row("c1", "改造农村公路两千六公里",
            "改造农村公路 | - | AMOUNT EXACTLY 2600公里 | - | q=- | src=改造农村公路两千六公里@0"),
        row("c2", "全年接待游客十三万五人次以上",
            "接待游客 | - | AMOUNT AT_LEAST 13.5万人次 | - | q=- | src=接待游客十三万五人次以上@2"),
        row("c3", "新增停车位一百二个",
            "新增停车位 | - | AMOUNT EXACTLY 120个 | - | q=- | src=新增停车位一百二个@0"),
        row("c4", "发放补贴壹佰贰拾万元",
            "发放补贴 | - | AMOUNT EXACTLY 120万元 | - | q=- | src=发放补贴壹佰贰拾万元@0"),
        row("c5", "完成投资兩億三千萬元",
            "投资 | - | AMOUNT EXACTLY 2.3亿元 | - | q=- | src=投资兩億三千萬元@2"),
        row("c6", "完成投资3亿5千万元",
            "投资 | - | AMOUNT EXACTLY 3.5亿元 | - | q=- | src=投资3亿5千万元@2"),
        row("c7", "地区生产总值突破三点五亿元",
            "地区生产总值 | - | AMOUNT AT_LEAST 3.5亿元 | - | q=- | src=地区生产总值突破三点五亿元@0"),
        row("c8", "新增城镇就业1万2千人",
            "新增城镇就业 | - | AMOUNT EXACTLY 1.2万人 | - | q=- | src=新增城镇就业1万2千人@0"),
        row("c9", "筹集资金3千万元",
            "筹集资金 | - | AMOUNT EXACTLY 3000万元 | - | q=- | src=筹集资金3千万元@0"),
        row("c10", "发行专债二十亿元以上",
            "发行专债 | - | AMOUNT AT_LEAST 20亿元 | - | q=- | src=发行专债二十亿元以上@0"),
        row("c11", "新增市场主体三千余户",
            "新增市场主体 | - | AMOUNT AT_LEAST 3000户 | - | q=- | src=新增市场主体三千余户@0"),
        row("c12", "惠及群众一万多人",
            "惠及群众 | - | AMOUNT AT_LEAST 1万人 | - | q=- | src=惠及群众一万多人@0"),
        row("c13", "城镇化率提高一个百分点",
            "城镇化率 | - | GROWTH EXACTLY 1个百分点 | - | q=- | src=城镇化率提高一个百分点@0"),
        row("c14", "外贸进出口总额增长一倍",
            "外贸进出口总额 | - | GROWTH EXACTLY 1倍 | - | q=- | src=外贸进出口总额增长一倍@0"),
        row("c15", "新建一座污水处理厂、两座垃圾中转站",
            "污水处理厂 | - | AMOUNT EXACTLY 1座 | - | q=- | src=一座污水处理厂@2",
            "垃圾中转站 | - | AMOUNT EXACTLY 2座 | - | q=- | src=两座垃圾中转站@10"),
        row("c16", "农村自来水普及率达到百分之九十五点五",
            "农村自来水普及率 | - | LEVEL EXACTLY 95.5% | - | q=- | src=农村自来水普及率达到百分之九十五点五@0"),
        row("c17", "实现行政村光纤百分之百覆盖",
            "行政村光纤 | - | LEVEL EXACTLY 100% | - | q=- | src=行政村光纤百分之百@2"),
        row("c18", "建设五千瓦屋顶光伏",
            "屋顶光伏 | - | AMOUNT EXACTLY 5千瓦 | - | q=- | src=五千瓦屋顶光伏@2"),
        row("c19", "粮食总产量稳定在二点一亿斤左右",
            "粮食总产量 | - | MAINTAIN ABOUT 2.1亿斤 | - | q=- | src=粮食总产量稳定在二点一亿斤左右@0"),
        row("c20", "城乡居民人均可支配收入分别达到三万八千元、一万五千元",
            "居民人均可支配收入 | 城镇 | AMOUNT EXACTLY 3.8万元 | - | q=- | src=城乡居民人均可支配收入分别达到三万八千元、一万五千元@0",
            "居民人均可支配收入 | 农村 | AMOUNT EXACTLY 1.5万元 | - | q=- | src=城乡居民人均可支配收入分别达到三万八千元、一万五千元@0"),
        row("c21", "年内改造老旧小区十五个、背街小巷三十条",
            "改造老旧小区 | - | AMOUNT EXACTLY 15个 | - | q=- | src=改造老旧小区十五个@2",
            "背街小巷 | - | AMOUNT EXACTLY 30条 | - | q=- | src=背街小巷三十条@12"),
        row("c22", "引进博士卅名",
            "引进博士 | - | AMOUNT EXACTLY 30名 | - | q=- | src=引进博士卅名@0"),
        row("c23", "建成区绿地面积达到一千零五十万平方米",
            "建成区绿地面积 | - | AMOUNT EXACTLY 1050万平方米 | - | q=- | src=建成区绿地面积达到一千零五十万平方米@0"),
        row("c24", "帮扶脱贫户数三千户",
            "帮扶脱贫户数 | - | AMOUNT EXACTLY 3000户 | - | q=- | src=帮扶脱贫户数三千户@0"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("sentences")
  void readsTargetsPrintedInChineseNumerals(String id, String sentence, List<String> expected) {
    TargetRows.assertTargets(sentence, expected);
    assertThat(TargetParser.extract(sentence).warnings()).as(sentence).isEmpty();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
    "新增城镇就业一万二千人 | 12000人",
    "完成投资三亿五千万元 | 350000000元",
    "新增就业岗位三万五个 | 35000个",
    "完成造林一百二十万三亩 | 1203000亩",
    "新建学校廿二所 | 22所",
    "培训农民工一千零一万一千零一人次 | 10011001人次",
    "建成一所学校 | 1所",
    "新增就业一万零一人 | 10001人",
    "完成投资3亿5千万元 | 350000000元",
    "地区生产总值突破三点五亿元 | 350000000元",
    "完成投资兩億三千萬元 | 230000000元",
    "完成投资九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九元 | 9999999999999999元",
  })
  void baseValuesAreExact(String sentence, String base) {
    assertThat(TargetParser.parse(sentence)).singleElement()
        .satisfies(t -> assertThat(t.baseValue()).isEqualTo(Quantity.parse(base)));
  }
}
