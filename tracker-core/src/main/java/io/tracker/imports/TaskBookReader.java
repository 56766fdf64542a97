package io.tracker.imports;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.util.OptionalInt;

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
 * mark is honoured. The work year of a CSV list is its 年度 column's;
 * without one, the year given in {@link ImportOptions}, else the first year printed in a deadline
 * (2023年6月底), else a year 20xx standing alone in the file name (2024年重点任务.csv,
 * tasks-2024.csv). The published text takes its year from the notice's title and JSON states it; a
 * given year differing from a year the file states is an error. Every problem with the input is an {@link InputException} naming the file, line
 * and column; nothing is skipped silently. Task targets come from
 * {@link io.tracker.target.TargetParser}.
 */
public final class TaskBookReader {
  private TaskBookReader() {}

  /** Reads {@code file}, detecting its charset; the year must be in the file. */
  public static TaskBook read(Path file) {
    return read(file, ImportOptions.defaults());
  }

  /** Reads {@code file} decoded strictly with {@code charset}; the year must be in the file. */
  public static TaskBook read(Path file, Charset charset) {
    return read(file, ImportOptions.defaults().withCharset(charset));
  }

  /**
   * Reads {@code file} with what the caller knows beside it: its charset and the work year (see
   * {@link ImportOptions}).
   */
  public static TaskBook read(Path file, ImportOptions options) {
    requireNonNull(file, "file");
    requireNonNull(options, "options");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), 0, 0, "no such file \"" + file + "\": expected a task list file");
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, 0, "cannot read \"" + file + "\": " + e.getMessage(), e);
    }
    return fromBytes(bytes, file.toString(), options);
  }

  /**
   * Reads a task book from {@code in}, detecting its charset; the year must be in the input.
   *
   * @param sourceName file name for the format, for error messages and for a CSV list's year
   */
  public static TaskBook read(InputStream in, String sourceName) {
    return read(in, sourceName, ImportOptions.defaults());
  }

  /** Reads a task book from {@code in} decoded strictly with {@code charset}. */
  public static TaskBook read(InputStream in, String sourceName, Charset charset) {
    return read(in, sourceName, ImportOptions.defaults().withCharset(charset));
  }

  /** Reads a task book from {@code in} with the given {@link ImportOptions}. */
  public static TaskBook read(InputStream in, String sourceName, ImportOptions options) {
    return fromBytes(readAll(in), sourceName, requireNonNull(options, "options"));
  }

  /** Reads a task book from already decoded text; the year must be in the text. */
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
    return fromText(text.toString(), requireNonNull(sourceName, "sourceName"), OptionalInt.empty());
  }

  private static byte[] readAll(InputStream in) {
    try {
      return requireNonNull(in, "in").readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TaskBook fromBytes(byte[] bytes, String sourceName, ImportOptions options) {
    requireNonNull(sourceName, "sourceName");
    return fromText(TextDecoder.decode(bytes, sourceName, options.charset()), sourceName, options.year());
  }

  private static TaskBook fromText(String text, String sourceName, OptionalInt year) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    switch (format(text, sourceName)) {
      case "json":
        return checkJsonYear(TrackerJson.readTaskBook(new StringReader(text), sourceName), text, sourceName, year);
      case "csv":
        return CsvImporter.read(new StringReader(text), sourceName, year);
      default:
        return PublishedTextImporter.read(text, sourceName, year);
    }
  }

  /** The JSON book, unless {@code given} differs from its year: then an error at its "year" field. */
  private static TaskBook checkJsonYear(TaskBook book, String json, String sourceName, OptionalInt given) {
    if (given.isEmpty() || given.getAsInt() == book.year()) {
      return book;
    }
    JsonLocation at = yearLocation(json);
    throw new InputException(sourceName, at.getLineNr(), at.getColumnNr(), "\"year\": " + book.year()
        + " differs from the year given, " + given.getAsInt() + " (--year): expected the book's own year");
  }

  /** Where the book's top-level "year" value starts; the book was read, so it is there. */
  private static JsonLocation yearLocation(String json) {
    try (JsonParser parser = TrackerJson.mapper().getFactory().createParser(json)) {
      int depth = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        } else if (depth == 1 && token == JsonToken.FIELD_NAME && parser.currentName().equals("year")) {
          parser.nextToken();
          return parser.currentTokenLocation();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("a book read from JSON has no \"year\" field");
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
