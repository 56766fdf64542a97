package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.rules.fact.Rating;
import io.tracker.rules.scenario.Scenario;
import io.tracker.rules.scenario.ScenarioRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReloadableAssessorTest {
  static final Path LAG = ExampleScenariosTest.examples().resolve("lag-thresholds");

  static Scenario lagScenario() {
    return Scenario.read(LAG.resolve("scenario-阈值.json"));
  }

  static Light lightOfTask1(Assessment a) {
    return a.tasks().get(0).light();
  }

  @Test
  void reloadSwapsTheRulesAndAFailedBuildKeepsTheOldOnes() {
    Scenario s = lagScenario();
    ReloadableAssessor assessor = ReloadableAssessor.of(RuleSet.analystDefaults());
    assertThat(lightOfTask1(assessor.assess(s.book(), s.ledger(), s.asOf()))).isEqualTo(Light.YELLOW);

    ReloadableAssessor.Loaded loaded = assessor.reload(RuleSet.forDirectory(LAG), c -> ScenarioRunner.problems(c, List.of(s)));
    assertThat(loaded.version()).isEqualTo(2);
    assertThat(lightOfTask1(assessor.assess(s.book(), s.ledger(), s.asOf()))).isEqualTo(Light.BLUE);

    RuleSet broken = RuleSet.forDirectory(LAG)
        .with("broken.drl", "package io.tracker.rules;\nrule \"坏\"\nwhen\n  TaskFact( nope > 1 )\nthen\nend\n"
            .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> assessor.reload(broken))
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems().get(0).toString())
            .startsWith("broken.drl:4:0: rule \"坏\": "));
    assertThat(assessor.current()).isSameAs(loaded);
    assertThat(lightOfTask1(assessor.assess(s.book(), s.ledger(), s.asOf()))).isEqualTo(Light.BLUE);
  }

  @Test
  void theFullAssessCallUsesTheRulesInServiceAndChecksItsRatings() {
    Scenario s = lagScenario();
    ReloadableAssessor assessor = ReloadableAssessor.of(RuleSet.analystDefaults());
    String unit = s.book().tasks().get(0).responsibility().roles().keySet().iterator().next();
    List<Rating> ratings = List.of(new Rating(unit, "", "领导评价", new java.math.BigDecimal("90"), s.asOf()));
    Assessment before = assessor.assess(s.book(), s.ledger(), s.asOf(), ScoringPolicy.defaults(), ratings);
    assertThat(lightOfTask1(before)).isEqualTo(Light.YELLOW);
    assertThat(before).isEqualTo(Assessor.withRules(RuleSet.analystDefaults())
        .assess(s.book(), s.ledger(), s.asOf(), ScoringPolicy.defaults(), ratings));

    assessor.reload(RuleSet.forDirectory(LAG));
    assertThat(lightOfTask1(assessor.assess(s.book(), s.ledger(), s.asOf(), ScoringPolicy.defaults(), ratings)))
        .isEqualTo(Light.BLUE);
    List<Rating> stranger = List.of(new Rating("不在清单的单位", "", "领导评价", java.math.BigDecimal.TEN, s.asOf()));
    assertThatThrownBy(() -> assessor.assess(s.book(), s.ledger(), s.asOf(), ScoringPolicy.defaults(), stranger))
        .isInstanceOf(io.tracker.InputException.class)
        .hasMessage("<input>:1:0: 单位 \"不在清单的单位\" 在任务清单中没有任务: 应为清单中的责任单位");
  }

  @Test
  void rulesFailingAScenarioAreNotSwappedIn() {
    Scenario s = lagScenario();
    ReloadableAssessor assessor = ReloadableAssessor.of(RuleSet.analystDefaults());
    ReloadableAssessor.Loaded before = assessor.current();
    assertThatThrownBy(() -> assessor.reload(RuleSet.analystDefaults(), c -> ScenarioRunner.problems(c, List.of(s))))
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.message()).contains("任务 1 亮灯: 期望 BLUE, 实际 YELLOW")));
    assertThat(assessor.current()).isSameAs(before);
  }

  @Test
  void assessmentsRunningDuringReloadsSeeOneRuleSetOrTheOther() throws Exception {
    Scenario s = lagScenario();
    ReloadableAssessor assessor = ReloadableAssessor.of(RuleSet.analystDefaults());
    RuleSet lag = RuleSet.forDirectory(LAG);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Light>> lights = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        lights.add(pool.submit(() -> lightOfTask1(assessor.assess(s.book(), s.ledger(), s.asOf()))));
      }
      for (int i = 0; i < 3; i++) {
        assessor.reload(i % 2 == 0 ? lag : RuleSet.analystDefaults());
      }
      for (Future<Light> light : lights) {
        assertThat(light.get()).isIn(Light.YELLOW, Light.BLUE);
      }
      assertThat(assessor.current().version()).isEqualTo(4);
      assertThat(lightOfTask1(assessor.assess(s.book(), s.ledger(), s.asOf()))).isEqualTo(Light.BLUE);
    } finally {
      pool.shutdown();
    }
  }
}
