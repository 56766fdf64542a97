package io.tracker;

import static io.tracker.InputException.quote;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV input read row by row from Jackson's streaming CSV parser, each cell with the place it starts
 * at, for the readers of tracker's own CSV files (the ledger, benchmarks, ratings) to check cell by
 * cell. A line with nothing but blanks on it is no row; a file that is not CSV is one
 * {@link InputException} at its place.
 */
public final class CsvRows {
  /** Receives the rows of a CSV input in order. */
  @FunctionalInterface
  public interface RowReader {
    /**
     * One row: its cells as printed, and where each starts (1-based line and column). The lists are
     * reused for the next row; copy what is kept.
     */
    void row(List<String> cells, List<JsonLocation> where);
  }

  private CsvRows() {}

  /**
   * Reads every row of {@code parser} into {@code reader} and closes the parser.
   *
   * @param source the input's name in messages
   * @param notCsv the problem a malformed input is, in Chinese ("CSV 格式有误"); the parser's own
   *     message follows it, quoted
   * @throws StreamConstraintsException as the parser throws it (a cell over its limits), for the caller
   *     that set the limits to word
   * @throws IOException if reading fails
   */
  public static void read(CsvParser parser, String source, String notCsv, RowReader reader) throws IOException {
    List<String> row = new ArrayList<>();
    List<JsonLocation> where = new ArrayList<>();
    try (parser) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_ARRAY) {
          row.clear();
          where.clear();
        } else if (token == JsonToken.VALUE_STRING) {
          row.add(parser.getText());
          where.add(parser.currentTokenLocation());
        } else if (token == JsonToken.END_ARRAY && !(row.size() == 1 && row.get(0).isBlank())) {
          reader.row(row, where);
        }
      }
    } catch (StreamConstraintsException e) {
      throw e;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InputException(source, at == null ? 0 : Math.max(at.getLineNr(), 0),
          at == null ? 0 : Math.max(at.getColumnNr(), 0), notCsv + ": " + quote(e.getOriginalMessage()), e);
    }
  }
}
