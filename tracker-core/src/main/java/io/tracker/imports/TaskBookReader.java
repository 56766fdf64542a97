package io.tracker.imports;

import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.json.TrackerJson;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a task book (任务分解一览表) from a file in one of three formats:
 *
 * <ul>
 *   <li>{@code .txt}: text extracted from the published notice, laid out one cell per line (see
 *       the seed {@code seeds/000_961a157e1ab25069.txt});
 *   <li>{@code .csv}: a table with a header row (序号, 任务, 责任单位, 包抓领导, 完成时限, 年度 …);
 *   <li>{@code .json}: tracker's own JSON form ({@link TrackerJson}).
 * </ul>
 *
 * <p>The format follows the name's extension; for other names the content decides (a leading
 * <code>{</code> is JSON, a first line with 序号 and a comma is CSV, anything else text). Without a
 * given charset the bytes are read as UTF-8, or as GB18030/GBK when they are not UTF-8; a byte order
 * mark is honoured. Every problem with the input is an {@link InputException} naming the file, line
 * and column; nothing is skipped silently. Task targets come from
 * {@link io.tracker.target.TargetParser}.
 */
public final class TaskBookReader {
  private TaskBookReader() {}

  /** Reads {@code file}, detecting its charset. */
  public static TaskBook read(Path file) {
    return read(file, Optional.empty());
  }

  /** Reads {@code file} decoded strictly with {@code charset}. */
  public static TaskBook read(Path file, Charset charset) {
    return read(file, Optional.of(requireNonNull(charset, "charset")));
  }

  /**
   * Reads a task book from {@code in}, detecting its charset.
   *
   * @param sourceName file name for the format and for error messages
   */
  public static TaskBook read(InputStream in, String sourceName) {
    return fromBytes(readAll(in), sourceName, Optional.empty());
  }

  /** Reads a task book from {@code in} decoded strictly with {@code charset}. */
  public static TaskBook read(InputStream in, String sourceName, Charset charset) {
    return fromBytes(readAll(in), sourceName, Optional.of(requireNonNull(charset, "charset")));
  }

  /** Reads a task book from already decoded text. */
  public static TaskBook read(Reader in, String sourceName) {
    requireNonNull(in, "in");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fromText(text.toString(), requireNonNull(sourceName, "sourceName"));
  }

  private static TaskBook read(Path file, Optional<Charset> charset) {
    requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), 0, 0, "no such file \"" + file + "\": expected a task list file");
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, 0, "cannot read \"" + file + "\": " + e.getMessage(), e);
    }
    return fromBytes(bytes, file.toString(), charset);
  }

  private static byte[] readAll(InputStream in) {
    try {
      return requireNonNull(in, "in").readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TaskBook fromBytes(byte[] bytes, String sourceName, Optional<Charset> charset) {
    requireNonNull(sourceName, "sourceName");
    return fromText(TextDecoder.decode(bytes, sourceName, charset), sourceName);
  }

  private static TaskBook fromText(String text, String sourceName) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    switch (format(text, sourceName)) {
      case "json":
        return TrackerJson.readTaskBook(new StringReader(text), sourceName);
      case "csv":
        return CsvImporter.read(new StringReader(text), sourceName);
      default:
        return PublishedTextImporter.read(text, sourceName);
    }
  }

  private static String format(String text, String sourceName) {
    String name = sourceName.toLowerCase(Locale.ROOT);
    for (String extension : new String[] {"json", "csv", "txt"}) {
      if (name.endsWith("." + extension)) {
        return extension;
      }
    }
    String stripped = text.stripLeading();
    if (stripped.startsWith("{")) {
      return "json";
    }
    String firstLine = stripped.lines().findFirst().orElse("");
    return firstLine.contains("序号") && firstLine.contains(",") ? "csv" : "txt";
  }
}
