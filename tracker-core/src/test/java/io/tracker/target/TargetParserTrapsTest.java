package io.tracker.target;

import static io.tracker.target.TargetRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.json.TrackerJson;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Target extraction traps seen in other places' lists (issue 8, item 7), in sentences written for
 * this test: capacities in project names are labels; 超/逾 are AT_LEAST; a breakdown after 其中 is
 * parts of the figure before it; a policy name (22条, 10项举措) is a label; traditional numerals and
 * characters read like simplified ones; a date phrase (3月底前) stays out of the metric.
 */
class TargetParserTrapsTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        // capacities in project names
        row("cap1", "加快推进25万吨己二酸项目建设"),
        row("cap2", "建成25万吨己二酸项目"),
        row("cap3", "推进年产50万吨石膏项目"),
        row("cap4", "建成年产50万吨石膏粉生产线"),
        row("cap5", "加快推进25万吨己二酸、年产50万吨石膏等项目建设"),
        row("cap6", "新建10万千瓦光伏发电项目"),
        row("cap7", "建设5万吨级码头1个",
            "5万吨级码头 | - | AMOUNT EXACTLY 1个 | - | q=5万吨 | src=5万吨级码头1个@2"),
        row("cap8", "建设10万千瓦光伏电站",
            "光伏电站 | - | AMOUNT EXACTLY 10万千瓦 | - | q=- | src=10万千瓦光伏电站@2"),
        // 超, 逾
        row("more1", "全年完成投资超400亿元",
            "投资 | - | AMOUNT AT_LEAST 400亿元 | - | q=- | src=投资超400亿元@4"),
        row("more2", "外贸进出口总额逾10亿元",
            "外贸进出口总额 | - | AMOUNT AT_LEAST 10亿元 | - | q=- | src=外贸进出口总额逾10亿元@0"),
        row("more3", "接待游客超过500万人次",
            "接待游客 | - | AMOUNT AT_LEAST 500万人次 | - | q=- | src=接待游客超过500万人次@0"),
        // breakdowns after 其中
        row("part1", "新建学校20所,其中幼儿园7个、小学8所",
            "学校 | - | AMOUNT EXACTLY 20所 | - | q=- | src=学校20所@2",
            "幼儿园 | - | AMOUNT EXACTLY 7个 | - | q=- | src=幼儿园7个@10 | part",
            "小学 | - | AMOUNT EXACTLY 8所 | - | q=- | src=小学8所@16 | part"),
        row("part2", "完成投资200亿元以上,其中工业投资80亿元",
            "投资 | - | AMOUNT AT_LEAST 200亿元 | - | q=- | src=投资200亿元以上@2",
            "工业投资 | - | AMOUNT EXACTLY 80亿元 | - | q=- | src=工业投资80亿元@14 | part"),
        row("part3", "新建幼儿园3所,其中公办园2所;新增学位2000个",
            "幼儿园 | - | AMOUNT EXACTLY 3所 | - | q=- | src=幼儿园3所@2",
            "公办园 | - | AMOUNT EXACTLY 2所 | - | q=- | src=公办园2所@10 | part",
            "新增学位 | - | AMOUNT EXACTLY 2000个 | - | q=- | src=新增学位2000个@16"),
        row("part4", "固定资产投资增长10%以上,其中工业投资增长15%",
            "固定资产投资 | - | GROWTH AT_LEAST 10% | - | q=- | src=固定资产投资增长10%以上@0",
            "工业投资 | - | GROWTH EXACTLY 15% | - | q=- | src=工业投资增长15%@16"),
        row("part5", "发放贷款5亿元,其中新增就业1000人",
            "发放贷款 | - | AMOUNT EXACTLY 5亿元 | - | q=- | src=发放贷款5亿元@0",
            "新增就业 | - | AMOUNT EXACTLY 1000人 | - | q=- | src=新增就业1000人@10"),
        row("part6", "其中幼儿园7个",
            "幼儿园 | - | AMOUNT EXACTLY 7个 | - | q=- | src=幼儿园7个@2"),
        // policy names
        row("pol1", "落实“稳经济22条”"),
        row("pol2", "落实稳经济22条"),
        row("pol3", "出台22条"),
        row("pol4", "出台支持民营经济发展22条措施"),
        row("pol5", "实施10项举措"),
        row("pol6", "落实惠企政策10项"),
        row("pol7", "贯彻省“10项举措”"),
        row("pol10", "实施“五个一批”工程"),
        row("pol11", "落实三个一批"),
        row("pol12", "坚持“三个一”工作法"),
        row("pol13", "落实“两个责任”"),
        row("pol14", "完成“四好农村路”建设100公里",
            "“四好农村路”建设 | - | AMOUNT EXACTLY 100公里 | - | q=- | src=“四好农村路”建设100公里@2"),
        row("pol15", "严格落实中央八项规定精神"),
        row("pol8", "打通断头路22条",
            "打通断头路 | - | AMOUNT EXACTLY 22条 | - | q=- | src=打通断头路22条@0"),
        row("pol9", "新增公交线路10条",
            "新增公交线路 | - | AMOUNT EXACTLY 10条 | - | q=- | src=新增公交线路10条@0"),
        // traditional numerals and characters
        row("tr1", "新增就業一萬二千人",
            "新增就業 | - | AMOUNT EXACTLY 1.2万人 | - | q=- | src=新增就業一萬二千人@0"),
        row("tr2", "完成投資3億元以上",
            "投資 | - | AMOUNT AT_LEAST 3亿元 | - | q=- | src=投資3億元以上@2"),
        row("tr3", "推進年產50萬噸石膏項目"),
        row("tr4", "糧食產量穩定在10萬噸以上",
            "糧食產量 | - | MAINTAIN AT_LEAST 10万吨 | - | q=- | src=糧食產量穩定在10萬噸以上@0"),
        row("tr5", "新建學校5所,其中幼兒園2個",
            "學校 | - | AMOUNT EXACTLY 5所 | - | q=- | src=學校5所@2",
            "幼兒園 | - | AMOUNT EXACTLY 2个 | - | q=- | src=幼兒園2個@9 | part"),
        row("tr6", "完成造林1.5萬畝、改造農村公路兩百公里",
            "造林 | - | AMOUNT EXACTLY 1.5万亩 | - | q=- | src=造林1.5萬畝@2",
            "改造農村公路 | - | AMOUNT EXACTLY 200公里 | - | q=- | src=改造農村公路兩百公里@10"),
        row("tr7", "地方財政收入增長8%左右",
            "地方財政收入 | - | GROWTH ABOUT 8% | - | q=- | src=地方財政收入增長8%左右@0"),
        row("tr8", "落實「穩經濟22條」"),
        row("tr9", "城鎮登記失業率控制在4.5%以內",
            "城鎮登記失業率 | - | LEVEL AT_MOST 4.5% | - | q=- | src=城鎮登記失業率控制在4.5%以內@0"),
        // bounds printed as symbols, as indicator tables print them
        row("sym1", "城镇污水处理率≥85%",
            "城镇污水处理率 | - | LEVEL AT_LEAST 85% | - | q=- | src=城镇污水处理率≥85%@0"),
        row("sym2", "规上工业增加值增长≥8%",
            "规上工业增加值 | - | GROWTH AT_LEAST 8% | - | q=- | src=规上工业增加值增长≥8%@0"),
        row("sym3", "城镇登记失业率≤4.5%",
            "城镇登记失业率 | - | LEVEL AT_MOST 4.5% | - | q=- | src=城镇登记失业率≤4.5%@0"),
        row("sym4", "森林覆盖率>=60%",
            "森林覆盖率 | - | LEVEL AT_LEAST 60% | - | q=- | src=森林覆盖率>=60%@0"),
        row("sym5", "单位GDP能耗＜0.5吨标准煤",
            "单位GDP能耗 | - | AMOUNT AT_MOST 0.5吨 | - | q=- | src=单位GDP能耗＜0.5吨@0"),
        // a negated comparison is its own word: 不超过 is AT_MOST though it ends with 超过, 不高于 though it ends with 高于
        row("cmp1", "生产安全事故死亡人数不超过5人",
            "生产安全事故死亡人数 | - | AMOUNT AT_MOST 5人 | - | q=- | src=生产安全事故死亡人数不超过5人@0"),
        row("cmp2", "政府负债率不高于120%",
            "政府负债率 | - | LEVEL AT_MOST 120% | - | q=- | src=政府负债率不高于120%@0"),
        row("cmp3", "新增城镇就业不少于1500人",
            "新增城镇就业 | - | AMOUNT AT_LEAST 1500人 | - | q=- | src=新增城镇就业不少于1500人@0"),
        row("cmp4", "城镇登记失业率超出4.5%",
            "城镇登记失业率 | - | LEVEL AT_LEAST 4.5% | - | q=- | src=城镇登记失业率超出4.5%@0"),
        // date phrases stay out of the metric
        row("date1", "3月底前完成改造老旧小区20个",
            "改造老旧小区 | - | AMOUNT EXACTLY 20个 | - | q=- | src=3月底前完成改造老旧小区20个@0"),
        row("date2", "力争6月底前开工率达到80%",
            "开工率 | - | LEVEL EXACTLY 80% | - | q=- | src=6月底前开工率达到80%@2"),
        row("date3", "截至9月底完成投资30亿元",
            "投资 | - | AMOUNT EXACTLY 30亿元 | - | q=- | src=截至9月底完成投资30亿元@0"),
        row("date4", "2023年底前建成5G基站100个",
            "5G基站 | - | AMOUNT EXACTLY 100个 | YEAR_END | q=- | src=2023年底前建成5G基站100个@0"),
        row("date5", "十月底前完成投资三千万元",
            "投资 | - | AMOUNT EXACTLY 3000万元 | - | q=- | src=十月底前完成投资三千万元@0"),
        row("date6", "6月30日前新增城镇就业1500人",
            "新增城镇就业 | - | AMOUNT EXACTLY 1500人 | - | q=- | src=6月30日前新增城镇就业1500人@0"),
        row("date7", "一季度完成投资20亿元,3月底前开工项目15个",
            "投资 | - | AMOUNT EXACTLY 20亿元 | Q1 | q=- | src=一季度完成投资20亿元@0",
            "开工项目 | - | AMOUNT EXACTLY 15个 | - | q=- | src=3月底前开工项目15个@12"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("sentences")
  void avoidsTheTrapsOfOtherPlacesLists(String id, String sentence, List<String> expected) {
    TargetRows.assertTargets(sentence, expected);
    assertThat(TargetParser.extract(sentence).warnings()).as(sentence).isEmpty();
  }

  @Test
  void partsAreMarkedInTheJsonAndWholesAreNot() throws Exception {
    String json = TrackerJson.mapper().writeValueAsString(TargetParser.parse("新建学校20所,其中幼儿园7个、小学8所"));

    assertThat(json).startsWith("[{\"metric\":\"学校\"");
    assertThat(json.split("\"part\":true", -1)).hasSize(3);
    assertThat(json).contains("\"end\":7},\"due\":null},{\"metric\":\"幼儿园\"");
  }
}
