package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RuleHeaderTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "rule \"任务得分\"           | 任务得分",
      "  rule '任务得分'           | 任务得分",
      "rule 任务得分               | 任务得分",
      "rule \"滞后预警(无指标任务)\" salience 10 | 滞后预警(无指标任务)",
      "\trule\t\"带 空格 的名字\"   | 带 空格 的名字",
      "rule \"\"                   | ''",
      "// rule \"注释\"            | NONE",
      "rules \"复数\"              | NONE",
      "ruleflow-group \"组\"       | NONE",
      "end                        | NONE",
  })
  void readsTheNameOfTheRuleALineOpens(String line, String name) {
    assertThat(RuleHeader.name(line)).isEqualTo(Optional.ofNullable(name));
  }

  @Test
  void aSingleQuotedRuleOfAnAnalystReplacesTheDefaultRuleOfThatName() {
    String mine = "package io.tracker.rules;\nrule '滞后预警'\n  enabled false\nwhen\nthen\nend\n";
    RuleSet extended = RuleSet.defaults().extendedBy(RuleSet.of(Map.of("mine.drl", mine.getBytes(StandardCharsets.UTF_8))));
    String risk = new String(extended.content(RuleSet.RISK), StandardCharsets.UTF_8);
    assertThat(risk).doesNotContain("rule \"滞后预警\"").contains("rule \"严重滞后预警\"");
  }
}
