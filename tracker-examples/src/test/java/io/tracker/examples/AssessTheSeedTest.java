package io.tracker.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.rules.Assessment;
import io.tracker.rules.Light;
import io.tracker.rules.RiskFlag;
import io.tracker.rules.TaskResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the README's embedding example on the repository's seed and sample ledger. */
class AssessTheSeedTest {
  private static final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private static Assessment assessment;

  @BeforeAll
  static void runTheExample() throws IOException {
    assessment = AssessTheSeed.run(Path.of(".."), new PrintStream(printed, true, UTF_8));
  }

  @Test
  void printsEveryTaskThatIsNotGreenWithTheFlagThatExplainsItsLight() {

    assertThat(assessment.tasks()).hasSize(107);
    var notGreen = assessment.tasks().stream().filter(t -> t.light() != Light.GREEN).toList();
    assertThat(printed.toString(UTF_8).lines())
        .hasSize(notGreen.size())
        .allSatisfy(line -> assertThat(notGreen).anySatisfy(t -> assertThat(line).startsWith(t.id() + " " + t.light())));
    for (TaskResult task : notGreen) {
      RiskFlag first = task.flags().get(0);
      assertThat(first.light()).as("first flag of task %s explains its light", task.id()).isEqualTo(task.light());
    }
  }

  @Test
  void theSimulatedMissedFirstQuarterLightsTask10Red() {
    // Task 10 holds the seed's only first-quarter target (一季度开工率达80%以上); the simulator always
    // misses one first-quarter phase, so at 30 June it must be flagged PHASE_MISSED and lit red.
    TaskResult task10 = assessment.tasks().stream().filter(t -> t.id().equals("10")).findFirst().orElseThrow();
    assertThat(task10.light()).isEqualTo(Light.RED);
    assertThat(task10.flags()).extracting(RiskFlag::code).contains("PHASE_MISSED");
    assertThat(task10.flags().get(0).code()).isEqualTo("PHASE_MISSED");
  }
}
