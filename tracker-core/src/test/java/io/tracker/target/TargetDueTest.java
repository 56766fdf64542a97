package io.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.json.TrackerJson;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Due dates printed before a target (阶段节点): read into {@link Target#due()}, never into the metric. */
class TargetDueTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "3月底前完成投资5亿元              | 投资           | 03-31 | 3月底前",
    "上半年新建学校3所                 | 学校           | 06-30 | 上半年",
    "9月投入使用污水处理厂2座          | 投入使用污水处理厂 | 09-30 | 9月",
    "二季度末开工率达到80%             | 开工率         | 06-30 | 二季度末",
    "年底前完成改造老旧小区20个        | 改造老旧小区   | 12-31 | 年底前",
    "6月30日前完成造林1万亩            | 造林           | 06-30 | 6月30日前",
    "十月底前建成充电桩50个            | 充电桩         | 10-31 | 十月底前",
    "9月中旬前完成摸底村庄12个         | 摸底村庄       | 09-20 | 9月中旬前",
    "一季度开工率达80%以上             | 开工率         | 03-31 | 一季度",
  })
  void readsTheDueDateAndKeepsItOutOfTheMetric(String sentence, String metric, String day, String printed) {
    Target target = TargetParser.parse(sentence).get(0);
    assertThat(target.metric()).isEqualTo(metric);
    assertThat(target.due()).contains(new Due(MonthDay.parse("--" + day), printed));
  }

  @Test
  void eachPhaseOfOneSentenceHasItsOwnDate() {
    List<Target> targets = TargetParser.parse("3月底前完成投资5亿元,6月底前完成投资10亿元");
    assertThat(targets).extracting(Target::metric).containsExactly("投资", "投资");
    assertThat(targets).extracting(Target::due).containsExactly(
        Optional.of(new Due(MonthDay.of(3, 31), "3月底前")), Optional.of(new Due(MonthDay.of(6, 30), "6月底前")));
    assertThat(targets).extracting(Target::period).containsOnly(Optional.empty());
  }

  @Test
  void noDueDateWithoutADateOrPeriod() {
    assertThat(TargetParser.parse("地方财政收入增长13%").get(0).due()).isEmpty();
    assertThat(TargetParser.parse("2月30日前完成投资5亿元").get(0).due()).isEmpty();
  }

  @Test
  void aBookWritesTheDueDateInItsYearAndReadsItBack() throws Exception {
    var book = io.tracker.imports.TaskBookReader.read(new java.io.StringReader("""
        序号,任务,责任单位,完成时限,年度
        1,"3月底前完成投资5亿元,6月底前完成投资10亿元",县发改局,5月底前动工,2023
        """), "tasks.csv").book();
    String json = TrackerJson.mapper().writeValueAsString(book);
    assertThat(json).contains("\"due\":{\"date\":\"2023-03-31\",\"printed\":\"3月底前\"}")
        .contains("\"due\":{\"date\":\"2023-06-30\",\"printed\":\"6月底前\"}");
    assertThat(TrackerJson.readTaskBook(new java.io.StringReader(json), "book.json")).isEqualTo(book);
  }
}
