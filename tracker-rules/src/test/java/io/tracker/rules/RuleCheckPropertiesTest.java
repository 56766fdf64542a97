package io.tracker.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.rules.scenario.RuleCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code rules check} refuses every rule set that cannot assess the probe book: rule sets made by
 * switching off, at random (seeded), a default rule some result depends on — and perhaps one that no
 * result depends on — each leave a result out, and the probe names a file and a rule for it (a rule
 * that derives that kind of result for others; when none does, the problem says so). A set
 * that switches off only rules no result depends on is not refused.
 */
class RuleCheckPropertiesTest {
  /** Default rules without which some task, target, unit, leader or the book lacks its score or light. */
  private static final List<String> NEEDED = List.of("指标得分:按最新报送值", "满分", "任务得分:指标得分加权平均",
      "任务得分:无指标任务已完成计满分", "任务得分:无指标任务推进中按报送百分比", "任务得分:无指标任务未报送计0分",
      "单位得分:加权平均", "包抓领导得分:任务得分平均", "总分:任务得分平均", "任务亮灯:红灯", "任务亮灯:黄灯",
      "任务亮灯:绿灯");

  /** Default rules only flags or lights the defaults never raise depend on. */
  private static final List<String> SPARE = List.of("任务亮灯:橙灯", "红灯已追赶", "临期提醒");

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void aSetWithoutARuleSomeResultNeedsIsRefusedNamingFileAndRule(long seed) {
    Random random = new Random(seed);
    List<String> off = new ArrayList<>();
    off.add(NEEDED.get(random.nextInt(NEEDED.size())));
    if (random.nextBoolean()) {
      off.add(SPARE.get(random.nextInt(SPARE.size())));
    }
    List<RuleProblem> problems = RuleCheck.probe(Assessor.withRules(withOff(off)));
    assertThat(problems).as("switched off %s", off).isNotEmpty()
        .allSatisfy(p -> {
          assertThat(p.message()).startsWith("规则结果缺失: ").contains("(试算 试算清单, 截至 2023-");
          if (p.rule().isEmpty()) { // no rule at all derives that kind of result: nothing to point at
            assertThat(p.message()).contains("(规则集中没有任何规则给出 ");
          } else {
            assertThat(p.file()).isNotEmpty();
            assertThat(p.line()).isPositive();
          }
        });
  }

  @Test
  void aSetWithoutRulesNoResultNeedsIsNotRefused() {
    assertThat(RuleCheck.probe(Assessor.withRules(withOff(SPARE)))).isEmpty();
  }

  /** The default rules with the rules {@code names} switched off (同名规则 enabled false). */
  private static RuleSet withOff(List<String> names) {
    StringBuilder drl = new StringBuilder("package io.tracker.rules;\n");
    names.forEach(n -> drl.append("rule \"").append(n).append("\" enabled false\nwhen\nthen\nend\n"));
    return RuleSet.defaults().extendedBy(RuleSet.of(Map.of("停用.drl", drl.toString().getBytes(UTF_8))));
  }
}
