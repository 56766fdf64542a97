package io.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line, in a JVM of its own with the module's class path, prints no logging noise on
 * stderr: POI's log4j-api calls go to slf4j through the bridge, and slf4j to nop, now that the
 * libraries no longer bring a binding.
 */
class CommandLineLoggingTest {
  @TempDir Path dir;

  @Test
  void writingFormsAndScoringPrintNoLog4jOrSlf4jNoticeOnStderr() throws Exception {
    String book = "../seeds/000_961a157e1ab25069.txt";
    String stderr = run("template", "--book", book, "--as-of", "2023-06-30", "--out", dir.resolve("forms").toString());
    assertThat(stderr.lines()).last().asString().startsWith("已写入 30 份填报表");
    stderr += run("report", "--book", book, "--ledger", "../seeds/simulated-ledger-2023-06-30.csv", "--as-of",
        "2023-06-30", "--out", dir.resolve("report").toString());
    assertThat(stderr).doesNotContainIgnoringCase("slf4j").doesNotContainIgnoringCase("log4j")
        .doesNotContain("StatusLogger");
    assertThat(dir.resolve("report").resolve("assessment.xlsx")).exists();
  }

  private String run(String... args) throws Exception {
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8",
        "-Dstderr.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "io.tracker.cli.TrackerCommand"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(err.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String text = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(text).isZero();
    return text;
  }
}
