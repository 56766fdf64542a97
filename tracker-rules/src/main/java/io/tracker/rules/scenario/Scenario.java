package io.tracker.rules.scenario;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tracker.InputException;
import io.tracker.imports.TaskBookReader;
import io.tracker.json.TrackerJson;
import io.tracker.ledger.LedgerReader;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.Status;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.rules.Light;
import io.tracker.rules.fact.Rating;
import io.tracker.target.Bound;
import io.tracker.target.Due;
import io.tracker.target.Period;
import io.tracker.target.SourceSpan;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Deadline;
import io.tracker.task.Responsibility;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import io.tracker.task.Section;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A test case an analyst writes for a rule set (评分场景): a task book, a ledger, an as-of date and
 * the scores, lights and flags the rules must give. Read from JSON:
 *
 * <pre>{@code
 * {
 *   "name": "增长超目标2个百分点加2分",
 *   "asOf": "2023-12-31",
 *   "year": 2023,
 *   "tasks": [{"id": "1", "text": "地方财政收入增长13%", "units": ["县财政局"], "coUnits": [],
 *              "leaders": ["张三"], "deadline": "2023-11-30",
 *              "targets": [{"metric": "地方财政收入", "kind": "GROWTH", "bound": "EXACTLY",
 *                           "value": 13, "unit": "%", "period": "Q1"}]}],
 *   "ledger": [{"task": "1", "target": 1, "asOf": "2023-11-30", "value": 15},
 *              {"task": "2", "asOf": "2023-11-30", "status": "DONE"}],
 *   "tolerance": 0.01,
 *   "expect": {"tasks": {"1": {"score": 12, "light": "GREEN", "flags": []}},
 *              "units": {"县财政局": 12}, "leaders": {"张三": 12}, "total": 12,
 *              "points": {"县财政局": 10}}
 * }
 * }</pre>
 *
 * {@code points} are units' points (考核得分) of an indicator table with 分值 (docs/indicators.md).
 *
 * Instead of {@code tasks}, {@code "book": "data/book.txt"} names a task book file (any form
 * {@link TaskBookReader} reads: the published text, CSV or JSON), and {@code "ledgerFile":
 * "data/ledger.csv"} a ledger file ({@link LedgerReader}) whose reports come before the inline ones; both
 * relative to the scenario, in a {@code data/} directory so that they are not taken for rules or
 * scenarios, and never outside the rule directory ({@link #read(Path, Path)}). Every expectation is
 * optional; flags are compared as codes, in any order.
 *
 * <p>A task may have {@code "tags": ["重点"]} and, with its deadline, {@code "milestone": "动工"} (the
 * deadline is then that milestone's date, "5月底前动工"); a target {@code "part": true} and {@code "due":
 * "2023-03-31"}; a report {@code "note"} and {@code "milestone"}. {@code "ratings"} lists outside
 * ratings ({@code {"unit", "task", "source", "score", "asOf"}}, task optional), and {@code "expect":
 * {"tallies": {"达到序时进度任务数": {"book": 3}}}} the figures the rules must report, by name and scope.
 *
 * @param name what the scenario shows
 * @param file the scenario file
 * @param book the task book
 * @param ledger the progress reports
 * @param asOf the as-of date
 * @param tolerance largest accepted difference of a score
 * @param expected the expected results
 * @param ratings the outside ratings
 */
public record Scenario(
    String name, Path file, TaskBook book, ProgressLedger ledger, LocalDate asOf, BigDecimal tolerance,
    Expected expected, List<Rating> ratings) {

  public Scenario {
    requireNonNull(name, "name");
    requireNonNull(file, "file");
    requireNonNull(book, "book");
    requireNonNull(ledger, "ledger");
    requireNonNull(asOf, "asOf");
    requireNonNull(tolerance, "tolerance");
    requireNonNull(expected, "expected");
    ratings = List.copyOf(requireNonNull(ratings, "ratings"));
  }

  /** Expected results; absent entries are not checked. Tallies are by name, then scope; points by unit. */
  public record Expected(
      Map<String, ExpectedTask> tasks, Map<String, BigDecimal> units, Map<String, BigDecimal> leaders,
      Optional<BigDecimal> total, Map<String, Map<String, BigDecimal>> tallies, Map<String, BigDecimal> points) {
    public Expected {
      tasks = Map.copyOf(requireNonNull(tasks, "tasks"));
      units = Map.copyOf(requireNonNull(units, "units"));
      leaders = Map.copyOf(requireNonNull(leaders, "leaders"));
      requireNonNull(total, "total");
      tallies = Map.copyOf(requireNonNull(tallies, "tallies"));
      points = Map.copyOf(requireNonNull(points, "points"));
    }
  }

  /** Expected score, light and flag codes of one task; each optional. */
  public record ExpectedTask(Optional<BigDecimal> score, Optional<Light> light, Optional<List<String>> flags) {
    public ExpectedTask {
      requireNonNull(score, "score");
      requireNonNull(light, "light");
      requireNonNull(flags, "flags");
    }
  }

  /**
   * Reads the scenario in {@code file}, taking the scenario's own directory as its rule directory:
   * the data files it names must lie in or below that directory (see {@link #read(Path, Path)}).
   *
   * @throws InputException if the file is not a scenario, quoting where and what
   */
  public static Scenario read(Path file) {
    return read(file.toAbsolutePath().getParent(), file);
  }

  /**
   * Reads the scenario in {@code file}, a file in rule directory {@code ruleDirectory}. The task book
   * and ledger files it names ({@code "book"}, {@code "ledgerFile"}) are paths relative to the
   * scenario that must stay inside the rule directory: an absolute path, a {@code ..} leading out of
   * it, a symbolic link on the way (or the scenario file itself being one) and anything but a regular
   * file are refused, each with one line citing the scenario file and the line of the name.
   *
   * @throws InputException if the file is not a scenario, or names a data file it may not read
   */
  public static Scenario read(Path ruleDirectory, Path file) {
    ObjectMapper mapper = TrackerJson.mapper();
    String name = file.toString();
    ScenarioFiles data = new ScenarioFiles(ruleDirectory, file);
    try {
      Json json = mapper.readValue(data.scenarioText(), Json.class);
      if (json.expect() == null) {
        throw new InputException(name, 1, 1, "场景缺少 \"expect\": 应写出期望的得分, 亮灯或预警");
      }
      LocalDate asOf = required(json.asOf(), name, "asOf");
      TaskBook book = json.book() != null
          ? TaskBookReader.read(data.path("book", json.book())).strictBook()
          : inlineBook(required(json.tasks(), name, "tasks 或 book"), json.year() == null ? asOf.getYear() : json.year());
      List<ProgressReport> reports = new ArrayList<>();
      if (json.ledgerFile() != null) {
        reports.addAll(LedgerReader.read(data.path("ledgerFile", json.ledgerFile()), book).reports());
      }
      for (ReportJson r : json.ledger() == null ? List.<ReportJson>of() : json.ledger()) {
        reports.add(new ProgressReport(required(r.task(), name, "ledger[].task"),
            r.target() == null ? OptionalInt.empty() : OptionalInt.of(r.target()),
            required(r.asOf(), name, "ledger[].asOf"), Optional.ofNullable(r.value()),
            Optional.ofNullable(r.status()), Optional.ofNullable(r.percent()), r.note() == null ? "" : r.note(), "", "",
            "", Optional.empty(), r.milestone() == null ? "" : r.milestone()));
      }
      List<Rating> ratings = new ArrayList<>();
      for (RatingJson r : json.ratings() == null ? List.<RatingJson>of() : json.ratings()) {
        ratings.add(new Rating(required(r.unit(), name, "ratings[].unit"), r.task() == null ? "" : r.task(),
            required(r.source(), name, "ratings[].source"), required(r.score(), name, "ratings[].score"),
            required(r.asOf(), name, "ratings[].asOf")));
      }
      Map<String, ExpectedTask> tasks = new LinkedHashMap<>();
      if (json.expect().tasks() != null) {
        json.expect().tasks().forEach((id, t) -> tasks.put(id, new ExpectedTask(Optional.ofNullable(t.score()),
            Optional.ofNullable(t.light()), Optional.ofNullable(t.flags()))));
      }
      Expected expected = new Expected(tasks,
          json.expect().units() == null ? Map.of() : json.expect().units(),
          json.expect().leaders() == null ? Map.of() : json.expect().leaders(),
          Optional.ofNullable(json.expect().total()),
          json.expect().tallies() == null ? Map.of() : json.expect().tallies(),
          json.expect().points() == null ? Map.of() : json.expect().points());
      return new Scenario(json.name() == null ? file.getFileName().toString() : json.name(), file, book,
          ProgressLedger.of(reports), asOf, json.tolerance() == null ? new BigDecimal("0.01") : json.tolerance(),
          expected, ratings);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InputException(name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          "不是有效的场景 JSON: " + InputException.quote(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new InputException(name, 0, 0, "无法读取场景: " + InputException.quote(String.valueOf(e.getMessage())), e);
    } catch (IllegalArgumentException e) {
      throw new InputException(name, 0, 0, "场景内容有误: " + InputException.quote(String.valueOf(e.getMessage())), e);
    }
  }

  private static TaskBook inlineBook(List<TaskJson> tasks, int year) {
    List<Task> built = new ArrayList<>();
    for (TaskJson t : tasks) {
      List<ResponsibleUnit> units = new ArrayList<>();
      for (String unit : t.units() == null ? List.<String>of() : t.units()) {
        units.add(new ResponsibleUnit(unit, unit, Role.LEAD));
      }
      for (String unit : t.coUnits() == null ? List.<String>of() : t.coUnits()) {
        units.add(new ResponsibleUnit(unit, unit, Role.CO));
      }
      List<Target> targets = new ArrayList<>();
      for (TargetJson g : t.targets() == null ? List.<TargetJson>of() : t.targets()) {
        Unit unit = unit(g.unit());
        String text = g.metric() + g.value().toPlainString() + unit;
        Target target = new Target(g.metric(), Optional.empty(), g.kind(), g.bound() == null ? Bound.EXACTLY : g.bound(),
            new Quantity(g.value(), unit), Optional.ofNullable(g.period()), Optional.empty(),
            new SourceSpan(text, 0, text.length()), Boolean.TRUE.equals(g.part()));
        targets.add(g.due() == null ? target : target.withDue(
            Optional.of(new Due(MonthDay.from(g.due()), g.due().getMonthValue() + "月" + g.due().getDayOfMonth() + "日前"))));
      }
      Optional<Deadline> deadline = Optional.ofNullable(t.deadline())
          .map(d -> new Deadline(Optional.of(d), d.getMonthValue() + "月底" + (t.milestone() == null ? "" : "前" + t.milestone()),
              Optional.ofNullable(t.milestone())));
      built.add(new Task(t.id(), 1, t.text() == null ? "任务" + t.id() : t.text(), new Responsibility(units),
          t.leaders() == null ? List.of() : t.leaders(), deadline, targets)
          .withTags(t.tags() == null ? List.of() : t.tags()));
    }
    return new TaskBook("", "", Optional.empty(), year, "场景", List.of(new Section(1, "场景")), built);
  }

  /** The unit printed as {@code printed}, read by the one unit grammar ({@link Unit#parse}). */
  private static Unit unit(String printed) {
    if (printed == null || printed.isBlank()) {
      throw new IllegalArgumentException("目标缺少 \"unit\" (如 \"%\", \"亿元\", \"个\")");
    }
    try {
      return Unit.parse(printed);
    } catch (InputException e) {
      throw new IllegalArgumentException(e.problem(), e);
    }
  }

  private static <T> T required(T value, String file, String field) {
    if (value == null) {
      throw new InputException(file, 0, 0, "场景缺少 \"" + field + "\"");
    }
    return value;
  }

  // JSON forms.
  record Json(String name, LocalDate asOf, Integer year, ScenarioFiles.Name book, List<TaskJson> tasks,
      ScenarioFiles.Name ledgerFile, List<ReportJson> ledger, BigDecimal tolerance, ExpectJson expect,
      List<RatingJson> ratings) {}

  record TaskJson(String id, String text, List<String> units, List<String> coUnits, List<String> leaders,
      LocalDate deadline, String milestone, List<TargetJson> targets, List<String> tags) {}

  record TargetJson(String metric, TargetKind kind, Bound bound, BigDecimal value, String unit, Period period,
      Boolean part, LocalDate due) {}

  record ReportJson(String task, Integer target, LocalDate asOf, BigDecimal value, Status status, BigDecimal percent,
      String note, String milestone) {}

  record RatingJson(String unit, String task, String source, BigDecimal score, LocalDate asOf) {}

  record ExpectJson(Map<String, TaskExpectJson> tasks, Map<String, BigDecimal> units,
      Map<String, BigDecimal> leaders, BigDecimal total, Map<String, Map<String, BigDecimal>> tallies,
      Map<String, BigDecimal> points) {}

  record TaskExpectJson(BigDecimal score, Light light, List<String> flags) {}
}
