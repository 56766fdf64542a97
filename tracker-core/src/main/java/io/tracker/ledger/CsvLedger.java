package io.tracker.ledger;

import static io.tracker.InputException.quote;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.tracker.CsvRows;
import io.tracker.InputException;
import io.tracker.InputLimits;
import io.tracker.InputPlace;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The CSV form of a ledger, read and written a row at a time. */
final class CsvLedger {
  /** Callers own the readers and writers they pass; the factory leaves them open. */
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private static final String HEADER = Stream.of(LedgerColumn.values())
      .map(LedgerColumn::header).collect(Collectors.joining(","));

  private CsvLedger() {}

  static List<ProgressReport> read(Reader in, String source, LedgerCheck check, InputLimits limits)
      throws IOException {
    Cells cells = new Cells(source);
    List<ProgressReport> reports = new ArrayList<>();
    LedgerColumn[][] columns = {null};
    CsvParser parser = (CsvParser) FACTORY.rebuild().streamReadConstraints(Cells.constraints(limits)).build().createParser(in);
    try {
      CsvRows.read(parser, source, "CSV 格式有误", (row, where) -> {
        if (columns[0] == null) {
          columns[0] = header(row, where, source);
        } else {
          reports.add(cells.checked(report(row, where, columns[0], cells), check));
          limits.checkLedgerRows(InputPlace.inText(source, where.get(0).getLineNr(), where.get(0).getColumnNr()),
              reports.size());
        }
      });
    } catch (StreamConstraintsException e) {
      throw Cells.tooLong(source, parser.currentLocation(), limits, e);
    }
    if (columns[0] == null) {
      throw new InputException(source, 1, 1, "台账为空: 应以表头 " + HEADER + " 开头");
    }
    return reports;
  }

  private static LedgerColumn[] header(List<String> row, List<JsonLocation> where, String source) {
    LedgerColumn[] columns = new LedgerColumn[row.size()];
    Set<LedgerColumn> seen = EnumSet.noneOf(LedgerColumn.class);
    for (int i = 0; i < row.size(); i++) {
      String name = row.get(i);
      JsonLocation at = where.get(i);
      Optional<LedgerColumn> column = LedgerColumn.ofHeader(name);
      if (column.isEmpty()) {
        throw new InputException(source, at.getLineNr(), at.getColumnNr(),
            "表头中的列 " + quote(name) + " 未知: 表头应为 " + HEADER);
      }
      if (!seen.add(column.get())) {
        throw new InputException(source, at.getLineNr(), at.getColumnNr(),
            "表头中的列 " + quote(name) + " 出现了两次: 表头应为 " + HEADER);
      }
      columns[i] = column.get();
    }
    for (LedgerColumn required : LedgerColumn.values()) {
      if (required.required() && !seen.contains(required)) {
        JsonLocation at = where.get(0);
        throw new InputException(source, at.getLineNr(), at.getColumnNr(), "表头 " + quote(String.join(",", row))
            + " 缺少列 \"" + required.header() + "\": 表头应为 " + HEADER);
      }
    }
    return columns;
  }

  private static ProgressReport report(
      List<String> row, List<JsonLocation> where, LedgerColumn[] header, Cells cells) {
    JsonLocation start = where.get(0);
    cells.startReport(start.getLineNr(), start.getColumnNr());
    if (row.size() != header.length) {
      throw cells.reportError("这一行 " + quote(String.join(",", row)) + " 有 " + row.size()
          + " 个字段: 应与表头一样有 " + header.length + " 个");
    }
    String task = "";
    OptionalInt target = OptionalInt.empty();
    String asOf = "";
    Optional<BigDecimal> value = Optional.empty();
    Optional<Status> status = Optional.empty();
    Optional<BigDecimal> percent = Optional.empty();
    String note = "";
    String problems = "";
    String nextSteps = "";
    String reporter = "";
    String reportedAt = "";
    String milestone = "";
    for (int i = 0; i < header.length; i++) {
      cells.at(header[i], where.get(i).getLineNr(), where.get(i).getColumnNr());
      String text = row.get(i);
      switch (header[i]) {
        case TASK -> task = text;
        case TARGET -> target = text.isEmpty() ? OptionalInt.empty() : OptionalInt.of(cells.position(text));
        case AS_OF -> asOf = text;
        case VALUE -> value = text.isEmpty() ? Optional.empty() : Optional.of(cells.decimal(LedgerColumn.VALUE, text));
        case STATUS -> status = text.isEmpty() ? Optional.empty() : Optional.of(cells.status(text));
        case PERCENT -> percent = text.isEmpty() ? Optional.empty()
            : Optional.of(cells.decimal(LedgerColumn.PERCENT, text));
        case NOTE -> note = text;
        case PROBLEMS -> problems = text;
        case NEXT_STEPS -> nextSteps = text;
        case REPORTER -> reporter = text;
        case REPORTED_AT -> reportedAt = text;
        case MILESTONE -> milestone = text;
        default -> throw new AssertionError(header[i]);
      }
    }
    return new ProgressReport(task, target, cells.date(asOf), value, status, percent, note, problems, nextSteps,
        reporter, reportedAt.isEmpty() ? Optional.empty() : Optional.of(cells.timestamp(reportedAt)), milestone);
  }

  static void write(ProgressLedger ledger, Writer out) throws IOException {
    List<LedgerColumn> columns = LedgerColumn.writtenFor(ledger);
    CsvSchema.Builder schema = CsvSchema.builder();
    for (LedgerColumn column : columns) {
      schema.addColumn(column.header());
    }
    try (CsvGenerator generator = (CsvGenerator) FACTORY.createGenerator(out)) {
      generator.setSchema(schema.build());
      writeRow(generator, columns.stream().map(LedgerColumn::header).toList());
      for (ProgressReport r : ledger.reports()) {
        writeRow(generator, columns.stream().map(c -> cell(r, c)).toList());
      }
    }
  }

  private static String cell(ProgressReport r, LedgerColumn column) {
    return switch (column) {
      case TASK -> r.taskId();
      case TARGET -> r.target().isPresent() ? Integer.toString(r.target().getAsInt()) : "";
      case AS_OF -> r.asOf().toString();
      case VALUE -> r.value().map(BigDecimal::toPlainString).orElse("");
      case STATUS -> r.status().map(Status::name).orElse("");
      case PERCENT -> r.percent().map(BigDecimal::toPlainString).orElse("");
      case NOTE -> r.note();
      case PROBLEMS -> r.problems();
      case NEXT_STEPS -> r.nextSteps();
      case REPORTER -> r.reporter();
      case REPORTED_AT -> r.reportedAt().map(Cells.TIMESTAMP::format).orElse("");
      case MILESTONE -> r.milestone();
    };
  }

  private static void writeRow(CsvGenerator generator, List<String> cells) throws IOException {
    generator.writeStartArray();
    for (String cell : cells) {
      generator.writeString(cell);
    }
    generator.writeEndArray();
  }
}
