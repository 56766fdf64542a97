package io.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tracker.json.TrackerJson;
import io.tracker.rules.Assessment;
import io.tracker.rules.LeaderResult;
import io.tracker.rules.RiskFlag;
import io.tracker.rules.TargetResult;
import io.tracker.rules.TaskResult;
import io.tracker.rules.UnitResult;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  private static final TaskBook BOOK = LedgerFixture.book();
  private static final Assessment ASSESSMENT = LedgerFixture.assessment();

  @TempDir Path dir;

  @Test
  void writesOneSelfContainedPage() throws IOException {
    Path file = HtmlReport.write(BOOK, ASSESSMENT, dir.resolve("out"));
    assertThat(file).isEqualTo(dir.resolve("out").resolve("index.html"));
    Document page = Jsoup.parse(file.toFile(), "UTF-8");
    assertThat(page.title()).isEqualTo("西乡县2023年政府工作报告任务督查台账（截至2023-06-30）");
    assertThat(page.selectFirst("h1").text()).isEqualTo(page.title());
    assertThat(page.select("[src], link[href]")).as("nothing loaded from elsewhere").isEmpty();
    assertThat(page.select("script")).hasSize(4);
    assertThat(page.select("script").get(1).data())
        .as("ECharts inlined from the webjar")
        .hasSizeGreaterThan(900_000)
        .contains("echarts");
    assertThat(page.select("div.chart")).hasSize(HtmlReport.CHARTS);
  }

  @Test
  void tableHasOneRowPerTaskWithTheModelsValues() throws IOException {
    Document page = Jsoup.parse(HtmlReport.write(BOOK, ASSESSMENT, dir).toFile(), "UTF-8");
    List<Element> rows = page.select("#task-rows > tr.task");
    assertThat(rows.stream().map(r -> r.attr("data-id")).toList())
        .containsExactly("1", "2", "5", "10", "29", "34", "44", "73", "78", "79", "82", "88", "94",
            "106");
    for (TaskResult result : ASSESSMENT.tasks()) {
      Task task = BOOK.task(result.id()).orElseThrow();
      Element row = page.selectFirst("#task-rows > tr[data-id=" + result.id() + "]");
      assertThat(row.attr("data-light")).isEqualTo(result.light().name());
      assertThat(row.attr("data-section")).isEqualTo(String.valueOf(task.section()));
      assertThat(row.selectFirst("td.text").text()).isEqualTo(task.text());
      assertThat(row.selectFirst("td.score").attr("data-value"))
          .isEqualTo(result.score().toPlainString());
      assertThat(row.selectFirst("td.light").text()).isEqualTo(Lights.label(result.light()));
      List<Element> flags = row.select("ul.flags > li");
      assertThat(flags).hasSize(result.flags().size());
      for (int i = 0; i < flags.size(); i++) {
        RiskFlag flag = result.flags().get(i);
        assertThat(flags.get(i).text())
            .contains(flag.message())
            .contains("规则：" + flag.rule())
            .contains(Lights.flagLabel(flag.code()));
      }
      assertThat(row.select("ul.targets > li")).hasSize(result.targets().size());
    }
    Element row5 = page.selectFirst("#task-rows > tr[data-id=5]");
    assertThat(row5.selectFirst("td.unit").text()).isEqualTo("县发改局");
    assertThat(row5.select("ul.targets > li").get(1).text())
        .isEqualTo("发行专债4.5亿元以上20.0% / 时序54.2%");
    assertThat(row5.select("ul.flags > li").get(0).text())
        .startsWith("严重滞后 发行专债4.5亿元以上仅完成20.0%");
  }

  @Test
  void embedsTheChartDataAsJson() throws IOException {
    Document page = Jsoup.parse(HtmlReport.write(BOOK, ASSESSMENT, dir).toFile(), "UTF-8");
    JsonNode data = TrackerJson.mapper()
        .readTree(page.getElementById("ledger-data").data());

    List<UnitResult> units = ASSESSMENT.units().stream()
        .sorted(Comparator.comparing(UnitResult::score).reversed().thenComparing(UnitResult::name))
        .toList();
    assertThat(data.get("units")).hasSize(units.size());
    for (int i = 0; i < units.size(); i++) {
      assertThat(data.get("units").get(i).get("name").asText()).isEqualTo(units.get(i).name());
      assertThat(data.get("units").get(i).get("score").decimalValue())
          .isEqualByComparingTo(units.get(i).score().setScale(1, RoundingMode.HALF_UP));
    }
    assertThat(data.get("leaders").findValuesAsText("name"))
        .containsExactlyInAnyOrderElementsOf(
            ASSESSMENT.leaders().stream().map(LeaderResult::name).toList());
    assertThat(data.get("sections").findValuesAsText("name"))
        .containsExactly("附件1", "附件2", "附件3");
    assertThat(data.get("sections").get(1).get("counts").get("RED").asInt()).isEqualTo(1);

    List<String> labels = new ArrayList<>();
    List<BigDecimal> completions = new ArrayList<>();
    for (TaskResult task : ASSESSMENT.tasks()) {
      for (TargetResult target : task.targets()) {
        labels.add(task.id() + "-" + target.position());
        completions.add(target.completion().multiply(BigDecimal.valueOf(100)));
      }
    }
    assertThat(data.get("targets").findValuesAsText("label")).containsExactlyElementsOf(labels);
    for (int i = 0; i < completions.size(); i++) {
      assertThat(data.get("targets").get(i).get("completion").decimalValue())
          .isEqualByComparingTo(completions.get(i).setScale(1, RoundingMode.HALF_UP));
    }
    JsonNode fiveTwo = data.get("targets").get(labels.indexOf("5-2"));
    assertThat(fiveTwo.get("text").asText()).isEqualTo("发行专债4.5亿元以上");
    assertThat(fiveTwo.get("expected").decimalValue()).isEqualByComparingTo("54.2");
    assertThat(fiveTwo.get("light").asText()).isEqualTo("RED");
  }

  @Test
  void itsPolicyLoadsNothingAndRunsExactlyItsOwnScripts() throws IOException {
    Document page = Jsoup.parse(HtmlReport.write(BOOK, ASSESSMENT, dir).toFile(), "UTF-8");
    Element meta = page.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
    assertThat(page.head().select("script")).as("every script comes after the policy, in the body").isEmpty();
    List<String> executable = page.select("script:not([type])").stream().map(Element::data).toList();
    assertThat(executable).hasSize(3);
    String hashes = String.join(" ", executable.stream().map(HtmlReport::hashSource).toList());
    assertThat(meta.attr("content")).isEqualTo("default-src 'none'; script-src " + hashes
        + "; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
    assertThat(page.select("script[type]")).singleElement()
        .satisfies(data -> assertThat(data.attr("type")).isEqualTo("application/json"));
    assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream())
        .filter(a -> a.getKey().startsWith("on"))).as("inline event handlers").isEmpty();
  }

  @Test
  void hashSourceIsTheBase64OfTheScriptsSha256() {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    assertThat(HtmlReport.hashSource("alert(1)")).isEqualTo("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  }

  @Test
  void escapesEveryTextItShows() throws IOException {
    String hostile = "</script><script>alert(\"x\")</script> & <b>粗体</b>";
    List<Task> tasks = new ArrayList<>(LedgerFixture.tasks());
    Task first = tasks.get(0);
    tasks.set(0, new Task(first.id(), first.section(), hostile + first.text(),
        LedgerFixture.units("县财政局<i>"), List.of("王<永>安"), first.deadline(), List.of()));
    TaskBook book = LedgerFixture.book(tasks);
    Assessment assessment = LedgerFixture.assessment(book);

    Path file = HtmlReport.write(book, assessment, dir);
    String html = Files.readString(file, StandardCharsets.UTF_8);
    Document page = Jsoup.parse(html);

    assertThat(page.select("script")).hasSize(4);
    assertThat(page.select("b")).allMatch(b -> b.id().equals("shown"));
    assertThat(page.select("i")).isEmpty();
    Element row = page.selectFirst("#task-rows > tr[data-id=1]");
    assertThat(row.selectFirst("td.text").text()).isEqualTo(hostile + first.text());
    assertThat(row.selectFirst("td.unit").text()).isEqualTo("县财政局<i>");
    assertThat(row.selectFirst("td.leader").text()).isEqualTo("王<永>安");
    String json = page.getElementById("ledger-data").data();
    assertThat(json).doesNotContain("<");
    JsonNode data = TrackerJson.mapper().readTree(json);
    assertThat(data.get("units").findValuesAsText("name")).contains("县财政局<i>");
    assertThat(data.get("leaders").findValuesAsText("name")).contains("王<永>安");
  }
}
