package io.tracker.ledger;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a progress ledger in its CSV or JSON form (docs/ledger.md), UTF-8 without byte-order mark,
 * a report at a time. {@link LedgerReader} reads either form back to an equal ledger.
 */
public final class LedgerWriter {
  private LedgerWriter() {}

  /** Writes the CSV form to {@code out}, which the caller closes. */
  public static void writeCsv(ProgressLedger ledger, Writer out) throws IOException {
    CsvLedger.write(requireNonNull(ledger, "ledger"), requireNonNull(out, "out"));
    out.flush();
  }

  /** Writes the CSV form to {@code file}, replacing it. */
  public static void writeCsv(ProgressLedger ledger, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeCsv(ledger, out);
    }
  }

  /** Writes the JSON form to {@code out}, which the caller closes. */
  public static void writeJson(ProgressLedger ledger, Writer out) throws IOException {
    JsonLedger.write(requireNonNull(ledger, "ledger"), requireNonNull(out, "out"));
    out.flush();
  }

  /** Writes the JSON form to {@code file}, replacing it. */
  public static void writeJson(ProgressLedger ledger, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeJson(ledger, out);
    }
  }
}
