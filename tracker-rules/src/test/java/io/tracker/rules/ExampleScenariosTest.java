package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.tracker.rules.scenario.Scenario;
import io.tracker.rules.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every scenario shipped with the example rule sets passes against its rule set. */
class ExampleScenariosTest {
  static Path examples() {
    try {
      return Path.of(ExampleScenariosTest.class.getResource("/io/tracker/rules/examples").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> ruleSetDirectories() {
    try (Stream<Path> dirs = Files.list(examples())) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicNode> exampleScenariosPass() {
    List<Path> dirs = ruleSetDirectories();
    assertThat(dirs).extracting(d -> d.getFileName().toString()).containsExactly("completion-ratio", "dsl-risk",
        "five-colours", "indicator-points", "key-tasks-chengdu", "lag-thresholds", "light-deductions", "period-weights",
        "rating-80-20", "step-bonus", "tiered", "xuancheng-tallies");
    return dirs.stream().map(dir -> {
      Assessor assessor = Assessor.withRules(RuleSet.forDirectory(dir));
      List<Path> files = RuleSet.scenarioFiles(dir);
      assertThat(files).as("scenarios of %s", dir).isNotEmpty();
      return DynamicContainer.dynamicContainer(dir.getFileName().toString(), files.stream().map(file ->
          dynamicTest(file.getFileName().toString(), () -> {
            ScenarioRunner.Result result = ScenarioRunner.run(assessor, Scenario.read(file));
            assertThat(result.differences()).as(result.scenario().name()).isEmpty();
          })));
    });
  }
}
