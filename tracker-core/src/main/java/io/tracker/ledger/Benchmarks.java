package io.tracker.ledger;

import static io.tracker.InputException.quote;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.tracker.CsvRows;
import io.tracker.InputException;
import io.tracker.InputPlace;
import io.tracker.InputWarning;
import io.tracker.quantity.Magnitude;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.target.Reference;
import io.tracker.target.Target;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Benchmarks (基准值) for relative targets: the figure a reference such as 全省平均水平 stood at on a
 * date, as published, read from a CSV file with the header {@code reference,asOf,value}:
 *
 * <pre>
 * reference,asOf,value
 * 全省平均水平,2023-12-31,6.1
 * </pre>
 *
 * <p>{@code reference} is the reference as the indicator table prints it (全省平均水平, 全市平均),
 * {@code value} a plain decimal in the indicator's unit of measure. {@link #resolve} gives a relative
 * target the latest benchmark of its reference dated on or before the as-of date as its figure, so that
 * it is scored like any other target; one without such a benchmark stays unscored.
 */
public final class Benchmarks {
  /** The header a benchmarks file starts with. */
  public static final String HEADER = "reference,asOf,value";
  private static final CsvFactory FACTORY = CsvFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private final List<Benchmark> benchmarks;

  /**
   * One published benchmark.
   *
   * @param reference the reference as printed (全省平均水平)
   * @param asOf the date the figure is for
   * @param value the figure, in the indicator's unit of measure
   * @param place where the file gives it
   */
  public record Benchmark(String reference, LocalDate asOf, BigDecimal value, InputPlace place) {
    public Benchmark {
      requireNonNull(reference, "reference");
      requireNonNull(asOf, "asOf");
      requireNonNull(value, "value");
      requireNonNull(place, "place");
    }
  }

  private Benchmarks(List<Benchmark> benchmarks) {
    this.benchmarks = List.copyOf(benchmarks);
  }

  /** No benchmarks: every relative target stays unscored. */
  public static Benchmarks none() {
    return new Benchmarks(List.of());
  }

  /** The benchmarks, in file order. */
  public List<Benchmark> benchmarks() {
    return benchmarks;
  }

