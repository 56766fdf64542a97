package io.tracker.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.InputException;
import io.tracker.InputWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A numeral before a unit that cannot be read with certainty gives no target and a warning at line 1
 * and its column, quoting it and saying why; never a guess.
 */
class NumeralWarningsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // sentence                | column | quoted        | reason
    "新增就业一二三人            | 5      | 一二三人      | 相邻数字可能是逐位书写或约数",
    "改造老旧小区三四个          | 7      | 三四个        | 相邻数字可能是逐位书写或约数",
    "新增就业七八万人            | 5      | 七八万人      | 相邻数字可能是逐位书写或约数",
    "引进人才二三十人            | 5      | 二三十人      | 相邻数字可能是逐位书写或约数",
    "完成投资一万五百元          | 5      | 一万五百元    | 跳过的数位缺少\"零\"",
    "完成投资一千零五百万元      | 5      | 一千零五百万元 | \"零\"的位置不对",
    "建设1万5平方米              | 3      | 1万5平方米    | 万、亿之后的阿拉伯数字可能是省略写法",
    "新增企业十几家              | 5      | 十几家        | \"几\"表示约数",
    "几十家企业入驻园区          | 1      | 几十家        | \"几\"表示约数",
    "覆盖数十个村                | 3      | 数十个        | \"数\"表示约数",
    "建设一万五千瓦光伏          | 3      | 一万五千瓦    | 可读作 一万五 千瓦, 也可读作 一万五千 瓦",
    "农村自来水普及率达到百分之八五 | 11  | 百分之八五    | 相邻数字可能是逐位书写或约数",
    "完成投资十亿亿元            | 5      | 十亿亿元      | 超出可读范围 (至多 10 的 16 次方)",
  })
  void unreadableNumeralsAreWarningsAndNoTargets(String sentence, int column, String quoted, String reason) {
    TargetExtraction extraction = TargetParser.extract(sentence);

    assertThat(extraction.targets()).as(sentence).isEmpty();
    assertThat(extraction.warnings()).singleElement().satisfies(w -> {
      assertThat(w.place().file()).isEqualTo(InputException.NO_FILE);
      assertThat(w.place().line()).isEqualTo(1);
      assertThat(w.place().column()).isEqualTo(column);
      assertThat(w.problem()).isEqualTo("数字 \"" + quoted + "\" 无法确定读法 (" + reason + "), 未作为指标: "
          + "应为规范写法, 如 \"一百二十三\"、\"一万零五\"、\"三亿五千万\" 或阿拉伯数字");
    });
  }

  @Test
  void theOtherTargetsOfTheSentenceAreStillRead() {
    TargetExtraction extraction = TargetParser.extract("新增就业一二三人,新建学校5所、幼儿园三四个");

    assertThat(extraction.targets()).extracting(t -> t.value().toString()).containsExactly("5所");
    assertThat(extraction.warnings()).extracting(w -> w.place().column()).containsExactly(5, 20);
    assertThat(TargetParser.parse("新增就业一二三人,新建学校5所")).hasSize(1);
  }

  @Test
  void warningsAreRelocatedIntoTheFileTheSentenceCameFrom() {
    InputWarning warning = TargetParser.extract("新增就业一二三人").warnings().get(0);

    assertThat(warning.relocate("tasks.csv", 12, 4).toString())
        .startsWith("tasks.csv:12:9: 警告: 数字 \"一二三人\" 无法确定读法");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "编制“十四五”规划", "推进八五普法", "2023年至二〇二五年", "庆祝五一劳动节", "落实三保障", "一二三产业融合发展",
    "实现零增长", "开展六减一增专项行动", "打造十万火急应急体系", "千方百计稳就业", "百姓满意",
  })
  void numeralsWithoutUnitsAreNeitherTargetsNorWarnings(String sentence) {
    TargetExtraction extraction = TargetParser.extract(sentence);

    assertThat(extraction.targets()).as(sentence).isEmpty();
    assertThat(extraction.warnings()).as(sentence).isEmpty();
  }
}
