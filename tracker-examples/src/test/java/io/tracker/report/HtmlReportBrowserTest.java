package io.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.imports.TaskBookReader;
import io.tracker.json.TrackerJson;
import io.tracker.ledger.LedgerReader;
import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.rules.Light;
import io.tracker.rules.TaskResult;
import io.tracker.task.TaskBook;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the written report in headless Chromium ({@code /usr/bin/chromium}, see {@link Chromium})
 * and reads back the DOM it rendered, after the page's own scripts and, where a test adds one, a
 * probe that drives it (clicks, filters, hovers over every bar to show its tooltip) and writes what
 * it saw into {@code data-} attributes of {@code <body>}.
 */
class HtmlReportBrowserTest {
  private static final Path SCREENSHOT = Path.of("target", "report-screenshot", "report.png");
  private static final Path SEED_SCREENSHOT = Path.of("target", "report-screenshot", "seed-report.png");
  private static final TaskBook BOOK = LedgerFixture.book();
  private static final Assessment ASSESSMENT = LedgerFixture.assessment();

  @TempDir static Path dir;

  @BeforeAll
  static void chromiumIsInstalled() {
    Chromium.assumeInstalled();
  }

  private static String chromium(Path page, String... action) throws IOException, InterruptedException {
    return new Chromium(dir).run(page, action);
  }

  @Test
  void rendersEveryChartWithoutErrorsAndOneRowPerTask() throws Exception {
    Path page = HtmlReport.write(BOOK, ASSESSMENT, dir.resolve("report"));
    Document dom = Jsoup.parse(chromium(page, "--dump-dom"));
    Element body = dom.body();
    assertThat(body.attr("data-errors")).as("script errors").isEmpty();
    assertThat(body.hasAttr("data-errors")).isTrue();
    assertThat(body.attr("data-charts-rendered")).isEqualTo(String.valueOf(HtmlReport.CHARTS));
    for (String chart : List.of("chart-sections", "chart-leaders", "chart-units", "chart-targets")) {
      assertThat(dom.select("#" + chart + " canvas")).as(chart).isNotEmpty();
    }
    assertThat(dom.select("#task-rows > tr.task")).hasSize(ASSESSMENT.tasks().size());
  }

  @Test
  void rendersTheMainJobsPageForEverySeedTask() throws Exception {
    // The page of `./tracker`: the seed's 107 tasks assessed at 2023-06-30 with the default rules.
    TaskBook seed = TaskBookReader.read(Path.of("../seeds/000_961a157e1ab25069.txt")).book();
    ProgressLedger ledger = LedgerReader.read(Path.of("../seeds/simulated-ledger-2023-06-30.csv"), seed);
    Assessment assessment = Assessor.withDefaultRules().assess(seed, ledger, LocalDate.of(2023, 6, 30));
    Path page = HtmlReport.write(seed, assessment, dir.resolve("seed"));
    Document dom = Jsoup.parse(chromium(page, "--dump-dom"));
    assertThat(dom.body().attr("data-errors")).as("script errors").isEmpty();
    assertThat(dom.body().attr("data-charts-rendered")).isEqualTo(String.valueOf(HtmlReport.CHARTS));
    assertThat(dom.select("#task-rows > tr.task")).hasSize(107);
    Files.createDirectories(SEED_SCREENSHOT.getParent());
    Files.deleteIfExists(SEED_SCREENSHOT);
    chromium(page, "--screenshot=" + SEED_SCREENSHOT.toAbsolutePath(), "--window-size=1400,2600");
    assertThat(Files.size(SEED_SCREENSHOT)).as("PNG bytes").isGreaterThan(50_000);
  }

  @Test
  void rendersALedgerWithManyTargetsAndUnits() throws Exception {
    TaskBook book = LedgerFixture.scaledBook(8);
    Assessment assessment = LedgerFixture.assessment(book);
    assertThat(assessment.tasks().stream().mapToInt(t -> t.targets().size()).sum())
        .isGreaterThan(100);
    Path page = HtmlReport.write(book, assessment, dir.resolve("large"));
    Document dom = Jsoup.parse(chromium(page, "--dump-dom"));
    assertThat(dom.body().attr("data-errors")).isEmpty();
    assertThat(dom.body().attr("data-charts-rendered")).isEqualTo("4");
    assertThat(dom.select("#task-rows > tr.task")).hasSize(8 * ASSESSMENT.tasks().size());
  }