  /**
   * Reads a benchmarks file (UTF-8 CSV, a leading byte order mark skipped).
   *
   * @throws InputException naming the file, line and column of the first bad cell
   */
  public static Benchmarks read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, UTF_8)) {
      return read(in, file.toString());
    }
  }

  /** As {@link #read(Path)}, from {@code in}; {@code source} names it in messages. */
  public static Benchmarks read(Reader in, String source) throws IOException {
    List<Benchmark> read = new ArrayList<>();
    int[][] header = {null};
    CsvRows.read((CsvParser) FACTORY.createParser(in), source, "CSV 格式有误", (row, where) -> {
      if (header[0] == null) {
        header[0] = header(row, where, source);
      } else {
        read.add(benchmark(row, where, header[0], source));
      }
    });
    int[] columns = header[0];
    if (columns == null) {
      throw new InputException(source, 1, 1, "基准值文件为空: 应以表头 " + HEADER + " 开头");
    }
    return new Benchmarks(read);
  }

  /** The position of reference, asOf and value in the header. */
  private static int[] header(List<String> row, List<JsonLocation> where, String source) {
    List<String> names = List.of("reference", "asOf", "value");
    int[] columns = {-1, -1, -1};
    for (int i = 0; i < row.size(); i++) {
      String name = row.get(i).strip().replace("\uFEFF", "");
      int column = names.indexOf(name);
      if (column < 0 || columns[column] >= 0) {
        throw new InputException(source, where.get(i).getLineNr(), where.get(i).getColumnNr(), "表头中的列 "
            + quote(row.get(i)) + (column < 0 ? " 未知" : " 出现了两次") + ": 表头应为 " + HEADER);
      }
      columns[column] = i;
    }
    for (int c = 0; c < columns.length; c++) {
      if (columns[c] < 0) {
        throw new InputException(source, where.get(0).getLineNr(), where.get(0).getColumnNr(), "表头 "
            + quote(String.join(",", row)) + " 缺少列 \"" + names.get(c) + "\": 表头应为 " + HEADER);
      }
    }
    return columns;
  }

  private static Benchmark benchmark(List<String> row, List<JsonLocation> where, int[] columns, String source) {
    JsonLocation start = where.get(0);
    if (row.size() != where.size() || row.size() != 3) {
      throw new InputException(source, start.getLineNr(), start.getColumnNr(), "这一行 "
          + quote(String.join(",", row)) + " 有 " + row.size() + " 个字段: 应与表头一样有 3 个");
    }
    String reference = row.get(columns[0]).strip();
    if (reference.isEmpty()) {
      throw error(source, where.get(columns[0]), "reference 为空: 应为指标表所印的比较对象, 如 全省平均水平");
    }
    String date = row.get(columns[1]).strip();
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw error(source, where.get(columns[1]), "asOf " + quote(date) + " 不是日期: 应为如 2023-12-31");
    }
    String figure = row.get(columns[2]).strip();
    BigDecimal value;
    try {
      value = PlainDecimal.parse(figure);
    } catch (NumberFormatException e) {
      throw error(source, where.get(columns[2]), "value " + quote(figure) + " " + e.getMessage());
    }
    return new Benchmark(reference, asOf, value, InputPlace.inText(source, start.getLineNr(), start.getColumnNr()));
  }

  private static InputException error(String source, JsonLocation at, String problem) {
    return new InputException(source, at.getLineNr(), at.getColumnNr(), problem);
  }

  /**
   * The latest benchmark of {@code reference} dated on or before {@code asOf}, if any; of two for the
   * same date the later line, which corrects the earlier.
   */
  public Optional<Benchmark> latest(String reference, LocalDate asOf) {
    return benchmarks.stream()
        .filter(b -> b.reference().equals(reference) && !b.asOf().isAfter(asOf))
        .reduce((earlier, later) -> later.asOf().isBefore(earlier.asOf()) ? earlier : later);
  }

  /**
   * {@code book} with each relative target whose reference has a benchmark dated on or before
   * {@code asOf} given the latest one as its figure, in the indicator's unit of measure (the reference's
   * unit; a count without one when the table printed none). Other targets are kept as they are.
   */
  public TaskBook resolve(TaskBook book, LocalDate asOf) {
    List<Task> tasks = new ArrayList<>();
    for (Task task : book.tasks()) {
      List<Target> targets = new ArrayList<>();
      for (Target target : task.targets()) {
        targets.add(target.reference().flatMap(r -> latest(r.printed(), asOf).map(b -> resolved(target, r, b)))
            .orElse(target));
      }
      tasks.add(new Task(task.id(), task.section(), task.text(), task.responsibility(), task.leaders(),
          task.deadline(), targets, task.tags(), task.weight(), task.scoringText(), task.assessor()));
    }
    return new TaskBook(book.issuer(), book.documentNumber(), book.issuedOn(), book.year(), book.title(),
        book.sections(), tasks);
  }

  private static Target resolved(Target target, Reference reference, Benchmark benchmark) {
    Unit unit = reference.unit().orElse(new Unit(Magnitude.ONE, ""));
    return new Target(target.metric(), target.subject(), target.kind(), target.bound(),
        new Quantity(benchmark.value(), unit), target.period(), target.qualifier(), target.source(), target.part(),
        target.due(), target.assignee(), Optional.empty());
  }

  /**
   * A warning for each benchmark whose reference no relative target of {@code book} prints, at its line:
   * a reference spelt otherwise than the table prints it would silently score nothing.
   */
  public List<InputWarning> unused(TaskBook book) {
    Set<String> printed = new LinkedHashSet<>();
    book.tasks().forEach(t -> t.targets().forEach(x -> x.reference().ifPresent(r -> printed.add(r.printed()))));
    List<InputWarning> warnings = new ArrayList<>();
    for (Benchmark b : benchmarks) {
      if (!printed.contains(b.reference())) {
        warnings.add(new InputWarning(b.place(), "基准 " + quote(b.reference()) + " 不是任务书中任何相对目标的比较对象"
            + (printed.isEmpty() ? "(任务书没有相对目标)" : "(应为 " + String.join("、", printed) + " 之一)")
            + ": 此行不用"));
      }
    }
    return warnings;
  }
}
