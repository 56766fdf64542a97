package io.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class InputLimitsTest {
  private static final InputPlace CELL = InputPlace.inText("l.csv", 3, 16);

  @Test
  void defaultsAreTheDocumentedOnes() {
    InputLimits limits = InputLimits.defaults();
    assertThat(limits.maxInputBytes()).isEqualTo(64L * 1024 * 1024);
    assertThat(limits.maxTextChars()).isEqualTo(20_000);
    assertThat(limits.maxLedgerRows()).isEqualTo(200_000);
    assertThat(limits.maxTasks()).isEqualTo(10_000);
    assertThat(limits.maxTargetsPerTask()).isEqualTo(100);
  }

  @Test
  void eachWithChangesItsOwnLimitOnly() {
    InputLimits d = InputLimits.defaults();
    assertThat(d.withMaxInputBytes(5)).isEqualTo(new InputLimits(5, 20_000, 200_000, 10_000, 100));
    assertThat(d.withMaxTextChars(5)).isEqualTo(new InputLimits(d.maxInputBytes(), 5, 200_000, 10_000, 100));
    assertThat(d.withMaxLedgerRows(5)).isEqualTo(new InputLimits(d.maxInputBytes(), 20_000, 5, 10_000, 100));
    assertThat(d.withMaxTasks(5)).isEqualTo(new InputLimits(d.maxInputBytes(), 20_000, 200_000, 5, 100));
    assertThat(d.withMaxTargetsPerTask(5)).isEqualTo(new InputLimits(d.maxInputBytes(), 20_000, 200_000, 10_000, 5));
  }

  @Test
  void aLimitBelowOneIsAProgrammingError() {
    assertThatThrownBy(() -> InputLimits.defaults().withMaxLedgerRows(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxLedgerRows must be at least 1: 0");
    assertThatThrownBy(() -> InputLimits.defaults().withMaxInputBytes(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBoundedStreamReadsUpToTheLimitAndRefusesOneByteMore() throws IOException {
    InputLimits limits = InputLimits.defaults().withMaxInputBytes(4);
    try (InputStream in = limits.bounded(new ByteArrayInputStream(new byte[4]), "in.txt")) {
      assertThat(in.readAllBytes()).hasSize(4);
    }
    InputStream five = limits.bounded(new ByteArrayInputStream(new byte[5]), "in.txt");
    assertThatThrownBy(five::readAllBytes)
        .isInstanceOf(InputException.class)
        .hasMessage("in.txt:0:0: 输入超过 4 字节的上限 (InputLimits.maxInputBytes): 应拆分输入, 或由宿主程序调高上限");
    InputStream byByte = limits.bounded(new ByteArrayInputStream(new byte[5]), "in.txt");
    for (int i = 0; i < 4; i++) {
      assertThat(byByte.read()).isZero();
    }
    assertThatThrownBy(byByte::read).isInstanceOf(InputException.class);
  }

  @Test
  void aBoundedReaderCountsCharacters() throws IOException {
    InputLimits limits = InputLimits.defaults().withMaxInputBytes(3);
    try (Reader in = limits.bounded(new StringReader("县财政"), "<stdin>")) {
      assertThat(in.read(new char[10])).isEqualTo(3);
      assertThat(in.read()).isEqualTo(-1);
    }
    Reader four = limits.bounded(new StringReader("县财政局"), "<stdin>");
    assertThatThrownBy(() -> four.read(new char[10]))
        .isInstanceOf(InputException.class)
        .hasMessage("<stdin>:0:0: 输入超过 3 个字符的上限 (InputLimits.maxInputBytes): 应拆分输入, 或由宿主程序调高上限");
  }

  @Test
  void aTextOverTheLimitIsCitedWithItsStartQuoted() {
    InputLimits limits = InputLimits.defaults().withMaxTextChars(100);
    limits.checkText(CELL, "note", "字".repeat(100));
    assertThatThrownBy(() -> limits.checkText(CELL, "note", "字".repeat(101)))
        .isInstanceOf(InputException.class)
        .hasMessage("l.csv:3:16: note \"" + "字".repeat(80) + "…\" 有 101 个字符, 超过 100 个字符的上限"
            + " (InputLimits.maxTextChars)");
  }

  @Test
  void countsOverTheirLimitsAreRefused() {
    InputLimits limits = new InputLimits(100, 100, 2, 3, 4);
    limits.checkLedgerRows(CELL, 2);
    assertThatThrownBy(() -> limits.checkLedgerRows(CELL, 3))
        .hasMessage("l.csv:3:16: 台账超过 2 条报送的上限 (InputLimits.maxLedgerRows): 应按月或按单位拆分台账, 或由宿主程序调高上限");
    limits.checkTasks(CELL, 3);
    assertThatThrownBy(() -> limits.checkTasks(CELL, 4))
        .hasMessage("l.csv:3:16: 任务清单超过 3 项任务的上限 (InputLimits.maxTasks): 应拆分清单, 或由宿主程序调高上限");
    limits.checkTargets(CELL, "5", 4);
    assertThatThrownBy(() -> limits.checkTargets(CELL, "5", 5))
        .hasMessage("l.csv:3:16: 任务 \"5\" 有 5 个量化目标, 超过 4 个的上限 (InputLimits.maxTargetsPerTask)");
  }
}
