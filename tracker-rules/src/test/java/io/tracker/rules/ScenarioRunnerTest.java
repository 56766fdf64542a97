package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.rules.scenario.Scenario;
import io.tracker.rules.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRunnerTest {
  @Test
  void breakingOneThresholdMakesTheScenarioFailWithADiff(@TempDir Path dir) throws IOException {
    copy(ExampleScenariosTest.examples().resolve("lag-thresholds"), dir);
    Path table = dir.resolve("滞后亮灯.drl.csv");
    Files.writeString(table, Files.readString(table).replace("\"5, 15\"", "\"5, 8\""));

    List<ScenarioRunner.Result> results = ScenarioRunner.runDirectory(dir);

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.passed()).isFalse();
      assertThat(r.differences()).containsExactly(
          "任务 1 亮灯: 期望 BLUE, 实际 GREEN",
          "任务 1 预警: 期望 [LAGGING], 实际 []");
    });
  }

  @Test
  void scoresAreComparedWithinTheTolerance(@TempDir Path dir) throws IOException {
    copy(ExampleScenariosTest.examples().resolve("step-bonus"), dir);
    Path scenario = dir.resolve("scenario-加减分.json");
    Files.writeString(scenario, Files.readString(scenario).replace("\"2\": {\"score\": 9}", "\"2\": {\"score\": 9.02}"));

    assertThat(ScenarioRunner.runDirectory(dir)).singleElement()
        .satisfies(r -> assertThat(r.differences()).containsExactly("任务 2 得分: 期望 9.02 ± 0.01, 实际 9.00"));
  }

  @Test
  void aScenarioMayNameItsBookAndLedgerFiles(@TempDir Path dir) throws IOException {
    copy(ExampleScenariosTest.examples().resolve("completion-ratio"), dir);
    Path inline = dir.resolve("scenario-按比例得分.json");
    Scenario s = Scenario.read(inline);
    Files.createDirectories(dir.resolve("data"));
    io.tracker.json.TrackerJson.mapper().writeValue(dir.resolve("data/book.json").toFile(), s.book());
    io.tracker.ledger.LedgerWriter.writeCsv(s.ledger(), dir.resolve("data/ledger.csv"));
    String json = Files.readString(inline);
    String withFiles = "{\n  \"book\": \"data/book.json\",\n  \"ledgerFile\": \"data/ledger.csv\",\n"
        + json.substring(json.indexOf("\"asOf\""), json.indexOf("\"tasks\": [")) + json.substring(json.indexOf("\"tolerance\""));
    Files.writeString(inline, withFiles);

    Scenario fromFiles = Scenario.read(inline);
    assertThat(fromFiles.book().tasks()).hasSize(3);
    assertThat(fromFiles.ledger().reports()).hasSize(4);
    assertThat(ScenarioRunner.runDirectory(dir)).singleElement().satisfies(r -> assertThat(r.differences()).isEmpty());
  }

  @Test
  void aMalformedScenarioIsAnInputErrorWithLineAndColumn(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\n  \"asOf\": \"2023-06-30\",\n  \"expect\": {\"tasks\": {\"1\": {\"scor\": 1}}}\n}\n");
    assertThatThrownBy(() -> Scenario.read(file))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.problem()).contains("scor");
        });
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        try (InputStream in = Files.newInputStream(file)) {
          Files.copy(in, target);
        }
      }
    }
  }
}
