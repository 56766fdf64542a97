package io.tracker.report;

import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import io.tracker.json.TrackerJson;
import io.tracker.rules.Assessment;
import io.tracker.rules.RiskFlag;
import io.tracker.rules.TaskResult;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The terminal and HTML views hold for any task text, unit, leader and flag message. */
class ReportPropertiesTest {

  /** The fixture with task 1's text, lead unit, leader and flag message replaced. */
  private static LedgerView withTask1(String text, String unit, String leader, String message) {
    List<Task> tasks = new ArrayList<>(LedgerFixture.tasks());
    Task first = tasks.get(0);
    tasks.set(0, new Task("1", first.section(), text, LedgerFixture.units(unit),
        List.of(leader), first.deadline(), first.targets()));
    TaskBook book = LedgerFixture.book(tasks);
    Assessment base = LedgerFixture.assessment(book);
    List<TaskResult> results = new ArrayList<>(base.tasks());
    TaskResult one = results.get(0);
    results.set(0, new TaskResult("1", one.score(), one.light(),
        List.of(new RiskFlag("1", OptionalInt.of(1), "LAGGING", one.light(), "进度滞后", message,
            Map.of("完成率", message))), one.targets()));
    return LedgerView.of(book, new Assessment(base.asOf(), results, base.units(), base.leaders(),
        base.total()));
  }

  @Test
  void terminalLightColumnLinesUpForAnyTexts() {
    qt().withFixedSeed(42L).withExamples(200)
        .forAll(ReportTexts.mixed(0, 60), ReportTexts.mixed(1, 30).assuming(s -> !s.isBlank()),
            ReportTexts.mixed(1, 12), ReportTexts.mixed(0, 80))
        .check((text, unit, leader, message) -> {
          LedgerView view = withTask1(text, unit, leader, message);
          List<String> lines =
              TerminalLedger.render(view.book(), view.assessment(), false).lines().toList();
          List<Integer> columns = new ArrayList<>();
          for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("序号")) {
              columns.add(DisplayWidth.of(lines.get(i).substring(0, lines.get(i).indexOf("亮灯"))));
            }
          }
          for (LedgerView.TaskRow row : view.rows()) {
            String line = lines.stream().filter(l -> l.startsWith(row.task().id() + " "))
                .findFirst().orElseThrow();
            String light = Lights.label(row.result().light());
            // The light follows the score, which ends the fixed-width part of the row.
            String score = TerminalLedger.score(row.result().score()) + "  " + light;
            columns.add(DisplayWidth.of(line.substring(0, line.indexOf(score)))
                + DisplayWidth.of(score) - DisplayWidth.of(light));
          }
          return columns.stream().distinct().count() == 1;
        });
  }

  @Test
  void htmlShowsAnyTextExactlyAndEmbedsItSafely() {
    // Each page inlines the 1 MB ECharts script, so fewer examples than usual.
    qt().withFixedSeed(42L).withExamples(40)
        .forAll(ReportTexts.mixed(0, 60), ReportTexts.mixed(1, 30).assuming(s -> !s.isBlank()),
            ReportTexts.mixed(1, 12), ReportTexts.mixed(0, 80))
        .check((text, unit, leader, message) -> {
          Document page = Jsoup.parse(HtmlReport.render(withTask1(text, unit, leader, message)));
          Element row = page.selectFirst("#task-rows > tr[data-id=1]");
          String json = page.getElementById("ledger-data").data();
          try {
            JsonNode data = TrackerJson.mapper().readTree(json);
            return page.select("script").size() == 4
                && page.select("#task-rows > tr").size() == 14
                && row.selectFirst("td.text").wholeText().equals(text)
                && row.selectFirst("td.unit").wholeText().equals(unit)
                && row.selectFirst("td.leader").wholeText().equals(leader)
                && row.selectFirst("ul.flags > li").wholeText().contains(message)
                && !json.contains("<")
                && data.get("units").findValuesAsText("name").contains(unit);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
