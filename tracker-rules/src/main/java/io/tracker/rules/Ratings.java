package io.tracker.rules;

import static io.tracker.InputException.quote;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.tracker.CsvRows;
import io.tracker.InputException;
import io.tracker.rules.fact.Rating;
import io.tracker.task.Role;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A ratings file (评价表): outside ratings of units and their tasks, one per row of a CSV with the
 * header {@code unit,task,source,score,asOf} (or 单位,任务,来源,评分,日期):
 *
 * <pre>
 * unit,task,source,score,asOf
 * 县发改局,,领导评价,92,2023-06-30
 * 县发改局,5,社会评价,85.5,2023-06-30
 * </pre>
 *
 * {@code task} is empty for a rating of the unit as a whole. Every row is checked against the book:
 * a unit that carries no task, a task the unit does not carry, a score that is no number, a date
 * that is no date or lies outside the book's year are each one line {@code FILE:LINE:COLUMN: problem}.
 */
public final class Ratings {
  private static final List<String> HEADER = List.of("unit", "task", "source", "score", "asOf");
  private static final List<String> CHINESE_HEADER = List.of("单位", "任务", "来源", "评分", "日期");
  private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(1_000_000);
  private static final int MAX_SCALE = 10;
  private static final CsvFactory FACTORY = CsvFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private Ratings() {}

  /**
   * The ratings in {@code file}, checked against {@code book}.
   *
   * @throws InputException for the first bad row or cell, or a file that cannot be read
   */
  public static List<Rating> read(Path file, TaskBook book) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString(), book);
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, 0, "无法读取评价表: " + quote(String.valueOf(e.getMessage())), e);
    }
  }

  /** The ratings read from {@code in}, called {@code source} in messages, checked against {@code book}. */
  public static List<Rating> read(Reader in, String source, TaskBook book) throws IOException {
    BookUnits units = new BookUnits(book);
    List<Rating> ratings = new ArrayList<>();
    boolean[] header = {true};
    CsvRows.read((CsvParser) FACTORY.createParser(in), source, "评价表不是有效的 CSV", (printed, where) -> {
      List<String> row = printed.stream().map(String::strip).toList();
      if (row.stream().allMatch(String::isEmpty)) {
        return; // a row of empty cells (,,,, as spreadsheets save them) carries no rating
      }
      if (header[0]) {
        String first = String.join(",", row).replace("\uFEFF", "");
        if (!first.equals(String.join(",", HEADER)) && !first.equals(String.join(",", CHINESE_HEADER))) {
          throw error(source, where.get(0), "评价表的表头 " + quote(first) + " 不对: 应为 "
              + String.join(",", HEADER) + " (或 " + String.join(",", CHINESE_HEADER) + ")");
        }
        header[0] = false;
      } else {
        ratings.add(rating(row, where, source, units));
      }
    });
    if (header[0]) {
      throw new InputException(source, 1, 1, "评价表为空: 应以表头 " + String.join(",", HEADER) + " 开头");
    }
    return List.copyOf(ratings);
  }

  private static Rating rating(List<String> row, List<JsonLocation> where, String source, BookUnits units) {
    if (row.size() != HEADER.size()) {
      throw error(source, where.get(0), "这一行 " + quote(String.join(",", row)) + " 有 " + row.size()
          + " 个字段: 应有 " + HEADER.size() + " 个 (" + String.join(",", HEADER) + ")");
    }
    BigDecimal score;
    try {
      score = new BigDecimal(row.get(3));
    } catch (NumberFormatException e) {
      throw error(source, where.get(3), "评分 " + quote(row.get(3)) + " 不是数: 应为如 92 或 85.5 的分数");
    }
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(row.get(4));
    } catch (DateTimeParseException e) {
      throw error(source, where.get(4), "日期 " + quote(row.get(4)) + " 不是日期: 应为如 2023-06-30 的日期");
    }
    Rating rating = new Rating(row.get(0), row.get(1), row.get(2), score, asOf);
    units.problem(rating).ifPresent(p -> {
      throw error(source, where.get(p.field()), p.message());
    });
    return rating;
  }

  /**
   * Checks ratings a host hands in (not read from a file) against {@code book}, as {@link #read} checks
   * a file's rows.
   *
   * @throws InputException for the first bad rating; as the ratings were not read from a file, its
   *     file is {@value InputException#NO_FILE}, its LINE the rating's 1-based position and its COLUMN 0
   */
  public static void against(TaskBook book, List<Rating> ratings) {
    if (ratings.isEmpty()) {
      return;
    }
    BookUnits units = new BookUnits(book);
    for (int i = 0; i < ratings.size(); i++) {
      int position = i + 1;
      units.problem(ratings.get(i)).ifPresent(p -> {
        throw new InputException(InputException.NO_FILE, position, 0, p.message());
      });
    }
  }

  /** A problem with a rating: the field of {@link #HEADER} it concerns (0-based) and what is wrong. */
  private record Problem(int field, String message) {}

  /** The units and tasks of a book, indexed once, against which ratings are checked. */
  private static final class BookUnits {
    private final int year;
    private final Map<String, Map<String, Role>> rolesByTask = new HashMap<>();
    private final Set<String> units = new HashSet<>();

    BookUnits(TaskBook book) {
      this.year = book.year();
      for (Task task : book.tasks()) {
        Map<String, Role> roles = task.responsibility().roles();
        rolesByTask.putIfAbsent(task.id(), roles);
        units.addAll(roles.keySet());
      }
    }

    Optional<Problem> problem(Rating r) {
      if (r.unitName().isEmpty()) {
        return problem(0, "单位为空: 应为责任单位名称, 如 县发改局");
      }
      if (r.taskId().isEmpty()) {
        if (!units.contains(r.unitName())) {
          return problem(0, "单位 " + quote(r.unitName()) + " 在任务清单中没有任务: 应为清单中的责任单位");
        }
      } else {
        Map<String, Role> roles = rolesByTask.get(r.taskId());
        if (roles == null) {
          return problem(1, "任务 " + quote(r.taskId()) + " 不在任务清单中");
        }
        if (!roles.containsKey(r.unitName())) {
          return problem(0, "单位 " + quote(r.unitName()) + " 不是任务 " + quote(r.taskId()) + " 的责任单位: 应为 "
              + String.join("、", roles.keySet()));
        }
      }
      if (r.source().isEmpty()) {
        return problem(2, "来源为空: 应为评价来源, 如 领导评价、社会评价、督查评价");
      }
      if (r.score().abs().compareTo(MAX_SCORE) > 0 || r.score().scale() > MAX_SCALE) {
        return problem(3, "评分 " + quote(r.score().toString()) + " 超出范围: 应在 ±1000000 之内, 至多 "
            + MAX_SCALE + " 位小数");
      }
      if (r.asOf().getYear() != year) {
        return problem(4, "日期 " + quote(r.asOf().toString()) + " 不在任务清单的年度 " + year + " 内");
      }
      return Optional.empty();
    }

    private static Optional<Problem> problem(int field, String message) {
      return Optional.of(new Problem(field, message));
    }
  }

  private static InputException error(String source, JsonLocation at, String problem) {
    return new InputException(source, (int) at.getLineNr(), (int) at.getColumnNr(), problem);
  }
}
