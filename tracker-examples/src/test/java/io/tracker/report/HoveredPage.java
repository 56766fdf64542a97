package io.tracker.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tracker.json.TrackerJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The report of a {@link PlacedTexts} ledger opened in Chromium with every bar of every chart
 * hovered over, and the checks that each placed text was shown as text — in the page and in the
 * tooltips — and that nothing of it ran.
 */
final class HoveredPage {
  /**
   * Hovers over every bar of every chart (ECharts' showTip action, as the mouse does) and records in
   * {@code <body data-tooltips>} what each tooltip showed: its text and the attributes of its
   * elements that could run code ({@code on…}, {@code src}).
   */
  static final String HOVER_EVERY_BAR = """
      (function () {
        var data = JSON.parse(document.getElementById("ledger-data").textContent);
        var bars = { "chart-sections": data.sections.length, "chart-leaders": data.leaders.length,
                     "chart-units": data.units.length, "chart-targets": data.targets.length };
        var tips = {};
        Object.keys(bars).forEach(function (id) {
          var dom = document.getElementById(id);
          var chart = echarts.getInstanceByDom(dom);
          tips[id] = [];
          for (var i = 0; i < bars[id]; i++) {
            chart.dispatchAction({ type: "showTip", seriesIndex: 0, dataIndex: i });
            var tip = Array.prototype.filter.call(dom.children, function (c) { return !c.querySelector("canvas"); })[0];
            var risky = [];
            Array.prototype.forEach.call(tip ? tip.querySelectorAll("*") : [], function (e) {
              Array.prototype.forEach.call(e.attributes, function (a) {
                if (a.name.indexOf("on") === 0 || a.name === "src") { risky.push(e.tagName + " " + a.name); }
              });
            });
            tips[id].push({ text: tip ? tip.textContent : null, risky: risky });
          }
        });
        document.body.dataset.tooltips = JSON.stringify(tips);
      })();
      """;

  private HoveredPage() {}

  /** The DOM after hovering, the page written under {@code dir}, with or without its policy. */
  static Document open(Chromium chromium, Path dir, PlacedTexts texts, boolean withPolicy) throws Exception {
    Path written = HtmlReport.write(texts.book(), texts.assessment(), dir);
    String html = Files.readString(written, UTF_8);
    Path page = written.resolveSibling("hovered.html");
    Files.writeString(page, Chromium.withProbe(withPolicy ? html : Chromium.withoutPolicy(html), HOVER_EVERY_BAR),
        UTF_8);
    return Jsoup.parse(chromium.dumpDom(page));
  }

  /** Every text of {@code texts} shown as text, in the page and its tooltips; nothing ran, nothing could. */
  static void assertShownAsText(Document dom, PlacedTexts texts) throws IOException {
    assertThat(dom.selectFirst("html").hasAttr("data-pwned")).as("a payload ran").isFalse();
    assertThat(dom.body().attr("data-charts-rendered")).isEqualTo("4");
    String title = texts.issuer() + "2023年政府工作报告任务督查台账（截至2023-06-30）";
    assertThat(dom.title()).isEqualTo(title);
    assertThat(dom.selectFirst("header h1").wholeText()).isEqualTo(title);
    assertThat(dom.selectFirst("header .sub").wholeText()).startsWith(texts.issuer() + " · 〔2023〕" + texts.issuer());
    assertThat(dom.selectFirst("#filter-section option[value=1]").wholeText()).isEqualTo("附件1 " + texts.section());
    Element task2 = dom.selectFirst("#task-rows > tr[data-id=2]");
    assertThat(task2.selectFirst("td.text").wholeText()).isEqualTo(texts.task());
    assertThat(task2.select(".ttext").stream().map(Element::wholeText)).containsExactly(texts.target1(), texts.target2());
    assertThat(task2.selectFirst("ul.flags").wholeText()).contains(texts.message());
    assertThat(dom.selectFirst("#task-rows > tr[data-id=1] td.unit").wholeText()).isEqualTo(texts.unit());
    assertThat(dom.selectFirst("#task-rows > tr[data-id=5] td.leader").wholeText()).isEqualTo(texts.leader());
    assertThat(dom.select("header *, #task-rows *, select *").stream().flatMap(e -> e.attributes().asList().stream())
        .filter(a -> a.getKey().startsWith("on") || a.getKey().equals("src"))).as("attributes that run code").isEmpty();

    JsonNode tips = TrackerJson.mapper().readTree(dom.body().attr("data-tooltips"));
    for (JsonNode chart : tips) {
      for (JsonNode tip : chart) {
        assertThat(tip.get("text").isTextual()).as("a tooltip was shown").isTrue();
        assertThat(tip.get("risky")).as("elements that could run code in %s", tip).isEmpty();
      }
    }
    assertThat(tips.get("chart-sections").get(0).get("text").asText()).startsWith("附件1 " + texts.section());
    assertThat(tips.get("chart-leaders").findValuesAsText("text")).anyMatch(t -> t.startsWith(texts.leader()));
    assertThat(tips.get("chart-units").findValuesAsText("text")).anyMatch(t -> t.startsWith(texts.unit() + "得分："));
    assertThat(tips.get("chart-targets").findValuesAsText("text"))
        .anyMatch(t -> t.startsWith("任务2 目标1：" + texts.target1() + "实际完成率："))
        .anyMatch(t -> t.startsWith("任务2 目标2：" + texts.target2() + "实际完成率："));
  }
}
