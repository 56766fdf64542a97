package io.tracker.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.tracker.InputLimits;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the caller of {@link TaskBookReader} knows about a file that the file may not say.
 *
 * @param charset the charset to decode a text file strictly with; empty to detect it (UTF-8, else
 *     GB18030/GBK)
 * @param year the work year (年度) the caller gives; empty when the file must say it. It is taken
 *     when the file has no 年度 column and no title naming a year; where the file does state its year
 *     (a 年度 column, a deadline printing a year such as 2023年6月底, the title of the notice or
 *     table, the year of a JSON book), a different given year is an error
 * @param columns headers the caller maps to columns, for tables whose headers {@link TaskColumn}
 *     does not know ("目标名称" → {@link TaskColumn#GROUP}, "责任处室" → {@link TaskColumn#LEAD});
 *     compared without whitespace and with simplified characters
 * @param limits how much the reader takes before it refuses the input ({@link InputLimits}): the
 *     file's bytes ({@code maxInputBytes}), the characters of one cell, line or paragraph
 *     ({@code maxTextChars}), the tasks of the list ({@code maxTasks}) and the targets of one task
 *     ({@code maxTargetsPerTask}); {@link InputLimits#defaults()} unless given
 */
public record ImportOptions(Optional<Charset> charset, OptionalInt year, Map<String, TaskColumn> columns,
    InputLimits limits) {
  private static final ImportOptions DEFAULTS =
      new ImportOptions(Optional.empty(), OptionalInt.empty(), Map.of(), InputLimits.defaults());

  /** Checks the parts; a given year must have four digits (1000–9999). */
  public ImportOptions {
    requireNonNull(charset, "charset");
    requireNonNull(year, "year");
    year.ifPresent(y -> checkArgument(y >= 1000 && y <= 9999, "year must have four digits: %s", y));
    columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(columns, "columns")));
    requireNonNull(limits, "limits");
  }

  /** No charset, no year and no column given (all come from the file), and the default limits. */
  public static ImportOptions defaults() {
    return DEFAULTS;
  }

  /** These options decoding with {@code charset}. */
  public ImportOptions withCharset(Charset charset) {
    return new ImportOptions(Optional.of(requireNonNull(charset, "charset")), year, columns, limits);
  }

  /** These options giving the work year {@code year}. */
  public ImportOptions withYear(int year) {
    return new ImportOptions(charset, OptionalInt.of(year), columns, limits);
  }

  /** These options reading a column headed {@code header} as {@code column}. */
  public ImportOptions withColumn(String header, TaskColumn column) {
    checkArgument(!requireNonNull(header, "header").isBlank(), "header must not be blank");
    Map<String, TaskColumn> more = new LinkedHashMap<>(columns);
    more.put(header.strip(), requireNonNull(column, "column"));
    return new ImportOptions(charset, year, more, limits);
  }

  /** These options reading within {@code limits}. */
  public ImportOptions withLimits(InputLimits limits) {
    return new ImportOptions(charset, year, columns, requireNonNull(limits, "limits"));
  }
}
