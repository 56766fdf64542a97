package io.tracker.target;

import static io.tracker.target.TargetRows.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Task sentences in the style of other counties' lists, written for this test (the parser must work
 * on unseen lists): rates kept under a ceiling, declines, Chinese and full-width numerals, 百分之,
 * ranges, 均, periods, qualifiers and labels.
 *
 * <p>Decisions visible here: 个百分点 is a unit of its own and 提高1.2个百分点 is GROWTH; 下降到/增长至 make
 * LEVEL targets; a range 6%—7% is AT_LEAST its lower end; 十件民生实事 and 十大工程 are labels but 十件
 * 重点提案 counts; 年产30万吨 describes a project and is no target.
 */
class TargetParserOtherCountiesTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        row("o1", "城镇调查失业率控制在5.5%以内",
            "城镇调查失业率 | - | LEVEL AT_MOST 5.5% | - | q=- | src=5.5%以内@10"),
        row("o2", "单位GDP能耗下降3.2%",
            "单位GDP能耗 | - | DECLINE EXACTLY 3.2% | - | q=- | src=3.2%@9"),
        row("o3", "万元GDP能耗降低2%左右",
            "万元GDP能耗 | - | DECLINE ABOUT 2% | - | q=- | src=2%左右@9"),
        row("o4", "一般公共预算收入增长6.5%",
            "一般公共预算收入 | - | GROWTH EXACTLY 6.5% | - | q=- | src=6.5%@10"),
        row("o5", "完成造林绿化两万亩",
            "造林绿化 | - | AMOUNT EXACTLY 2万亩 | - | q=- | src=两万亩@6"),
        row("o6", "新建5G基站300个",
            "5G基站 | - | AMOUNT EXACTLY 300个 | - | q=- | src=300个@6"),
        row("o7", "常住人口城镇化率提高1.2个百分点",
            "常住人口城镇化率 | - | GROWTH EXACTLY 1.2个百分点 | - | q=- | src=1.2个百分点@10"),
        row("o8", "PM2.5平均浓度下降到35微克/立方米以下",
            "PM2.5平均浓度 | - | LEVEL AT_MOST 35微克/立方米 | - | q=- | src=35微克/立方米以下@12"),
        row("o9", "居民消费价格涨幅控制在3%左右",
            "居民消费价格涨幅 | - | LEVEL ABOUT 3% | - | q=- | src=3%左右@11"),
        row("o10", "粮食总产量稳定在12亿斤以上",
            "粮食总产量 | - | MAINTAIN AT_LEAST 12亿斤 | - | q=- | src=12亿斤以上@8"),
        row("o11", "引进项目不少于20个",
            "引进项目 | - | AMOUNT AT_LEAST 20个 | - | q=- | src=20个@7"),
        row("o12", "实现地区生产总值1200亿元",
            "地区生产总值 | - | AMOUNT EXACTLY 1200亿元 | - | q=- | src=1200亿元@8"),
        row("o13", "办好十件民生实事"),
        row("o14", "实施十大工程"),
        row("o15", "全县规模以上工业增加值增长１２％",
            "规模以上工业增加值 | - | GROWTH EXACTLY 12% | - | q=- | src=１２％@13"),
        row("o16", "农村居民人均可支配收入增长百分之八",
            "农村居民人均可支配收入 | - | GROWTH EXACTLY 8% | - | q=- | src=百分之八@13"),
        row("o17", "新建两个社区养老服务中心",
            "社区养老服务中心 | - | AMOUNT EXACTLY 2个 | - | q=- | src=两个@2"),
        row("o18", "完成十件重点提案办理",
            "重点提案办理 | - | AMOUNT EXACTLY 10件 | - | q=- | src=十件@2"),
        row("o19", "改造老旧小区二十个",
            "改造老旧小区 | - | AMOUNT EXACTLY 20个 | - | q=- | src=二十个@6"),
        row("o20", "建设一百二十个美丽乡村示范点",
            "美丽乡村示范点 | - | AMOUNT EXACTLY 120个 | - | q=- | src=一百二十个@2"),
        row("o21", "外贸进出口总额增长6%—7%",
            "外贸进出口总额 | - | GROWTH AT_LEAST 6% | - | q=- | src=6%—7%@9"),
        row("o22", "社会消费品零售总额增长6-7%",
            "社会消费品零售总额 | - | GROWTH AT_LEAST 6% | - | q=- | src=6-7%@11"),
        row("o23", "城乡居民人均可支配收入均增长7%",
            "居民人均可支配收入 | 城镇 | GROWTH EXACTLY 7% | - | q=- | src=7%@14",
            "居民人均可支配收入 | 农村 | GROWTH EXACTLY 7% | - | q=- | src=7%@14"),
        row("o24", "一般公共预算收入、税收收入分别增长5%、6%",
            "一般公共预算收入 | - | GROWTH EXACTLY 5% | - | q=- | src=5%@17",
            "税收收入 | - | GROWTH EXACTLY 6% | - | q=- | src=6%@20"),
        row("o25", "上半年完成固定资产投资60亿元,前三季度完成100亿元",
            "固定资产投资 | - | AMOUNT EXACTLY 60亿元 | H1 | q=- | src=60亿元@11",
            "固定资产投资 | - | AMOUNT EXACTLY 100亿元 | FIRST_THREE_QUARTERS | q=- | src=100亿元@22"),
        row("o26", "年底前建成投用污水处理厂3座",
            "污水处理厂 | - | AMOUNT EXACTLY 3座 | YEAR_END | q=- | src=3座@12"),
        row("o27", "森林覆盖率保持在65%以上",
            "森林覆盖率 | - | MAINTAIN AT_LEAST 65% | - | q=- | src=65%以上@8"),
        row("o28", "全面完成“十四五”规划中期评估"),
        row("o29", "深入开展第三次全国土壤普查"),
        row("o30", "2023年3月10日前完成招标"),
        row("o31", "创建AAA级旅游景区2个",
            "AAA级旅游景区 | - | AMOUNT EXACTLY 2个 | - | q=- | src=2个@10"),
        row("o32", "新增高标准农田5.2万亩,其中高效节水灌溉面积1万亩",
            "新增高标准农田 | - | AMOUNT EXACTLY 5.2万亩 | - | q=- | src=5.2万亩@7",
            "高效节水灌溉面积 | - | AMOUNT EXACTLY 1万亩 | - | q=- | src=1万亩@23"),
        row("o33", "化学需氧量、氨氮排放量分别减少2%、3%",
            "化学需氧量 | - | DECLINE EXACTLY 2% | - | q=- | src=2%@15",
            "氨氮排放量 | - | DECLINE EXACTLY 3% | - | q=- | src=3%@18"),
        row("o34", "城镇新增就业3000人以上,城镇登记失业率控制在4.5%以内",
            "城镇新增就业 | - | AMOUNT AT_LEAST 3000人 | - | q=- | src=3000人以上@6",
            "城镇登记失业率 | - | LEVEL AT_MOST 4.5% | - | q=- | src=4.5%以内@24"),
        row("o35", "R&D经费投入强度达到2.1%",
            "R&D经费投入强度 | - | LEVEL EXACTLY 2.1% | - | q=- | src=2.1%@11"),
        row("o36", "生猪出栏稳定在50万头左右",
            "生猪出栏 | - | MAINTAIN ABOUT 50万头 | - | q=- | src=50万头左右@7"),
        row("o37", "全年接待游客800万人次,实现旅游综合收入45亿元",
            "接待游客 | - | AMOUNT EXACTLY 800万人次 | - | q=- | src=800万人次@6",
            "旅游综合收入 | - | AMOUNT EXACTLY 45亿元 | - | q=- | src=45亿元@21"),
        row("o38", "新增规上工业企业不少于10户,新增上市企业1家",
            "新增规上工业企业 | - | AMOUNT AT_LEAST 10户 | - | q=- | src=10户@11",
            "新增上市企业 | - | AMOUNT EXACTLY 1家 | - | q=- | src=1家@21"),
        row("o39", "万亿级产业集群培育取得突破"),
        row("o40", "土地出让收入不低于8亿元",
            "土地出让收入 | - | AMOUNT AT_LEAST 8亿元 | - | q=- | src=8亿元@9"),
        row("o41", "招引投资10亿元以上的项目5个",
            "招引投资10亿元以上的项目 | - | AMOUNT EXACTLY 5个 | - | q=10亿元以上 | src=5个@13"),
        row("o42", "建成年产30万吨饲料加工项目"),
        row("o43", "累计建成5G基站1200个",
            "累计建成5G基站 | - | AMOUNT EXACTLY 1200个 | - | q=- | src=1200个@8"),
        row("o44", "居民人均可支配收入增长至3.5万元",
            "居民人均可支配收入 | - | LEVEL EXACTLY 3.5万元 | - | q=- | src=3.5万元@12"),
        row("o45", "单位地区生产总值二氧化碳排放下降4%",
            "单位地区生产总值二氧化碳排放 | - | DECLINE EXACTLY 4% | - | q=- | src=4%@16"),
        row("o46", "新增城镇就业１２００人、培训农民工２万人次",
            "新增城镇就业 | - | AMOUNT EXACTLY 1200人 | - | q=- | src=１２００人@6",
            "培训农民工 | - | AMOUNT EXACTLY 2万人次 | - | q=- | src=２万人次@17"),
        row("o47", "第一季度实现开门红,固定资产投资增长15%以上",
            "固定资产投资 | - | GROWTH AT_LEAST 15% | - | q=- | src=15%以上@18"),
        row("o48", "实施“百千万”工程"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("sentences")
  void readsTargetsOfOtherCountiesLists(String id, String sentence, List<String> expected) {
    TargetRows.assertTargets(sentence, expected);
  }
}
