package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.rules.scenario.RuleDirectory;
import io.tracker.rules.scenario.Scenario;
import io.tracker.rules.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RuleDirectory#check}, the library call behind {@code tracker rules check}: a directory's
 * rules compiled over the defaults, the probe book and the caller's probes assessed, its scenarios
 * read; every problem one line under the directory.
 */
class RuleDirectoryTest {
  @TempDir Path temp;

  /** A copy of the example directory lag-thresholds (rules, a decision table, a scenario). */
  private Path lagThresholds() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("规则"));
    try (Stream<Path> files = Files.list(ReloadableAssessorTest.LAG)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName().toString()));
      }
    }
    return dir;
  }

  @Test
  void aGoodDirectoryGivesItsAssessorAndNoProblem() throws IOException {
    Path dir = lagThresholds();
    RuleDirectory.Checked checked = RuleDirectory.check(dir);
    assertThat(checked.problems()).isEmpty();
    Scenario scenario = Scenario.read(dir.resolve("scenario-阈值.json"));
    assertThat(ScenarioRunner.problems(checked.assessor().orElseThrow(), List.of(scenario))).isEmpty();
  }

  @Test
  void aRuleThatDoesNotCompileIsOneLineUnderTheDirectoryAndNoAssessor() throws IOException {
    Path dir = lagThresholds();
    Files.writeString(dir.resolve("坏.drl"), "package io.tracker.rules;\nrule \"坏\"\nwhen\n  TaskFact( nope > 1 )\nthen\nend\n");
    RuleDirectory.Checked checked = RuleDirectory.check(dir);
    assertThat(checked.assessor()).isEmpty();
    assertThat(checked.problems()).singleElement().asString()
        .startsWith(dir.resolve("坏.drl") + ":4:0: rule \"坏\": ");
  }

  @Test
  void theCallersProbesAndABrokenScenarioAreProblemsInThatOrder() throws IOException {
    Path dir = lagThresholds();
    Files.writeString(dir.resolve("scenario-坏.json"), "{\"asOf\": \"2023-06-30\",\n \"book\": 5}\n");
    RuleDirectory.Checked checked = RuleDirectory.check(dir,
        assessor -> List.of(new RuleProblem("停用默认滞后规则.drl", 3, "滞后预警", "宿主的样本清单未亮灯")));
    assertThat(checked.assessor()).isPresent();
    assertThat(checked.problems()).hasSize(2);
    assertThat(checked.problems().get(0))
        .isEqualTo(dir.resolve("停用默认滞后规则.drl") + ":3:0: rule \"滞后预警\": 宿主的样本清单未亮灯");
    assertThat(checked.problems().get(1)).startsWith(dir.resolve("scenario-坏.json") + ":");
  }

  @Test
  void aFileIsNotARuleDirectory() throws IOException {
    Path file = Files.writeString(temp.resolve("rules.drl"), "package io.tracker.rules;\n");
    RuleDirectory.Checked checked = RuleDirectory.check(file);
    assertThat(checked.assessor()).isEmpty();
    assertThat(checked.problems()).containsExactly(file + ":0:0: \"" + file + "\" 不是目录: 应为规则目录");
  }
}
