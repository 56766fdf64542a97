package io.tracker.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.task.TaskBook;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of bad published-text input fails with one located, quoting message. */
class PublishedTextBadInputTest {
  /** A two-task list in the seed's layout; line numbers are noted for the tests below. */
  private static final List<String> VALID = List.of(
      "西乡县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知", // 1
      "",
      "附件1",          // 3
      "",
      "2023年县政府工作报告任务分解一览表", // 5
      "序号",           // 6
      "责任",           // 7
      "单位",           // 8
      "包抓    领导",   // 9
      "完成",           // 10
      "时限",           // 11
      "1",              // 12
      "地方财政收入增长13%", // 13
      "县财政局",       // 14
      "11月底",         // 15
      "2",              // 16
      "生产总值增长8%左右。", // 17
      "县发改局",       // 18
      "县财政局",       // 19
      "王永安",         // 20
      "11月底");        // 21

  private static TaskBook read(List<String> lines) {
    return TaskBookReader.read(new ByteArrayInputStream(String.join("\n", lines).getBytes(UTF_8)), "bad.txt");
  }

  private static List<String> with(int line, String text) {
    List<String> lines = new ArrayList<>(VALID);
    lines.set(line - 1, text);
    return lines;
  }

  private static List<String> without(int... lineNumbers) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < VALID.size(); i++) {
      int n = i + 1;
      if (java.util.Arrays.stream(lineNumbers).noneMatch(x -> x == n)) {
        lines.add(VALID.get(i));
      }
    }
    return lines;
  }

  @Test
  void theValidListReads() {
    TaskBook book = read(VALID);
    assertThat(book.tasks()).hasSize(2);
    assertThat(book.tasks().get(1).responsibility().units()).hasSize(2);
    assertThat(book.tasks().get(1).leaders()).containsExactly("王永安");
  }

  @Test
  void emptyFile() {
    assertThatThrownBy(() -> read(List.of("")))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:1:1: empty input: expected a published task list (任务分解一览表)");
    assertThatThrownBy(() -> read(List.of("  ", "\t", "")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bad.txt:1:1: empty input");
  }

  @Test
  void numberThatSkips() {
    assertThatThrownBy(() -> read(with(16, "3")))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:16:1: 序号 \"3\" follows \"1\": expected \"2\"");
  }

  @Test
  void numberThatRepeats() {
    assertThatThrownBy(() -> read(with(16, "1")))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:16:1: 序号 \"1\" follows \"1\": expected \"2\"");
  }

  @Test
  void firstNumberIsNotOne() {
    assertThatThrownBy(() -> read(with(12, "0")))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:12:1: 序号 \"0\" starts the list: expected \"1\"");
  }

  @Test
  void rowWithNoTaskTextBeforeTheNextNumber() {
    List<String> lines = without(13, 14, 15);
    assertThatThrownBy(() -> read(lines))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:12:1: row 1 has no task text: expected the task (任务) after 序号 1");
  }

  @Test
  void rowWhoseTextLineIsAUnitPrintedElsewhere() {
    // Row 1's unit is 县发改局, so row 2's first line "县发改局" is a unit, not the task.
    List<String> lines = with(14, "县发改局");
    lines.remove(17 - 1);
    assertThatThrownBy(() -> read(lines))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:17:1: row 2 has no task text: found unit \"县发改局\" where the task (任务) belongs");
  }

  @Test
  void emptyUnitCell() {
    assertThatThrownBy(() -> read(without(14)))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:14:1: row 1 has no responsible unit (责任单位): found \"11月底\": expected a unit such as 县财政局");
  }

  @Test
  void leaderWithoutUnit() {
    assertThatThrownBy(() -> read(without(18, 19)))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:18:1: row 2 has no responsible unit (责任单位): found leader \"王永安\" where a unit belongs");
  }

  @Test
  void month13() {
    assertThatThrownBy(() -> read(with(15, "  13月底")))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:15:3: month 13 in \"13月底\": expected a month 1–12");
  }

  @Test
  void lineThatCannotBePlaced() {
    assertThatThrownBy(() -> read(with(20, "请各单位认真落实")))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:20:1: cannot place \"请各单位认真落实\" in row 2: expected a responsible unit (责任单位), "
            + "a leader (包抓领导) or a deadline (完成时限)");
  }

  @Test
  void lineAfterTheDeadline() {
    List<String> lines = new ArrayList<>(VALID);
    lines.add("县财政局");
    assertThatThrownBy(() -> read(lines))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:22:1: cannot place \"县财政局\" after the deadline (完成时限) of row 2: expected 序号 3");
  }

  @Test
  void missingDeadline() {
    assertThatThrownBy(() -> read(without(21)))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:20:1: row 2 has no deadline (完成时限) after \"王永安\": expected e.g. 11月底");
  }

  @Test
  void unknownHeaderCell() {
    assertThatThrownBy(() -> read(with(8, "备注")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bad.txt:8:1: header cell \"备注\" is not a column: expected one of 序号,");
  }

  @Test
  void leaderInAnAnnexWithoutLeaderColumn() {
    assertThatThrownBy(() -> read(without(9)))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:19:1: cannot place \"王永安\": annex 1 has no 包抓领导 column");
  }

  @Test
  void noAnnex() {
    assertThatThrownBy(() -> read(with(3, "")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bad.txt:1:1: no annex line such as \"附件1\" found");
  }

  @Test
  void annexNumbersInOrder() {
    List<String> lines = new ArrayList<>(VALID);
    lines.addAll(List.of("附件3", "表", "序号", "责任单位", "3", "任务", "县财政局"));
    assertThatThrownBy(() -> read(lines))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:22:1: annex \"附件3\": expected 附件2");
  }

  @Test
  void titleWithoutYear() {
    assertThatThrownBy(() -> read(with(1, "西乡县人民政府关于印发任务分解一览表的通知")))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:1:1: title \"西乡县人民政府关于印发任务分解一览表的通知\" names no year: expected e.g. 2023年");
  }

  @Test
  void binaryInput() {
    byte[] bytes = "西乡\n附件1\nab\u0000cd".getBytes(UTF_8);
    assertThatThrownBy(() -> TaskBookReader.read(new ByteArrayInputStream(bytes), "bin.txt"))
        .isInstanceOf(InputException.class)
        .hasMessage("bin.txt:3:3: NUL byte at byte offset 17: expected a text file, not binary data");
  }

  @Test
  void bytesThatAreNeitherUtf8NorGb18030() {
    byte[] prefix = "西乡\n附件".getBytes(UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(prefix, prefix.length + 2);
    bytes[prefix.length] = (byte) 0xFF;
    bytes[prefix.length + 1] = (byte) 0xFF;
    assertThatThrownBy(() -> TaskBookReader.read(new ByteArrayInputStream(bytes), "bin.txt"))
        .isInstanceOf(InputException.class)
        .hasMessage("bin.txt:2:3: bytes 0xFF at byte offset 13 are not UTF-8 nor GB18030: expected a text file");
  }

  @Test
  void controlCharacters() {
    byte[] bytes = "西乡\u0007".getBytes(UTF_8);
    assertThatThrownBy(() -> TaskBookReader.read(new ByteArrayInputStream(bytes), "ctl.txt"))
        .isInstanceOf(InputException.class)
        .hasMessage("ctl.txt:1:3: control character U+0007: expected a text file, not binary data");
  }
}
