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
    return TaskBookReader.read(new ByteArrayInputStream(String.join("\n", lines).getBytes(UTF_8)), "bad.txt").book();
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
        .hasMessage("bad.txt:1:1: 输入为空: 应为发布的任务清单(任务分解一览表)");
    assertThatThrownBy(() -> read(List.of("  ", "\t", "")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bad.txt:1:1: 输入为空");
  }

  @Test
  void numberThatSkips() {
    assertThatThrownBy(() -> read(with(16, "3")))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:16:1: 序号 \"3\" 接在 \"1\" 之后: 应为 \"2\"");
  }

  @Test
  void numberThatRepeats() {
    assertThatThrownBy(() -> read(with(16, "1")))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:16:1: 序号 \"1\" 接在 \"1\" 之后: 应为 \"2\"");
  }

  @Test
  void firstNumberIsNotOne() {
    assertThatThrownBy(() -> read(with(12, "0")))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:12:1: 序号 \"0\" 为首项: 应为 \"1\"");
  }

  @Test
  void rowWithNoTaskTextBeforeTheNextNumber() {
    List<String> lines = without(13, 14, 15);
    assertThatThrownBy(() -> read(lines))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:12:1: 第 1 项没有任务文字: 应在序号 1 后印任务(任务)");
  }

  @Test
  void rowWhoseTextLineIsAUnitPrintedElsewhere() {
    // Row 1's unit is 县发改局, so row 2's first line "县发改局" is a unit, not the task.
    List<String> lines = with(14, "县发改局");
    lines.remove(17 - 1);
    assertThatThrownBy(() -> read(lines))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:17:1: 第 2 项没有任务文字: 任务(任务)处印的是单位 \"县发改局\"");
  }

  @Test
  void emptyUnitCell() {
    assertThatThrownBy(() -> read(without(14)))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:14:1: 第 1 项没有责任单位, 此处印的是 \"11月底\": 应为单位名称, 如 县财政局");
  }

  @Test
  void leaderWithoutUnit() {
    assertThatThrownBy(() -> read(without(18, 19)))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:18:1: 第 2 项没有责任单位: 单位处印的是领导 \"王永安\"");
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
        .hasMessage("bad.txt:20:1: 无法归入第 2 项的 \"请各单位认真落实\": 应为责任单位、包抓领导或完成时限");
  }

  @Test
  void lineAfterTheDeadline() {
    List<String> lines = new ArrayList<>(VALID);
    lines.add("县财政局");
    assertThatThrownBy(() -> read(lines))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:22:1: 无法归入 \"县财政局\": 在第 2 项的完成时限之后, 应为序号 3");
  }

  @Test
  void missingDeadline() {
    assertThatThrownBy(() -> read(without(21)))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:20:1: 第 2 项没有完成时限(在 \"王永安\" 之后): 应为如 11月底");
  }

  @Test
  void unknownHeaderCell() {
    assertThatThrownBy(() -> read(with(8, "备注")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bad.txt:8:1: 表头单元格 \"备注\" 不是列名: 应为 序号、");
  }

  @Test
  void leaderInAnAnnexWithoutLeaderColumn() {
    assertThatThrownBy(() -> read(without(9)))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:19:1: 无法归入 \"王永安\": 本表没有包抓领导列");
  }

  @Test
  void withoutAnnexTheListStartsAtItsHeader() {
    TaskBook book = read(with(3, ""));
    assertThat(book.tasks()).hasSize(2);
    assertThat(book.sections()).extracting(s -> s.title()).containsExactly("2023年县政府工作报告任务分解一览表");
  }

  @Test
  void noListAtAll() {
    assertThatThrownBy(() -> read(List.of("西乡县人民政府关于印发2023年任务的通知", "", "请认真贯彻执行。")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bad.txt:1:1: 未找到任务清单(首行 \"西乡县人民政府关于印发2023年任务的通知\")");
  }

  @Test
  void annexNumbersInOrder() {
    List<String> lines = new ArrayList<>(VALID);
    lines.addAll(List.of("附件3", "表", "序号", "责任单位", "3", "任务", "县财政局"));
    assertThatThrownBy(() -> read(lines))
        .isInstanceOf(InputException.class)
        .hasMessage("bad.txt:22:1: 附件 \"附件3\": 应为 附件2");
  }

  @Test
  void titleWithoutYearTakesTheTableTitles() {
    assertThat(read(with(1, "西乡县人民政府关于印发任务分解一览表的通知")).year()).isEqualTo(2023);
  }

  @Test
  void noYearAnywhere() {
    List<String> lines = with(1, "西乡县人民政府关于印发任务分解一览表的通知");
    lines.set(5 - 1, "县政府工作报告任务分解一览表");
    assertThatThrownBy(() -> read(lines))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bad.txt:1:1: 无年度列、未给定年份 (--year)、标题和文号未写明年份");
  }

  @Test
  void binaryInput() {
    byte[] bytes = "西乡\n附件1\nab\u0000cd".getBytes(UTF_8);
    assertThatThrownBy(() -> TaskBookReader.read(new ByteArrayInputStream(bytes), "bin.txt").book())
        .isInstanceOf(InputException.class)
        .hasMessage("bin.txt:3:3: NUL 字节 (字节偏移 17): 应为文本文件, 而非二进制数据");
  }

  @Test
  void bytesThatAreNeitherUtf8NorGb18030() {
    byte[] prefix = "西乡\n附件".getBytes(UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(prefix, prefix.length + 2);
    bytes[prefix.length] = (byte) 0xFF;
    bytes[prefix.length + 1] = (byte) 0xFF;
    assertThatThrownBy(() -> TaskBookReader.read(new ByteArrayInputStream(bytes), "bin.txt").book())
        .isInstanceOf(InputException.class)
        .hasMessage("bin.txt:2:3: 字节 0xFF (字节偏移 13) 不是 UTF-8 也不是 GB18030 编码: 应为文本文件");
  }

  @Test
  void controlCharacters() {
    byte[] bytes = "西乡\u0007".getBytes(UTF_8);
    assertThatThrownBy(() -> TaskBookReader.read(new ByteArrayInputStream(bytes), "ctl.txt").book())
        .isInstanceOf(InputException.class)
        .hasMessage("ctl.txt:1:3: 控制字符 U+0007: 应为文本文件, 而非二进制数据");
  }
}
