package io.tracker.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the caller of {@link TaskBookReader} knows about a file that the file may not say.
 *
 * @param charset the charset to decode the bytes strictly with; empty to detect it (UTF-8, else
 *     GB18030/GBK)
 * @param year the work year (年度) the caller gives; empty when the file must say it. A CSV list
 *     takes it when it has no 年度 column; where the file does state its year (a 年度 column, a
 *     deadline printing a year such as 2023年6月底, the title of a published notice, the year of a
 *     JSON book), a different given year is an error
 */
public record ImportOptions(Optional<Charset> charset, OptionalInt year) {
  private static final ImportOptions DEFAULTS = new ImportOptions(Optional.empty(), OptionalInt.empty());

  /** Checks the parts; a given year must have four digits (1000–9999). */
  public ImportOptions {
    requireNonNull(charset, "charset");
    requireNonNull(year, "year");
    year.ifPresent(y -> checkArgument(y >= 1000 && y <= 9999, "year must have four digits: %s", y));
  }

  /** No charset and no year given: both come from the file. */
  public static ImportOptions defaults() {
    return DEFAULTS;
  }

  /** These options decoding with {@code charset}. */
  public ImportOptions withCharset(Charset charset) {
    return new ImportOptions(Optional.of(requireNonNull(charset, "charset")), year);
  }

  /** These options giving the work year {@code year}. */
  public ImportOptions withYear(int year) {
    return new ImportOptions(charset, OptionalInt.of(year));
  }
}
