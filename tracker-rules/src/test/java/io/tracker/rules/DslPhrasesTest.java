package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.rules.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Phrases of tracker.dsl that the default risk rules do not use compile and mean what they say. */
class DslPhrasesTest {
  static final String RULES = """
      package io.tracker.rules;
      import io.tracker.rules.fact.*;
      import io.tracker.task.Role;
      import java.util.Map;
      import java.util.OptionalInt;
      expander tracker.dsl;

      rule "完成不足六成提醒牵头单位"
      when
          指标得分
          - 已报送
          - 完成度低于60%
          该任务的牵头单位
      then
          亮蓝灯，预警代码LOW
          说明“完成不足60%，请牵头单位督办”
      end

      rule "完成六成以上且落后少于10个百分点"
      when
          指标得分
          - 完成度不低于60%
          - 落后时序进度少于10个百分点
          任务
          - 序号是1
          该任务有LOW预警
      then
          亮蓝灯，预警代码NEVER
          说明"不应出现: 任务1没有LOW预警"
      end

      rule "有配合单位的已完成指标"
      when
          指标得分
          - 已完成
          该任务的配合单位
          该任务的得分
      then
          亮蓝灯，预警代码DONE_WITH_CO
          说明"已完成"
      end
      """;

  @Test
  void unusedPhrasesCompileAndSelectTheRightTasks() {
    Scenario s = Scenario.read(ExampleScenariosTest.examples().resolve("completion-ratio/scenario-按比例得分.json"));
    RuleSet rules = RuleSet.analystDefaults().extendedBy(RuleSet.of(Map.of("extra.dslr",
        RULES.getBytes(StandardCharsets.UTF_8))));
    Assessment a = Assessor.withRules(rules).assess(s.book(), s.ledger(), s.asOf());
    // Task 1: one target at 80% → no LOW; task 2: target 2 at 25% → LOW (the task-level flag of 说明"…").
    assertThat(a.tasks().get(0).flags()).extracting(RiskFlag::code).isEmpty();
    assertThat(a.tasks().get(1).flags()).filteredOn(f -> f.code().equals("LOW")).singleElement()
        .satisfies(f -> {
          assertThat(f.message()).isEqualTo("完成不足60%,请牵头单位督办");
          assertThat(f.light()).isEqualTo(Light.BLUE);
          assertThat(f.rule()).isEqualTo("完成不足六成提醒牵头单位");
        });
    assertThat(a.tasks()).flatExtracting(TaskResult::flags).extracting(RiskFlag::code)
        .doesNotContain("NEVER", "DONE_WITH_CO");
  }
}
