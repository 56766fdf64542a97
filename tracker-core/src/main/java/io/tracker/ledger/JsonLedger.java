package io.tracker.ledger;

import static io.tracker.InputException.quote;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
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

/**
 * The JSON form of a ledger, {@code {"reports":[{…},{…}]}}, read and written a report at a time;
 * written one report per line.
 */
final class JsonLedger {
  /** Callers own the readers and writers they pass; the factory leaves them open. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();
  private static final String REPORTS = "reports";
  private static final String PROPERTIES = Stream.of(LedgerColumn.values())
      .map(LedgerColumn::header).collect(Collectors.joining(", "));

  private JsonLedger() {}

  static List<ProgressReport> read(Reader in, String source, LedgerCheck check, InputLimits limits)
      throws IOException {
    Cells cells = new Cells(source);
    List<ProgressReport> reports = new ArrayList<>();
    JsonParser parser = new JsonFactoryBuilder(FACTORY).streamReadConstraints(Cells.constraints(limits)).build()
        .createParser(in);
    try (parser) {
      expect(parser, parser.nextToken(), JsonToken.START_OBJECT, "台账对象 {\"reports\":[…]}", source);
      boolean seenReports = false;
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        if (!parser.currentName().equals(REPORTS) || seenReports) {
          throw at(parser, source, "属性 " + quote(parser.currentName())
              + " 不应出现在这里: 台账对象只有一个属性 \"reports\"");
        }
        seenReports = true;
        expect(parser, parser.nextToken(), JsonToken.START_ARRAY, "报送数组 [{…}]", source);
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
          expect(parser, token, JsonToken.START_OBJECT, "报送对象 {\"task\":…}", source);
          JsonLocation start = parser.currentTokenLocation();
          reports.add(cells.checked(report(parser, cells), check));
          limits.checkLedgerRows(InputPlace.inText(source, start.getLineNr(), start.getColumnNr()), reports.size());
        }
      }
      expect(parser, token, JsonToken.END_OBJECT, "台账对象结束", source);
      if (!seenReports) {
        throw at(parser, source, "台账对象没有 \"reports\": 应为 {\"reports\":[…]}");
      }
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw at(parser, source, "台账对象之后多出了 " + quote(parser.getText()) + ": 台账应只有一个 JSON 对象");
      }
    } catch (StreamConstraintsException e) {
      throw Cells.tooLong(source, parser.currentLocation(), limits, e);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      throw new InputException(source, where == null ? 0 : Math.max(where.getLineNr(), 0),
          where == null ? 0 : Math.max(where.getColumnNr(), 0), "JSON 格式有误: " + quote(e.getOriginalMessage()), e);
    }
    return reports;
  }

  private static ProgressReport report(JsonParser parser, Cells cells) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    cells.startReport(start.getLineNr(), start.getColumnNr());
    Set<LedgerColumn> seen = EnumSet.noneOf(LedgerColumn.class);
    String task = null;
    OptionalInt target = OptionalInt.empty();
    String asOf = null;
    Optional<BigDecimal> value = Optional.empty();
    Optional<Status> status = Optional.empty();
    Optional<BigDecimal> percent = Optional.empty();
    String note = "";
    String problems = "";
    String nextSteps = "";
    String reporter = "";
    Optional<String> reportedAt = Optional.empty();
    String milestone = "";
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      LedgerColumn column = LedgerColumn.ofHeader(name).orElseThrow(() -> at(parser, cells.source(),
          "报送中的属性 " + quote(name) + " 未知: 应为 " + PROPERTIES + " 之一"));
      if (!seen.add(column)) {
        throw at(parser, cells.source(), "属性 " + quote(name) + " 在一条报送中出现了两次");
      }
      JsonToken token = parser.nextToken();
      JsonLocation where = parser.currentTokenLocation();
      cells.at(column, where.getLineNr(), where.getColumnNr());
      switch (column) {
        case TASK -> task = text(parser, cells, column, true).orElseThrow(
            () -> cells.error(LedgerColumn.TASK, "task 为 null: 应为印发的任务序号, 如 \"5\""));
        case TARGET -> target = token == JsonToken.VALUE_NULL ? OptionalInt.empty()
            : OptionalInt.of(cells.position(number(parser, cells, column, true)));
        case AS_OF -> asOf = text(parser, cells, column, false).orElseThrow(
            () -> cells.error(LedgerColumn.AS_OF, "asOf 为 null: 应为 2023-06-30 这样的日期"));
        case VALUE -> value = token == JsonToken.VALUE_NULL ? Optional.empty()
            : Optional.of(cells.decimal(column, number(parser, cells, column, false)));
        case STATUS -> status = text(parser, cells, column, false).map(cells::status);
        case PERCENT -> percent = token == JsonToken.VALUE_NULL ? Optional.empty()
            : Optional.of(cells.decimal(column, number(parser, cells, column, false)));
        case NOTE -> note = text(parser, cells, column, false).orElse("");
        case PROBLEMS -> problems = text(parser, cells, column, false).orElse("");
        case NEXT_STEPS -> nextSteps = text(parser, cells, column, false).orElse("");
        case REPORTER -> reporter = text(parser, cells, column, false).orElse("");
        case REPORTED_AT -> reportedAt = text(parser, cells, column, false);
        case MILESTONE -> milestone = text(parser, cells, column, false).orElse("");
        default -> throw new AssertionError(column);
      }
    }
    if (task == null) {
      throw cells.reportError("报送缺少 \"task\": 应为印发的任务序号, 如 \"task\":\"5\"");
    }
    if (asOf == null) {
      throw cells.reportError("任务 " + quote(task) + " 的报送缺少 \"asOf\": 应为日期, 如"
          + " \"asOf\":\"2023-06-30\"");
    }
    return new ProgressReport(task, target, cells.date(asOf), value, status, percent, note, problems, nextSteps,
        reporter, reportedAt.map(cells::timestamp), milestone);
  }

  /** The string at the current token; null gives empty; a number is taken as its text if allowed. */
  private static Optional<String> text(JsonParser parser, Cells cells, LedgerColumn column, boolean numberAllowed)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (token == JsonToken.VALUE_STRING || numberAllowed && token == JsonToken.VALUE_NUMBER_INT) {
      return Optional.of(parser.getText());
    }
    throw cells.error(column, column.header() + " 是" + describe(parser, token) + ": 应为字符串");
  }

  /**
   * The text of the number at the current token, as written: read by {@link Cells}, never converted
   * here, so that an exponent or a huge scale is refused before any arithmetic.
   */
  private static String number(JsonParser parser, Cells cells, LedgerColumn column, boolean integral)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || !integral && token == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getText();
    }
    throw cells.error(column, column.header() + " 是" + describe(parser, token)
        + (integral ? ": 应为整数 1, 2, …" : ": 应为数字, 如 3.2"));
  }

  /** The JSON value at the current token as the message quotes it: {@code 字符串 "3.2"}. */
  private static String describe(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> "对象 \"{…}\"";
      case START_ARRAY -> "数组 \"[…]\"";
      case VALUE_STRING -> "字符串 " + quote(parser.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "数字 " + quote(parser.getText());
      default -> quote(parser.getText());
    };
  }

  private static void expect(JsonParser parser, JsonToken actual, JsonToken expected, String what, String source)
      throws IOException {
    if (actual != expected) {
      throw at(parser, source, (actual == null ? "输入已结束" : "遇到 " + quote(parser.getText()))
          + ": 应为" + what);
    }
  }

  private static InputException at(JsonParser parser, String source, String problem) {
    JsonLocation where = parser.currentTokenLocation();
    return new InputException(source, Math.max(where.getLineNr(), 0), Math.max(where.getColumnNr(), 0), problem);
  }

  static void write(ProgressLedger ledger, Writer out) throws IOException {
    List<LedgerColumn> columns = LedgerColumn.writtenFor(ledger);
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.setPrettyPrinter(new OneReportPerLine());
      generator.writeStartObject();
      generator.writeFieldName(REPORTS);
      generator.writeStartArray();
      for (ProgressReport r : ledger.reports()) {
        generator.writeStartObject();
        generator.writeStringField(LedgerColumn.TASK.header(), r.taskId());
        generator.writeFieldName(LedgerColumn.TARGET.header());
        if (r.target().isPresent()) {
          generator.writeNumber(r.target().getAsInt());
        } else {
          generator.writeNull();
        }
        generator.writeStringField(LedgerColumn.AS_OF.header(), r.asOf().toString());
        writeDecimal(generator, LedgerColumn.VALUE, r.value());
        generator.writeStringField(LedgerColumn.STATUS.header(), r.status().map(Status::name).orElse(null));
        writeDecimal(generator, LedgerColumn.PERCENT, r.percent());
        generator.writeStringField(LedgerColumn.NOTE.header(), r.note());
        if (columns.contains(LedgerColumn.PROBLEMS)) {
          generator.writeStringField(LedgerColumn.PROBLEMS.header(), r.problems());
        }
        if (columns.contains(LedgerColumn.NEXT_STEPS)) {
          generator.writeStringField(LedgerColumn.NEXT_STEPS.header(), r.nextSteps());
        }
        generator.writeStringField(LedgerColumn.REPORTER.header(), r.reporter());
        generator.writeStringField(LedgerColumn.REPORTED_AT.header(),
            r.reportedAt().map(Cells.TIMESTAMP::format).orElse(null));
        if (columns.contains(LedgerColumn.MILESTONE)) {
          generator.writeStringField(LedgerColumn.MILESTONE.header(), r.milestone());
        }
        generator.writeEndObject();
      }
      generator.writeEndArray();
      generator.writeEndObject();
      generator.writeRaw('\n');
    }
  }

  private static void writeDecimal(JsonGenerator generator, LedgerColumn column, Optional<BigDecimal> value)
      throws IOException {
    generator.writeFieldName(column.header());
    if (value.isPresent()) {
      generator.writeNumber(value.get());
    } else {
      generator.writeNull();
    }
  }

  /** Compact objects, one report per line, so a ledger diffs and greps line by line. */
  private static final class OneReportPerLine extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(",\n");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
      if (nrOfValues > 0) {
        g.writeRaw('\n');
      }
      g.writeRaw(']');
    }
  }
}
