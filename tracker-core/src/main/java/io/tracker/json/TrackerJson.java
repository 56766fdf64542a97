package io.tracker.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tracker.InputException;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The one configured Jackson mapper for tracker's JSON forms (task book, ledger, assessment).
 *
 * <p>A task book is written in this shape; the property names are a public contract:
 *
 * <pre>{@code
 * {"issuer":"西乡县人民政府", "documentNumber":"西政发〔2023〕3", "issuedOn":"2023-03-10", "year":2023,
 *  "title":"…", "sections":[{"number":1,"title":"…"}],
 *  "tasks":[{"id":"1","section":1,"text":"地方财政收入增长13%",
 *    "units":[{"name":"县财政局","printed":"县财政局","role":"LEAD"}],
 *    "leaders":[], "deadline":{"date":"2023-11-30","printed":"11月底"},
 *    "targets":[{"metric":"地方财政收入","subject":null,"kind":"GROWTH","bound":"EXACTLY",
 *      "value":13,"unit":"%","baseValue":13,"baseUnit":"%","period":null,"qualifier":null,
 *      "source":{"text":"地方财政收入增长13%","start":0,"end":11}}]}]}
 * }</pre>
 *
 * <p>Absent values are {@code null}; a deadline has "milestone" only when it names one; "period" is
 * a {@link io.tracker.target.Period} name; a target has {@code "part":true} (after "source") only when
 * it is a part of a figure before it ("新建学校20所,其中幼儿园7个": 7个 is a part of 20所), and an
 * absent "part" reads as false; decimals are written plainly (no exponent) and read back with their
 * scale, so reading what was written gives an equal book.
 */
public final class TrackerJson {
  /** Immutable and thread-safe once configured. */
  private static final ObjectReader TASK_BOOK_READER = mapper().readerFor(TaskBook.class);

  private TrackerJson() {}

  /** A new mapper configured for tracker's JSON: ISO dates, plain decimals, unknown fields refused. */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new TaskBookModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
  }

  /**
   * Reads a task book in its JSON form.
   *
   * @param source the file name used in error messages
   * @throws InputException at the line and column Jackson reports for malformed JSON, an unknown
   *     or missing property, or values that do not make a valid task book
   */
  public static TaskBook readTaskBook(Reader json, String source) {
    requireNonNull(json, "json");
    requireNonNull(source, "source");
    try {
      return TASK_BOOK_READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw inputException(e, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@link InputException} for a JSON problem, at the location Jackson reports. */
  public static InputException inputException(JsonProcessingException e, String source) {
    JsonLocation where = e.getLocation();
    int line = where == null ? 0 : Math.max(where.getLineNr(), 0);
    int column = where == null ? 0 : Math.max(where.getColumnNr(), 0);
    String problem;
    if (e instanceof UnrecognizedPropertyException unknown) {
      problem = "unknown field \"" + unknown.getPropertyName() + "\": expected one of "
          + unknown.getKnownPropertyIds();
    } else {
      problem = e.getOriginalMessage().lines().findFirst().orElse("invalid JSON");
    }
    return new InputException(source, line, column, problem, e);
  }
}
