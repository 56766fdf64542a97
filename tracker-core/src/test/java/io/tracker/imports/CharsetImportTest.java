package io.tracker.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.Seeds;
import io.tracker.task.TaskBook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed reads the same from UTF-8, GB18030 and GBK bytes. */
class CharsetImportTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static String seedText;
  private static TaskBook fromUtf8;

  @BeforeAll
  static void readSeed() throws IOException {
    Path seed = Seeds.path(Seeds.XIXIANG_2023);
    seedText = Files.readString(seed, UTF_8);
    fromUtf8 = TaskBookReader.read(seed).book();
  }

  @Test
  void gb18030BytesAreDetected() {
    byte[] bytes = seedText.getBytes(GB18030);
    TaskBook book = TaskBookReader.read(new ByteArrayInputStream(bytes), "seed-gb18030.txt").book();
    assertThat(book).isEqualTo(fromUtf8);
    assertThat(book.tasks()).hasSize(107);
  }

  @Test
  void gbkBytesWithTheCharsetGivenRead(@TempDir Path dir) throws IOException {
    // GBK has no EN SPACE (U+2002) nor NO-BREAK SPACE (U+00A0), which the seed pads lines with;
    // plain spaces pad the same.
    String text = seedText.replace('\u2002', ' ').replace('\u00A0', ' ');
    Charset gbk = Charset.forName("GBK");
    assertThat(gbk.newEncoder().canEncode(text)).isTrue();
    Path file = dir.resolve("seed-gbk.txt");
    Files.write(file, text.getBytes(gbk));
    TaskBook fromUtf8Text = TaskBookReader.read(new ByteArrayInputStream(text.getBytes(UTF_8)), "seed.txt").book();
    assertThat(fromUtf8Text).isEqualTo(fromUtf8);
    assertThat(TaskBookReader.read(file, ImportOptions.defaults().withCharset(gbk)).book()).isEqualTo(fromUtf8);
    assertThat(TaskBookReader.read(file).book()).isEqualTo(fromUtf8);
  }

  @Test
  void utf8ByteOrderMarkIsSkipped() {
    byte[] text = seedText.getBytes(UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    assertThat(TaskBookReader.read(new ByteArrayInputStream(bytes), "bom.txt").book()).isEqualTo(fromUtf8);
  }

  @Test
  void wrongGivenCharsetIsReportedWhereDecodingFails() {
    byte[] bytes = seedText.getBytes(GB18030);
    // Line 1 starts with "首": its first GB18030 byte 0xCA is not valid UTF-8 there.
    assertThatThrownBy(() -> TaskBookReader.read(new ByteArrayInputStream(bytes), "seed.txt", ImportOptions.defaults().withCharset(UTF_8)).book())
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("seed.txt:1:1: 字节 0xCA")
        .hasMessageEndingWith("(字节偏移 0) 不是 UTF-8 编码: 应为文本文件");
  }

  @Test
  void missingFileIsAnInputError(@TempDir Path dir) {
    Path missing = dir.resolve("missing.txt");
    assertThatThrownBy(() -> TaskBookReader.read(missing).book())
        .isInstanceOf(InputException.class)
        .hasMessage(missing + ":0:0: 没有文件 \"" + missing + "\": 应为任务清单文件");
  }
}
