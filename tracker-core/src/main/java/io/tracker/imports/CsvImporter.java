package io.tracker.imports;

import static io.tracker.imports.UnitCells.withoutWhitespace;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.tracker.InputException;
import io.tracker.target.Target;
import io.tracker.target.TargetParser;
import io.tracker.task.Deadline;
import io.tracker.task.DeadlineParser;
import io.tracker.task.Responsibility;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import io.tracker.task.Section;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a task list from CSV with a header row (read with Jackson's streaming CSV parser).
 *
 * <p>Columns, in any order; each header cell must be one of these:
 *
 * <ul>
 *   <li>序号 (required): 1, 2, 3 … without gaps or repeats;
 *   <li>the task (required), headed 任务, 工作任务, 目标任务, 民生实事, 重点任务 or 任务内容;
 *   <li>责任单位 (units separated by 、 ， , / or line breaks, with 牵头/配合 marks), or 牵头单位 with
 *       an optional 配合单位 (every unit under 牵头单位 leads, every one under 配合单位 co-operates);
 *   <li>the leader in charge (optional), headed 包抓领导, 分管领导, 责任领导 or 县级包抓领导;
 *   <li>完成时限 (optional);
 *   <li>年度 (optional): the work year, the same on every row;
 *   <li>附件 (optional): the section number of the row, 1 when there is no such column.
 * </ul>
 *
 * <p>The book's year is the 年度 column's; without one, the year the caller gives; without that,
 * the first year printed in a deadline (2023年6月底); without that, a year 20xx standing alone in
 * the source's file name (2024年重点任务.csv, tasks-2024.csv; not v12024.csv); without any, the input
 * is refused. A given year that differs from the 年度 column or from that first printed deadline
 * year is an error at the cell. A CSV names no issuer or document number
 * (both empty); its title is the source name without directory and extension, and its sections are
 * "附件N" for each section number used.
 */
final class CsvImporter {
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
  private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<![0-9A-Za-z])(20\\d{2})(?![0-9A-Za-z])");

  private enum Column {
    NUMBER("序号"),
    TEXT("任务", "工作任务", "目标任务", "民生实事", "重点任务", "任务内容"),
    UNITS("责任单位"),
    LEAD_UNITS("牵头单位"),
    CO_UNITS("配合单位"),
    LEADERS("包抓领导", "分管领导", "责任领导", "县级包抓领导"),
    DEADLINE("完成时限"),
    YEAR("年度"),
    SECTION("附件");

    private final List<String> headers;

    Column(String... headers) {
      this.headers = List.of(headers);
    }

    static Optional<Column> ofHeader(String header) {
      for (Column c : values()) {
        if (c.headers.contains(header)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }
  }

  /** One cell as read, with where it starts. */
  private record Cell(String text, int line, int column) {}

  private final String source;
  private final OptionalInt givenYear;

  private CsvImporter(String source, OptionalInt givenYear) {
    this.source = source;
    this.givenYear = givenYear;
  }

  static TaskBook read(Reader csv, String source, OptionalInt givenYear) {
    return new CsvImporter(source, givenYear).read(readRows(csv, source));
  }

  private static List<List<Cell>> readRows(Reader csv, String source) {
    List<List<Cell>> rows = new ArrayList<>();
    CsvMapper mapper = new CsvMapper();
    try (CsvParser parser = (CsvParser) mapper.getFactory().createParser(csv)) {
      parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      List<Cell> row = null;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_ARRAY) {
          row = new ArrayList<>();
        } else if (token == JsonToken.END_ARRAY) {
          if (row != null && !row.stream().allMatch(c -> c.text().isBlank())) {
            rows.add(row);
          }
          row = null;
        } else if (row != null && token.isScalarValue()) {
          JsonLocation at = parser.currentTokenLocation();
          row.add(new Cell(parser.getText(), at.getLineNr(), Math.max(at.getColumnNr(), 1)));
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InputException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          "malformed CSV: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private TaskBook read(List<List<Cell>> rows) {
    if (rows.isEmpty()) {
      throw new InputException(source, 1, 1, "empty input: expected a CSV header row such as 序号,任务,责任单位,完成时限");
    }
    Map<Column, Integer> columns = new HashMap<>();
    List<Cell> header = rows.get(0);
    for (int i = 0; i < header.size(); i++) {
      Cell cell = header.get(i);
      String name = withoutWhitespace(cell.text());
      Column column = Column.ofHeader(name).orElseThrow(() -> at(cell,
          "unknown header \"" + cell.text() + "\": expected one of 序号, 任务 (工作任务, 目标任务, 民生实事, 重点任务, "
              + "任务内容), 责任单位, 牵头单位, 配合单位, 包抓领导 (分管领导, 责任领导, 县级包抓领导), 完成时限, 年度, 附件"));
      if (columns.put(column, i) != null) {
        throw at(cell, "header \"" + cell.text() + "\" repeats a column: expected each column once");
      }
    }
    Cell lastHeader = header.get(header.size() - 1);
    for (Column required : List.of(Column.NUMBER, Column.TEXT)) {
      if (!columns.containsKey(required)) {
        throw at(lastHeader, "header row has no " + required.headers.get(0) + " column: expected " + required.headers);
      }
    }
    if (!columns.containsKey(Column.UNITS) && !columns.containsKey(Column.LEAD_UNITS)) {
      throw at(lastHeader, "header row has no 责任单位 or 牵头单位 column: expected the responsible units");
    }
    List<List<Cell>> body = rows.subList(1, rows.size());
    for (List<Cell> row : body) {
      if (row.size() > header.size()) {
        Cell extra = row.get(header.size());
        throw at(extra, "cell \"" + extra.text() + "\" has no header: expected " + header.size() + " cells per row");
      }
    }
    int year = year(body, columns);
    OrganisationNames names = OrganisationNames.of(body.stream()
        .flatMap(row -> List.of(Column.UNITS, Column.LEAD_UNITS, Column.CO_UNITS).stream()
            .map(c -> cell(row, columns, c)).flatMap(Optional::stream))
        .flatMap(c -> UnitCells.split(c.text()).stream())
        .map(UnitCells.PrintedUnit::printed)
        .toList());
    List<Task> tasks = new ArrayList<>();
    List<Integer> sectionNumbers = new ArrayList<>();
    int expected = 1;
    for (List<Cell> row : body) {
      Task task = task(row, columns, names, year, expected++);
      if (!sectionNumbers.contains(task.section())) {
        sectionNumbers.add(task.section());
      }
      tasks.add(task);
    }
    List<Section> sections = sectionNumbers.stream().map(n -> new Section(n, "附件" + n)).toList();
    if (!columns.containsKey(Column.SECTION)) {
      sections = List.of(new Section(1, title()));
    }
    return new TaskBook("", "", Optional.empty(), year, title(), sections, tasks);
  }

  private String title() {
    String name = fileName();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The source name without its directory. */
  private String fileName() {
    return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
  }

  private int year(List<List<Cell>> body, Map<Column, Integer> columns) {
    if (columns.containsKey(Column.YEAR) && !body.isEmpty()) {
      return yearColumn(body, columns);
    }
    Optional<Cell> printed = Optional.empty();
    for (List<Cell> row : body) {
      Optional<Cell> deadline = cell(row, columns, Column.DEADLINE);
      if (deadline.isPresent() && YEAR.matcher(deadline.get().text()).find()) {
        printed = deadline;
        break;
      }
    }
    if (printed.isPresent()) {
      Matcher m = YEAR.matcher(printed.get().text());
      m.find();
      int year = Integer.parseInt(m.group(1));
      if (givenYear.isPresent() && givenYear.getAsInt() != year) {
        throw at(printed.get(), "deadline \"" + printed.get().text() + "\" prints the year " + year
            + ", not the year given, " + givenYear.getAsInt() + " (--year): expected deadlines in the given year");
      }
      return year;
    }
    if (givenYear.isPresent()) {
      return givenYear.getAsInt();
    }
    String name = fileName();
    List<Integer> named = YEAR_IN_NAME.matcher(name).results()
        .map(m -> Integer.parseInt(m.group(1))).distinct().toList();
    if (named.size() == 1) {
      return named.get(0);
    }
    throw new InputException(source, 1, 1, "no 年度 column, no year given (--year), no deadline printing a year "
        + "(2023年6月底) and " + (named.isEmpty() ? "no year" : "more than one year " + named) + " in the file name \""
        + name + "\": expected a 年度 column giving the year, or the year given with --year");
  }

  private int yearColumn(List<List<Cell>> body, Map<Column, Integer> columns) {
    Integer year = null;
    for (List<Cell> row : body) {
      Cell cell = required(row, columns, Column.YEAR, "年度");
      String text = withoutWhitespace(cell.text()).replace("年", "");
      if (!DIGITS.matcher(text).matches() || text.length() != 4) {
        throw at(cell, "年度 \"" + cell.text() + "\": expected a year such as 2023");
      }
      int value = Integer.parseInt(text);
      if (year != null && value != year) {
        throw at(cell, "年度 \"" + cell.text() + "\" differs from " + year + " above: expected one year per file");
      }
      if (givenYear.isPresent() && givenYear.getAsInt() != value) {
        throw at(cell, "年度 \"" + cell.text() + "\" differs from the year given, " + givenYear.getAsInt()
            + " (--year): expected the given year or no 年度 column");
      }
      year = value;
    }
    return year;
  }

  private Task task(List<Cell> row, Map<Column, Integer> columns, OrganisationNames names, int year, int expected) {
    Cell number = required(row, columns, Column.NUMBER, "序号");
    String id = withoutWhitespace(number.text());
    if (!id.equals(Integer.toString(expected))) {
      throw at(number, "序号 \"" + number.text() + "\""
          + (expected == 1 ? " starts the list" : " follows \"" + (expected - 1) + "\"")
          + ": expected \"" + expected + "\"");
    }
    Cell textCell = required(row, columns, Column.TEXT, "task (任务)");
    String text = textCell.text().strip();
    int section = 1;
    Optional<Cell> sectionCell = cell(row, columns, Column.SECTION);
    if (sectionCell.isPresent()) {
      String s = withoutWhitespace(sectionCell.get().text()).replace("附件", "");
      if (!DIGITS.matcher(s).matches() || s.length() > 3) {
        throw at(sectionCell.get(), "附件 \"" + sectionCell.get().text() + "\": expected a section number such as 1");
      }
      section = Integer.parseInt(s);
    }
    List<UnitCells.PrintedUnit> printed = new ArrayList<>();
    List<Cell> unitCells = new ArrayList<>();
    if (columns.containsKey(Column.UNITS)) {
      Cell units = required(row, columns, Column.UNITS, "responsible unit (责任单位)");
      for (UnitCells.PrintedUnit unit : UnitCells.split(units.text())) {
        printed.add(unit);
        unitCells.add(units);
      }
    } else {
      Cell lead = required(row, columns, Column.LEAD_UNITS, "lead unit (牵头单位)");
      addMarked(lead, Role.LEAD, printed, unitCells);
      cell(row, columns, Column.CO_UNITS).ifPresent(co -> addMarked(co, Role.CO, printed, unitCells));
    }
    List<String> resolved = new ArrayList<>();
    for (int i = 0; i < printed.size(); i++) {
      String unit = printed.get(i).printed();
      if (!names.isUnit(unit)) {
        throw at(unitCells.get(i), "\"" + unit + "\" in \"" + unitCells.get(i).text()
            + "\" is not a unit: expected a name such as 县财政局");
      }
      try {
        resolved.add(names.resolve(unit));
      } catch (IllegalArgumentException e) {
        throw at(unitCells.get(i), e.getMessage());
      }
    }
    List<ResponsibleUnit> units = UnitCells.assignRoles(printed, resolved);
    List<String> leaders = cell(row, columns, Column.LEADERS)
        .map(c -> UnitCells.split(c.text()).stream().map(UnitCells.PrintedUnit::printed).toList())
        .orElse(List.of());
    Optional<Deadline> deadline = cell(row, columns, Column.DEADLINE).map(c -> {
      try {
        return DeadlineParser.parse(c.text(), year);
      } catch (InputException e) {
        throw e.relocate(source, c.line(), c.column() - 1);
      }
    });
    return new Task(id, section, text, new Responsibility(units), leaders, deadline, targets(text, textCell));
  }

  private static void addMarked(Cell cell, Role role, List<UnitCells.PrintedUnit> printed, List<Cell> cells) {
    for (UnitCells.PrintedUnit unit : UnitCells.split(cell.text())) {
      printed.add(new UnitCells.PrintedUnit(unit.printed(), Optional.of(unit.mark().orElse(role)), false));
      cells.add(cell);
    }
  }

  private List<Target> targets(String text, Cell cell) {
    try {
      return TargetParser.parse(text);
    } catch (InputException e) {
      int leading = cell.text().indexOf(text.isEmpty() ? cell.text() : text.substring(0, 1));
      throw e.relocate(source, cell.line(), cell.column() - 1 + Math.max(leading, 0));
    }
  }

  /** The non-blank cell of {@code column} in {@code row}, if the column exists and the cell is filled. */
  private static Optional<Cell> cell(List<Cell> row, Map<Column, Integer> columns, Column column) {
    Integer index = columns.get(column);
    if (index == null || index >= row.size() || row.get(index).text().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(row.get(index));
  }

  private Cell required(List<Cell> row, Map<Column, Integer> columns, Column column, String what) {
    Optional<Cell> cell = cell(row, columns, column);
    if (cell.isPresent()) {
      return cell.get();
    }
    int index = columns.get(column);
    Cell where = index < row.size() ? row.get(index) : row.get(row.size() - 1);
    String rowId = cell(row, columns, Column.NUMBER).map(Cell::text).orElse("?");
    throw at(where, "row " + rowId + " has an empty " + what + " cell: expected a value under "
        + column.headers.get(0));
  }

  private InputException at(Cell cell, String problem) {
    return new InputException(source, cell.line(), cell.column(), problem);
  }
}
