package io.tracker.report;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.List;

/** Reads CSV text back into rows of cells (the header is the first row). */
final class CsvRows {
  private CsvRows() {}

  static List<List<String>> parse(String csv) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> rows = mapper
        .readerForListOf(String.class)
        .with(CsvSchema.emptySchema())
        .readValues(csv)) {
      return rows.readAll();
    }
  }
}
