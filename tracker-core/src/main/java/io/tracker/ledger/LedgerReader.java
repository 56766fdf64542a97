package io.tracker.ledger;

import static io.tracker.InputException.quote;
import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.InputLimits;
import io.tracker.task.TaskBook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnmappableCharacterException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a progress ledger (进度台账) from its CSV or JSON form (docs/ledger.md), streaming: the text
 * is read once, a report at a time. UTF-8; a leading byte-order mark is skipped.
 *
 * <p>The whole file is read and checked before anything is returned: any bad cell, row or report
 * throws {@link InputException} citing {@code FILE:LINE:COLUMN} of the offending cell; so does a
 * missing file. Without a book
 * the reader checks what needs none (see {@link LedgerCheck}); with a book it also checks each report
 * against the book.
 *
 * <p>Numbers are plain decimals within a documented range (docs/ledger.md), checked as text before
 * any arithmetic. The input's size, the length of each cell and the number of reports are bounded by
 * {@link InputLimits} ({@link InputLimits#defaults()} unless the caller gives its own).
 */
public final class LedgerReader {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private LedgerReader() {}

  /** Reads {@code file} in the format its extension names (.csv or .json). */
  public static ProgressLedger read(Path file) throws IOException {
    return read(file, LedgerCheck.withoutBook(), InputLimits.defaults());
  }

  /** Reads {@code file} in the format its extension names and checks every report against {@code book}. */
  public static ProgressLedger read(Path file, TaskBook book) throws IOException {
    return read(file, book, InputLimits.defaults());
  }

  /** As {@link #read(Path, TaskBook)}, within {@code limits}. */
  public static ProgressLedger read(Path file, TaskBook book, InputLimits limits) throws IOException {
    return read(file, LedgerCheck.of(book), limits);
  }

  /**
   * Reads a ledger from {@code in}, which the caller closes.
   *
   * @param sourceName the name errors cite, usually the file name
   */
  public static ProgressLedger read(Reader in, LedgerFormat format, String sourceName) throws IOException {
    return read(in, format, sourceName, LedgerCheck.withoutBook(), InputLimits.defaults());
  }

  /** Reads a ledger from {@code in}, which the caller closes, and checks it against {@code book}. */
  public static ProgressLedger read(Reader in, LedgerFormat format, String sourceName, TaskBook book)
      throws IOException {
    return read(in, format, sourceName, book, InputLimits.defaults());
  }

  /**
   * As {@link #read(Reader, LedgerFormat, String, TaskBook)}, within {@code limits}; a Reader's size
   * is counted in characters.
   */
  public static ProgressLedger read(Reader in, LedgerFormat format, String sourceName, TaskBook book,
      InputLimits limits) throws IOException {
    return read(in, format, sourceName, LedgerCheck.of(book), limits);
  }

  private static ProgressLedger read(Path file, LedgerCheck check, InputLimits limits) throws IOException {
    requireNonNull(file, "file");
    requireNonNull(limits, "limits");
    LedgerFormat format = LedgerFormat.of(file);
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream bytes = limits.bounded(Files.newInputStream(file), file.toString());
        Reader in = new BufferedReader(new InputStreamReader(bytes, utf8))) {
      return read(in, format, file.toString(), check, limits);
    } catch (MalformedInputException | UnmappableCharacterException e) {
      throw new InputException(file.toString(), 0, 0, "文件不是 UTF-8 文本: 台账应为 UTF-8 编码", e);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), 0, 0, "文件 " + quote(file.toString())
          + " 不存在: 应为台账文件 (.csv 或 .json)", e);
    }
  }

  private static ProgressLedger read(Reader in, LedgerFormat format, String sourceName, LedgerCheck check,
      InputLimits limits) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(format, "format");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(limits, "limits");
    Reader text = withoutByteOrderMark(limits.bounded(in, sourceName));
    List<ProgressReport> reports = switch (format) {
      case CSV -> CsvLedger.read(text, sourceName, check, limits);
      case JSON -> JsonLedger.read(text, sourceName, check, limits);
    };
    return ProgressLedger.of(reports);
  }

  private static Reader withoutByteOrderMark(Reader in) throws IOException {
    PushbackReader pushback = new PushbackReader(in, 1);
    int first = pushback.read();
    if (first != -1 && first != BYTE_ORDER_MARK) {
      pushback.unread(first);
    }
    return pushback;
  }
}
