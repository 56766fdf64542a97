package io.tracker.ledger;

import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
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
 */
public final class LedgerReader {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private LedgerReader() {}

  /** Reads {@code file} in the format its extension names (.csv or .json). */
  public static ProgressLedger read(Path file) throws IOException {
    return read(file, LedgerCheck.withoutBook());
  }

  /** Reads {@code file} in the format its extension names and checks every report against {@code book}. */
  public static ProgressLedger read(Path file, TaskBook book) throws IOException {
    return read(file, LedgerCheck.of(book));
  }

  /**
   * Reads a ledger from {@code in}, which the caller closes.
   *
   * @param sourceName the name errors cite, usually the file name
   */
  public static ProgressLedger read(Reader in, LedgerFormat format, String sourceName) throws IOException {
    return read(in, format, sourceName, LedgerCheck.withoutBook());
  }

  /** Reads a ledger from {@code in}, which the caller closes, and checks it against {@code book}. */
  public static ProgressLedger read(Reader in, LedgerFormat format, String sourceName, TaskBook book)
      throws IOException {
    return read(in, format, sourceName, LedgerCheck.of(book));
  }

  private static ProgressLedger read(Path file, LedgerCheck check) throws IOException {
    requireNonNull(file, "file");
    LedgerFormat format = LedgerFormat.of(file);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, format, file.toString(), check);
    } catch (MalformedInputException e) {
      throw new InputException(file.toString(), 0, 0, "the file is not UTF-8 text: expected a UTF-8 ledger", e);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), 0, 0, "no such file \"" + file + "\": expected a ledger (.csv or .json)", e);
    }
  }

  private static ProgressLedger read(Reader in, LedgerFormat format, String sourceName, LedgerCheck check)
      throws IOException {
    requireNonNull(in, "in");
    requireNonNull(format, "format");
    requireNonNull(sourceName, "sourceName");
    Reader text = withoutByteOrderMark(in);
    List<ProgressReport> reports = switch (format) {
      case CSV -> CsvLedger.read(text, sourceName, check);
      case JSON -> JsonLedger.read(text, sourceName, check);
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
