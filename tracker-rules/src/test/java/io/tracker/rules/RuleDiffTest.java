package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.tracker.rules.scenario.RuleDiff;
import io.tracker.rules.scenario.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleDiffTest {
  @Test
  void listsWhatTheLagThresholdTableChangesLargestFirst() {
    Scenario s = ReloadableAssessorTest.lagScenario();
    List<RuleDiff.Change> changes = RuleDiff.between(Assessor.withRules(RuleSet.analystDefaults()),
        Assessor.withRules(RuleSet.forDirectory(ReloadableAssessorTest.LAG)), s.book(), s.ledger(), s.asOf());
    // Scores are the same (the table only lights); task 1 goes yellow → blue and task 3 yellow → red.
    assertThat(changes).extracting(RuleDiff.Change::toString)
        .containsExactly("任务 3: 亮灯 YELLOW → RED", "任务 1: 亮灯 YELLOW → BLUE");
  }

  @Test
  void scoreChangesComeFirstWithTheirSign() {
    Scenario s = Scenario.read(ExampleScenariosTest.examples().resolve("completion-ratio/scenario-按比例得分.json"));
    List<RuleDiff.Change> changes = RuleDiff.between(Assessor.withRules(RuleSet.analystDefaults()),
        Assessor.withRules(RuleSet.forDirectory(ExampleScenariosTest.examples().resolve("completion-ratio"))),
        s.book(), s.ledger(), s.asOf());
    // Default: task 1 scores 80.00, task 2 62.50, task 3 (no targets, 34 %) 34.00; with 10 points
    // full marks 8.00, 6.25 and 3.40.
    assertThat(changes).extracting(RuleDiff.Change::toString).containsExactly(
        "任务 1: 得分 80.00 → 8.00 (-72.00)",
        "单位 县发改局: 得分 80.00 → 8.00 (-72.00)",
        "领导 张三: 得分 80.00 → 8.00 (-72.00)",
        "任务 2: 得分 62.50 → 6.25 (-56.25)",
        "单位 县财政局: 得分 62.50 → 6.25 (-56.25)",
        "领导 李四: 得分 62.50 → 6.25 (-56.25)",
        "任务 3: 得分 34.00 → 3.40 (-30.60)",
        "单位 县民政局: 得分 34.00 → 3.40 (-30.60)",
        "领导 王五: 得分 34.00 → 3.40 (-30.60)");
  }

  @Test
  void sameRulesChangeNothingAndChangesAreSortedOnGeneratedData() {
    Assessor defaults = DslRuleSetTest.DRL;
    qt().withFixedSeed(42L).withExamples(40).forAll(GeneratedCase.cases()).check(c -> {
      Assessment a = defaults.assess(c.book(), c.ledger(), c.asOf());
      LocalDate later = c.asOf().plusDays(45); // within the book's year, which the Assessor requires
      Assessment shifted = defaults.assess(c.book(), c.ledger(),
          later.getYear() == c.book().year() ? later : LocalDate.of(c.book().year(), 12, 31));
      List<RuleDiff.Change> changes = RuleDiff.compare(a, shifted);
      boolean sorted = true;
      for (int i = 1; i < changes.size(); i++) {
        sorted &= changes.get(i - 1).scoreChange().compareTo(changes.get(i).scoreChange()) >= 0;
      }
      long changedTasks = a.tasks().stream().filter(t -> shifted.tasks().stream()
          .anyMatch(u -> u.id().equals(t.id()) && (u.score().compareTo(t.score()) != 0 || u.light() != t.light())))
          .count();
      return RuleDiff.compare(a, a).isEmpty() && sorted
          && changes.stream().filter(ch -> ch.subject() == RuleDiff.Subject.TASK).count() == changedTasks;
    });
  }
}
