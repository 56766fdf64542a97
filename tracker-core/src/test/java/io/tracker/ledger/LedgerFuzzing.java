package io.tracker.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.BadInputLines;
import io.tracker.InputException;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What the ledger readers' fuzz tests check of every input (as UTF-8 text, read against
 * {@link SampleBook}): a ledger of at most as many reports as lines, or {@link InputException} of
 * one short line; anything else is a finding.
 */
final class LedgerFuzzing {
  private static final TaskBook BOOK = SampleBook.book();

  private LedgerFuzzing() {}

  static void read(byte[] input, LedgerFormat format) {
    String text = new String(input, StandardCharsets.UTF_8);
    ProgressLedger ledger;
    try {
      ledger = LedgerReader.read(new StringReader(text), format, "ledger." + format.name().toLowerCase(), BOOK);
    } catch (InputException e) {
      BadInputLines.check(e);
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("a StringReader does not fail", e);
    }
    assertThat(ledger.reports().size()).as("reports read").isLessThanOrEqualTo(text.length());
  }
}