  @Test
  void sortsByClickedHeaderAndFilters() throws Exception {
    Path written = HtmlReport.write(BOOK, ASSESSMENT, dir.resolve("interactive"));
    String html = Files.readString(written, StandardCharsets.UTF_8);
    String probe = """
          (function () {
            function ids() {
              return Array.prototype.filter.call(document.querySelectorAll("#task-rows tr"),
                  function (r) { return !r.hidden; })
                .map(function (r) { return r.dataset.id; }).join(",");
            }
            var score = document.querySelectorAll("#tasks thead th")[5];
            score.click();
            document.body.dataset.ascending = ids();
            score.click();
            document.body.dataset.descending = ids();
            var light = document.getElementById("filter-light");
            light.value = "RED";
            light.dispatchEvent(new Event("change"));
            document.body.dataset.red = ids();
            document.body.dataset.redShown = document.getElementById("shown").textContent;
            light.value = "";
            light.dispatchEvent(new Event("change"));
            var text = document.getElementById("filter-text");
            text.value = "王永安";
            text.dispatchEvent(new Event("input"));
            document.body.dataset.leader = ids();
          })();
        """;
    Path page = dir.resolve("interactive").resolve("probe.html");
    Files.writeString(page, Chromium.withProbe(html, probe), StandardCharsets.UTF_8);

    Element body = Jsoup.parse(chromium(page, "--dump-dom")).body();

    assertThat(body.attr("data-errors")).isEmpty();
    Comparator<TaskResult> byScore = Comparator.comparing(TaskResult::score);
    Comparator<TaskResult> byId = Comparator.comparing(t -> Integer.parseInt(t.id()));
    assertThat(body.attr("data-ascending"))
        .isEqualTo(ids(ASSESSMENT.tasks().stream().sorted(byScore.thenComparing(byId)).toList()));
    assertThat(body.attr("data-descending")).isEqualTo(
        ids(ASSESSMENT.tasks().stream().sorted(byScore.reversed().thenComparing(byId)).toList()));
    // Filtering keeps the order the table was last sorted in: score, descending.
    List<TaskResult> red = ASSESSMENT.tasks().stream()
        .filter(t -> t.light() == Light.RED)
        .sorted(byScore.reversed().thenComparing(byId))
        .toList();
    assertThat(ids(red)).isEqualTo("10,5,88");
    assertThat(body.attr("data-red")).isEqualTo(ids(red));
    assertThat(body.attr("data-red-shown")).isEqualTo(String.valueOf(red.size()));
    assertThat(body.attr("data-leader")).isEqualTo(ids(ASSESSMENT.tasks().stream()
        .filter(t -> BOOK.task(t.id()).orElseThrow().leaders().contains("王永安"))
        .sorted(byScore.reversed().thenComparing(byId))
        .toList()));
  }

  @Test
  void screenshotIsSavedAsABuildArtifact() throws Exception {
    Path page = HtmlReport.write(BOOK, ASSESSMENT, dir.resolve("screenshot"));
    Files.createDirectories(SCREENSHOT.getParent());
    Files.deleteIfExists(SCREENSHOT);
    chromium(page, "--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1400,2400");
    assertThat(SCREENSHOT).exists();
    assertThat(Files.size(SCREENSHOT)).as("PNG bytes").isGreaterThan(50_000);
    try (InputStream in = Files.newInputStream(SCREENSHOT)) {
      DataInputStream png = new DataInputStream(in);
      byte[] signature = png.readNBytes(8);
      assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
      png.readInt();
      assertThat(new String(png.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("IHDR");
      assertThat(png.readInt()).as("width").isEqualTo(1400);
      assertThat(png.readInt()).as("height").isEqualTo(2400);
    }
  }

  /** Sets an attribute on {@code <html>} when run: a payload that ran leaves it behind. */
  private static final String RUN = "document.documentElement.setAttribute('data-pwned','%s')";
  private static final String IMG = "<img src=x onerror=\"" + RUN.formatted("img") + "\">";
  private static final String SCRIPT = "</script><script>" + RUN.formatted("script") + "</script>";
  private static final String SVG = "\"><svg onload=\"" + RUN.formatted("svg") + "\">";
  private static final PlacedTexts HOSTILE = new PlacedTexts("西乡县" + SCRIPT + IMG, SVG + "附件标题" + IMG,
      IMG + "任务文本" + SCRIPT, SCRIPT + "目标一", "目标二" + IMG + "'&amp;", IMG, SVG, "预警" + IMG);

  @Test
  void hostileTextsShowAsTextEvenInTooltipsAndRunNothing() throws Exception {
    Document dom = HoveredPage.open(new Chromium(dir), dir.resolve("hostile"), HOSTILE, true);
    assertThat(dom.body().attr("data-errors")).as("script errors and policy violations").isEmpty();
    HoveredPage.assertShownAsText(dom, HOSTILE);
  }

  @Test
  void escapingAloneKeepsHostileTextsInertWithoutThePolicy() throws Exception {
    Document dom = HoveredPage.open(new Chromium(dir), dir.resolve("hostile-without-policy"), HOSTILE, false);
    assertThat(dom.body().attr("data-errors")).isEmpty();
    HoveredPage.assertShownAsText(dom, HOSTILE);
  }

  @Test
  void aPayloadPutIntoThePageAsHtmlRunsWithoutThePolicyAndIsBlockedWithIt() throws Exception {
    // The controls: the payloads do run when they reach the DOM unescaped (so the checks above
    // could fail), and the policy stops them even then.
    String inject = "document.body.insertAdjacentHTML('beforeend', " + TrackerJson.mapper().writeValueAsString(IMG)
        + ");";
    Path written = HtmlReport.write(BOOK, ASSESSMENT, dir.resolve("control"));
    String html = Files.readString(written, StandardCharsets.UTF_8);
    Path open = written.resolveSibling("open.html");
    Files.writeString(open, Chromium.withProbe(Chromium.withoutPolicy(html), inject), StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(chromium(open, "--dump-dom")).selectFirst("html").attr("data-pwned")).isEqualTo("img");

    Path guarded = written.resolveSibling("guarded.html");
    Files.writeString(guarded, Chromium.withProbe(html, inject), StandardCharsets.UTF_8);
    Document dom = Jsoup.parse(chromium(guarded, "--dump-dom"));
    assertThat(dom.selectFirst("html").hasAttr("data-pwned")).isFalse();
    assertThat(dom.body().attr("data-errors")).contains("CSP script-src-attr blocked inline");
  }

  private static String ids(List<TaskResult> tasks) {
    return String.join(",", tasks.stream().map(TaskResult::id).toList());
  }
}
