package io.tracker.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.tracker.InputException;
import io.tracker.InputPlace;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads CSV (with Jackson's streaming CSV parser) into a {@link Table}, each cell with its line and column. */
final class CsvTables {
  private CsvTables() {}

  static Table read(Reader csv, String source, String name) {
    List<List<Cell>> rows = new ArrayList<>();
    CsvMapper mapper = new CsvMapper();
    try (CsvParser parser = (CsvParser) mapper.getFactory().createParser(csv)) {
      parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      List<Cell> row = null;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_ARRAY) {
          row = new ArrayList<>();
        } else if (token == JsonToken.END_ARRAY) {
          if (row != null && !row.stream().allMatch(Cell::isBlank)) {
            rows.add(row);
          }
          row = null;
        } else if (row != null && token.isScalarValue()) {
          JsonLocation at = parser.currentTokenLocation();
          row.add(new Cell(parser.getText(), InputPlace.inText(source, at.getLineNr(), Math.max(at.getColumnNr(), 1))));
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InputException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          "CSV 格式错误: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Table(name, InputPlace.inText(source, 1, 1), List.of(), rows);
  }
}
