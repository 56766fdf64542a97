package io.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.rules.Assessment;
import io.tracker.rules.Light;
import io.tracker.rules.RiskFlag;
import io.tracker.rules.TaskResult;
import io.tracker.rules.UnitResult;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalLedgerTest {
  private static final TaskBook BOOK = LedgerFixture.book();
  private static final Assessment ASSESSMENT = LedgerFixture.assessment();
  private static final String PLAIN = TerminalLedger.render(BOOK, ASSESSMENT, false);
  private static final List<String> LINES = PLAIN.lines().toList();

  @Test
  void opensWithTitleAndBookTotals() {
    assertThat(LINES.get(0)).isEqualTo("西乡县2023年政府工作报告任务督查台账（截至2023-06-30）");
    assertThat(LINES.get(1)).isEqualTo("西政发〔2023〕3号  任务14项  总分 "
        + ASSESSMENT.total().setScale(1, RoundingMode.HALF_UP) + "  红灯3 黄灯4 蓝灯2 绿灯5");
  }

  @Test
  void listsSectionsInBookOrderWithTheirLightCounts() {
    List<String> headings = LINES.stream().filter(l -> l.startsWith("附件")).toList();
    assertThat(headings).containsExactly(
        "附件1 " + LedgerFixture.SECTION_1 + "（" + counts(1) + "）",
        "附件2 " + LedgerFixture.SECTION_2 + "（" + counts(2) + "）",
        "附件3 " + LedgerFixture.SECTION_3 + "（" + counts(3) + "）");
    assertThat(headings.get(0)).endsWith("（红灯2 黄灯2 蓝灯1 绿灯4）");
  }

  @Test
  void everyTaskRowShowsItsFieldsTakenFromTheModel() {
    for (TaskResult result : ASSESSMENT.tasks()) {
      Task task = BOOK.task(result.id()).orElseThrow();
      String row = row(result.id());
      assertThat(row)
          .contains(DisplayWidth.truncate(task.text(), TerminalLedger.TASK_WIDTH))
          .contains(task.responsibility().lead().map(u -> u.name()).orElse("—"))
          .contains(task.leaders().isEmpty() ? "—" : task.leaders().get(0))
          .contains(" " + result.score().setScale(1, RoundingMode.HALF_UP).toPlainString() + "  ")
          .contains(label(result.light()));
      result.flags().stream().findFirst().map(RiskFlag::message).ifPresentOrElse(
          message -> assertThat(row).endsWith(
              DisplayWidth.truncate(message, TerminalLedger.FLAG_WIDTH)),
          () -> assertThat(row).endsWith(label(result.light())));
    }
  }

  @Test
  void longTaskTextsAreCutWithAnEllipsis() {
    assertThat(row("5")).contains("储备政府专项债项目30个、发行…").doesNotContain("争取中省");
    assertThat(row("1")).contains("地方财政收入增长13%  ");
  }

  @Test
  void lightColumnStartsAtTheSameDisplayColumnInEveryRowOfEverySection() {
    List<List<String>> tables = sectionTables();
    assertThat(tables).hasSize(3);
    String firstHeader = tables.get(0).get(0);
    int column = DisplayWidth.of(firstHeader.substring(0, firstHeader.indexOf("亮灯")));
    for (List<String> table : tables) {
      String header = table.get(0);
      assertThat(header).isEqualTo(firstHeader);
      assertThat(table).hasSizeGreaterThan(1);
      for (String row : table.subList(1, table.size())) {
        String id = row.substring(0, row.indexOf(' '));
        String light = label(ASSESSMENT.tasks().stream()
            .filter(t -> t.id().equals(id)).findFirst().orElseThrow().light());
        int at = DisplayWidth.of(row.substring(0, row.indexOf(light)));
        assertThat(at).as("row %s", id).isEqualTo(column);
      }
    }
  }

  @Test
  void ranksUnitsByScoreWithTheirCounts() {
    List<UnitResult> expected = ASSESSMENT.units().stream()
        .sorted(Comparator.comparing(UnitResult::score).reversed().thenComparing(UnitResult::name))
        .toList();
    int start = LINES.indexOf("单位排名");
    List<String> rows = LINES.subList(start + 2, start + 2 + expected.size());
    for (int i = 0; i < expected.size(); i++) {
      UnitResult unit = expected.get(i);
      List<String> cells = List.of(rows.get(i).trim().split(" +"));
      assertThat(cells).containsExactly(String.valueOf(i + 1), unit.name(),
          unit.score().setScale(1, RoundingMode.HALF_UP).toPlainString(),
          String.valueOf(unit.lead()), String.valueOf(unit.co()), String.valueOf(unit.red()),
          String.valueOf(unit.yellow()));
    }
    assertThat(LINES.get(start + 2 + expected.size())).isEmpty();
    // 县发改局 leads 2 (47.50), 5 (33.33) and 10 (74.58): mean 51.80, two red, one yellow.
    assertThat(cellsOfUnit("县发改局")).containsExactly("51.8", "3", "0", "2", "1");
  }

  @Test
  void showsEachLeadersScorecard() {
    int start = LINES.indexOf("包抓领导");
    List<String> rows = LINES.subList(start + 2, LINES.size());
    assertThat(rows).hasSize(ASSESSMENT.leaders().size());
    assertThat(rows.stream().map(r -> r.split(" +")[0]).toList())
        .containsExactly("钱剑锋", "惠理", "王永安");
    // 王永安: 29 (60, green), 34 (56, green), 106 (30, yellow): mean 48.67.
    assertThat(List.of(rows.get(2).split(" +")))
        .containsExactly("王永安", "48.7", "0", "1", "0", "2");
  }

  @Test
  void colourWrapsOnlyTheLightsAndChangesNoText() {
    String coloured = TerminalLedger.render(BOOK, ASSESSMENT, true);
    assertThat(PLAIN).doesNotContain("\u001B");
    assertThat(row(coloured, "5")).contains("\u001B[31m红灯\u001B[0m");
    assertThat(row(coloured, "2")).contains("\u001B[33m黄灯\u001B[0m");
    assertThat(row(coloured, "78")).contains("\u001B[36m蓝灯\u001B[0m");
    assertThat(row(coloured, "1")).contains("\u001B[32m绿灯\u001B[0m");
    assertThat(coloured.replaceAll("\u001B\\[\\d+m", "")).isEqualTo(PLAIN);
  }

  @Test
  void refusesAnAssessmentOfATaskTheBookLacks() {
    TaskBook fewer = LedgerFixture.book(LedgerFixture.tasks().subList(0, 3));
    assertThatThrownBy(() -> TerminalLedger.render(fewer, ASSESSMENT, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10");
  }

  private static List<String> cellsOfUnit(String name) {
    return LINES.subList(LINES.indexOf("单位排名"), LINES.size()).stream()
        .filter(l -> l.contains("  " + name + "  ")).findFirst()
        .map(l -> List.of(l.trim().split(" +")).subList(2, 7)).orElseThrow();
  }

  private static String counts(int section) {
    List<String> parts = new ArrayList<>();
    for (Light light : List.of(Light.RED, Light.YELLOW, Light.BLUE, Light.GREEN)) {
      long n = ASSESSMENT.tasks().stream()
          .filter(t -> BOOK.task(t.id()).orElseThrow().section() == section)
          .filter(t -> t.light() == light)
          .count();
      parts.add(label(light) + n);
    }
    return String.join(" ", parts);
  }

  private static List<List<String>> sectionTables() {
    List<List<String>> tables = new ArrayList<>();
    for (int i = 0; i < LINES.size(); i++) {
      if (LINES.get(i).startsWith("附件")) {
        List<String> table = new ArrayList<>();
        for (int j = i + 1; j < LINES.size() && !LINES.get(j).isEmpty(); j++) {
          table.add(LINES.get(j));
        }
        tables.add(table);
      }
    }
    return tables;
  }

  private static String row(String id) {
    return row(PLAIN, id);
  }

  private static String row(String ledger, String id) {
    return ledger.lines().filter(l -> l.startsWith(id + " ")).findFirst().orElseThrow();
  }

  private static String label(Light light) {
    return switch (light) {
      case RED -> "红灯";
      case YELLOW -> "黄灯";
      case BLUE -> "蓝灯";
      case GREEN -> "绿灯";
      case ORANGE -> "橙灯";
    };
  }
}
