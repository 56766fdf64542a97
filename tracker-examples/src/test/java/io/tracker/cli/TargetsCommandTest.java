package io.tracker.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code tracker targets}: all lines read before anything is printed; bad lines are one line, exit 2. */
class TargetsCommandTest {
  private record Run(int status, String out, List<String> err) {}

  private static Run run(byte[] stdin) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = TrackerCommand.execute(new String[] {"targets"}, new ByteArrayInputStream(stdin),
        new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString().lines().toList());
  }

  private static Run run(String stdin) {
    return run(stdin.getBytes(UTF_8));
  }

  @Test
  void aBadLateLineLeavesStandardOutputEmpty() {
    ByteArrayOutputStream stdin = new ByteArrayOutputStream();
    stdin.writeBytes("地方财政收入增长13%\n新增市场主体3500户以上。\n".getBytes(UTF_8));
    stdin.writeBytes(new byte[] {'a', 'b', (byte) 0xFF, '\n'});
    Run run = run(stdin.toByteArray());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).containsExactly("<stdin>:3:3: 这一行不是 UTF-8 文本: 应为 UTF-8 编码的句子");
  }

  @Test
  void goodInputIsPrintedWholeOneArrayPerLine() {
    Run run = run("地方财政收入增长13%\n\n新增市场主体3500户以上。");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).hasSize(3).allMatch(line -> line.startsWith("[") && line.endsWith("]"));
    assertThat(run.out().lines().toList().get(1)).isEqualTo("[]");
  }

  @Test
  void aLineOverTheTextLimitIsRefusedQuotingItsStart() {
    String line = "发行专债" + "一".repeat(20_000);
    Run run = run("地方财政收入增长13%\n" + line + "\n");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).containsExactly("<stdin>:2:1: 这一行 \"发行专债" + "一".repeat(76) + "…\" 有 20004 个字符,"
        + " 超过 20000 个字符的上限 (InputLimits.maxTextChars)");
  }

  @Test
  void aFiftyMegabyteLineIsOneShortErrorLine() {
    byte[] stdin = ("发行专债" + "1".repeat(50_000_000) + "亿元\n").getBytes(UTF_8);
    Run run = run(stdin);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).singleElement().asString().hasSizeLessThan(200).startsWith("<stdin>:1:1: 这一行 \"发行专债111");
  }
}
