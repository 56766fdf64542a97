package io.tracker.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

/**
 * Headless Chromium ({@code /usr/bin/chromium}) for the browser tests: the DOM a page leaves after
 * its scripts ran ({@code --dump-dom}), screenshots, and test probes added to a written page.
 * Without Chromium the tests are skipped, except on CI (environment variable CI set), where they fail.
 */
final class Chromium {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private final Path work;

  Chromium(Path work) {
    this.work = work;
  }

  /** Skips the calling test when Chromium is missing (fails it on CI). */
  static void assumeInstalled() {
    if (Files.isExecutable(CHROMIUM)) {
      return;
    }
    String missing = CHROMIUM + " is not installed (apt-get install chromium)";
    if (System.getenv("CI") != null) {
      fail(missing);
    }
    assumeTrue(false, missing);
  }

  /** The DOM of {@code page} once its scripts (and five seconds of virtual time) have run. */
  String dumpDom(Path page) throws IOException, InterruptedException {
    return run(page, "--dump-dom");
  }

  /** Runs headless Chromium on {@code page} and returns what it printed on standard output. */
  String run(Path page, String... action) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--virtual-time-budget=5000"));
    command.addAll(Arrays.asList(action));
    command.add(page.toUri().toString());
    Path stdout = Files.createTempFile(work, "chromium", ".out");
    Path stderr = Files.createTempFile(work, "chromium", ".err");
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("chromium did not finish: " + Files.readString(stderr));
    }
    assertThat(process.exitValue())
        .as("chromium exit status; stderr: %s", Files.readString(stderr))
        .isZero();
    return Files.readString(stdout, UTF_8);
  }

  /**
   * {@code page} with {@code script} run last: a test's probe, allowed by the page's
   * Content-Security-Policy (when it has one) through its own hash, as the page's scripts are.
   */
  static String withProbe(String page, String script) {
    int end = page.lastIndexOf("</body>");
    String allowed = page.substring(0, end).replaceFirst("script-src ", "script-src "
        + Matcher.quoteReplacement(HtmlReport.hashSource(script)) + " ");
    return allowed + "<script>" + script + "</script>\n" + page.substring(end);
  }

  /** {@code page} without its Content-Security-Policy, to see what escaping alone does. */
  static String withoutPolicy(String page) {
    String withoutMeta = page.replaceFirst("<meta http-equiv=\"Content-Security-Policy\" content=\"[^\"]*\">\n", "");
    assertThat(withoutMeta).as("page without its policy").isNotEqualTo(page);
    return withoutMeta;
  }
}
