package io.tracker.imports;

import io.tracker.InputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of an input file into text, refusing binary input.
 *
 * <p>Without a given charset: a byte order mark decides (UTF-8, UTF-16, GB18030); otherwise the
 * bytes are decoded as strict UTF-8 and, if that fails, as strict GB18030 (which includes GBK).
 * Bytes that neither decodes, and control characters other than tab, line feed, form feed and
 * carriage return (a NUL byte means a binary file), are reported with their line and column.
 */
final class TextDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] GB18030_BOM = {(byte) 0x84, 0x31, (byte) 0x95, 0x33};

  private TextDecoder() {}

  static String decode(byte[] bytes, String source, Optional<Charset> charset) {
    String text;
    if (charset.isPresent()) {
      text = decodeStrictly(bytes, skipBom(bytes, charset.get()), charset.get(), source);
    } else if (startsWith(bytes, UTF8_BOM)) {
      text = decodeStrictly(bytes, UTF8_BOM.length, StandardCharsets.UTF_8, source);
    } else if (startsWith(bytes, GB18030_BOM)) {
      text = decodeStrictly(bytes, GB18030_BOM.length, GB18030, source);
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      text = decodeStrictly(bytes, 2, StandardCharsets.UTF_16BE, source);
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      text = decodeStrictly(bytes, 2, StandardCharsets.UTF_16LE, source);
    } else {
      checkNoNul(bytes, source);
      Optional<String> utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
      if (utf8.isPresent()) {
        text = utf8.get();
      } else {
        Optional<String> gb = tryDecode(bytes, 0, GB18030);
        if (gb.isEmpty()) {
          // Report where UTF-8, the expected encoding, first failed.
          decodeStrictly(bytes, 0, StandardCharsets.UTF_8, source, " 也不是 GB18030");
        }
        text = gb.orElseThrow();
      }
    }
    checkNoControlCharacters(text, source);
    return text;
  }

  private static int skipBom(byte[] bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, UTF8_BOM)) {
      return UTF8_BOM.length;
    }
    if (charset.equals(GB18030) && startsWith(bytes, GB18030_BOM)) {
      return GB18030_BOM.length;
    }
    return 0;
  }

  private static Optional<String> tryDecode(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder = strictDecoder(charset);
    CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError() || decoder.flush(out).isError()) {
      return Optional.empty();
    }
    return Optional.of(out.flip().toString());
  }

  private static String decodeStrictly(byte[] bytes, int offset, Charset charset, String source) {
    return decodeStrictly(bytes, offset, charset, source, "");
  }

  private static String decodeStrictly(
      byte[] bytes, int offset, Charset charset, String source, String alsoTried) {
    CharsetDecoder decoder = strictDecoder(charset);
    CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      String decoded = out.flip().toString();
      int bad = in.position();
      StringBuilder hex = new StringBuilder();
      for (int i = bad; i < Math.min(bytes.length, bad + Math.max(result.length(), 1)); i++) {
        hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
      }
      throw new InputException(source, lineOf(decoded, decoded.length()), columnOf(decoded, decoded.length()),
          "字节 " + hex + " (字节偏移 " + bad + ") 不是 " + charset.name() + alsoTried
              + " 编码: 应为文本文件");
    }
    return out.flip().toString();
  }

  private static CharsetDecoder strictDecoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static void checkNoNul(byte[] bytes, String source) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        String before = new String(bytes, 0, i, StandardCharsets.UTF_8);
        throw new InputException(source, lineOf(before, before.length()), columnOf(before, before.length()),
            "NUL 字节 (字节偏移 " + i + "): 应为文本文件, 而非二进制数据");
      }
    }
  }

  private static void checkNoControlCharacters(String text, String source) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        throw new InputException(source, lineOf(text, i), columnOf(text, i),
            String.format("控制字符 U+%04X: 应为文本文件, 而非二进制数据", (int) c));
      }
    }
  }

  /** Whether {@code bytes} start with {@code prefix} (a byte order mark, a file signature). */
  static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** 1-based line of position {@code index} in {@code text}. */
  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** 1-based column of position {@code index} in {@code text}. */
  private static int columnOf(String text, int index) {
    return index - (text.lastIndexOf('\n', index - 1) + 1) + 1;
  }
}
