package io.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code tracker bench} on a small book: it checks the rules against plain Java and prints every measure (not timed). */
class BenchCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine command = TrackerCommand.withErrorHandling(new CommandLine(new TrackerCommand()));
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  @Test
  void printsEveryMeasureAfterCheckingTheResultsAgree() {
    assertThat(run("bench", "--tasks", "300", "--quick", "--runs", "1", "--as-of", "2023-12-31")).isZero();
    assertThat(out.toString()).contains("300 tasks", "results equal: yes").containsPattern("drools: [\\d,]+ tasks/s")
        .containsPattern("reference: [\\d,]+ tasks/s").containsPattern("ratio drools/reference: \\d+\\.\\d\\d")
        .containsPattern("drools with previous: [\\d,]+ tasks/s \\(given the assessment as of 2023-11-30: .*; results equal\\)")
        .containsPattern("incremental p99: \\d+\\.\\d\\d ms \\(1,000 apply calls .*; results equal\\)")
        .containsPattern("peak heap: \\d+ MB");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aSizeBelowOneIsBadInput() {
    assertThat(run("bench", "--tasks", "0")).isEqualTo(TrackerCommand.BAD_INPUT);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("--tasks 0");
  }
}
