package io.tracker.imports;

import static io.tracker.imports.UnitCells.withoutWhitespace;

import io.tracker.InputException;
import io.tracker.target.Target;
import io.tracker.target.TargetParser;
import io.tracker.task.Deadline;
import io.tracker.task.DeadlineParser;
import io.tracker.task.Responsibility;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Section;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a task list in the layout of text extracted from a published notice: the notice (title,
 * document number, issuer, date), then per annex (附件N) its title, the header cells one per line
 * and per task its number line, its text line and then one line per cell value.
 *
 * <p>How a cell line is placed:
 *
 * <ul>
 *   <li>a line that reads as a deadline ({@link DeadlineParser#looksLikeDeadline}) is the deadline
 *       (完成时限) and must be the row's last line;
 *   <li>two consecutive lines are one unit split over two lines when together they are a unit name
 *       printed in full elsewhere in the document (市生态环境局 / 西乡分局, 县经合 / 中心), or when
 *       neither is a unit on its own and together they end with a unit suffix (城北 / 街道); the
 *       printed form is the two parts joined;
 *   <li>a line of units ({@link OrganisationNames#isUnit}) is a responsible unit (责任单位);
 *   <li>a line of two or three Chinese characters, possibly padded with spaces ("惠  理"), that is
 *       not a unit is a leader in charge (包抓领导);
 *   <li>any other line is an error, as is a leader before the units or a line after the deadline.
 * </ul>
 *
 * <p>The notice parts are read from the lines before 附件1: the title is the first line ending in
 * 通知; the issuer is the title up to 关于; the year is the first 4-digit year (yyyy年) in the title
 * (a year the caller gives must be that year); the document number is the line like 西政发〔2023〕3号,
 * where a closing bracket lost in extraction ("西政发〔20233") is put back after the year and
 * nothing else is added ("西政发〔2023〕3"); the issue date is the last line of digits only, read
 * as yyyy + month + day when the year is the book's year and exactly one split into month and day
 * is a real date ("2023310" is 2023-03-10, "2023111" stays unknown). Other notice text is not read.
 */
final class PublishedTextImporter {
  private static final Pattern ANNEX = Pattern.compile("附件(\\d{1,2})");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile("(\\p{IsHan}+)([〔\\[［【(（])(\\d{4})([〕\\]］】)）])?(\\d*)(号?)");
  private static final Pattern DATE_IN_WORDS = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
  private static final List<String> COLUMNS = List.of(
      "序号", "任务", "工作任务", "目标任务", "重点任务", "任务内容", "民生实事", "责任单位", "牵头单位",
      "包抓领导", "分管领导", "责任领导", "县级包抓领导", "完成时限");

  private final String source;
  private final List<Line> lines;
  private final OptionalInt givenYear;

  private PublishedTextImporter(String source, List<Line> lines, OptionalInt givenYear) {
    this.source = source;
    this.lines = lines;
    this.givenYear = givenYear;
  }

  static TaskBook read(String text, String source, OptionalInt givenYear) {
    List<Line> lines = new ArrayList<>();
    String[] raw = text.split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
      lines.add(new Line(i + 1, line));
    }
    return new PublishedTextImporter(source, lines, givenYear).read();
  }

  /** One line of the input. */
  private record Line(int number, String raw) {
    String clean() {
      return withoutWhitespace(raw);
    }

    boolean isBlank() {
      return clean().isEmpty();
    }

    /** 1-based column of the first non-blank character. */
    int column() {
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
          return i + 1;
        }
      }
      return 1;
    }

    String text() {
      return raw.strip();
    }
  }

  /** A row as laid out: its number line, its text line and its cell lines. */
  private record RawRow(int section, Line number, Line text, List<Line> cells) {}

  /** The columns an annex's header names. */
  private record Columns(boolean leaders, boolean deadline) {}

  private TaskBook read() {
    if (lines.stream().allMatch(Line::isBlank)) {
      throw new InputException(source, 1, 1, "empty input: expected a published task list (任务分解一览表)");
    }
    List<Integer> annexes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (ANNEX.matcher(lines.get(i).clean()).matches()) {
        annexes.add(i);
      }
    }
    if (annexes.isEmpty()) {
      Line first = nextNonBlank(0, lines.size()).orElseThrow();
      throw new InputException(source, first.number(), first.column(),
          "no annex line such as \"附件1\" found (first line \"" + first.text()
              + "\"): expected the notice followed by 附件1 and its task table");
    }
    List<Line> notice = lines.subList(0, annexes.get(0));
    Line titleLine = notice.stream().filter(l -> l.clean().endsWith("通知")).findFirst()
        .orElseThrow(() -> at(lines.get(annexes.get(0)),
            "no title ending in 通知 before \"" + lines.get(annexes.get(0)).text()
                + "\": expected the notice title first"));
    String title = titleLine.text();
    int year = yearOf(titleLine);
    if (givenYear.isPresent() && givenYear.getAsInt() != year) {
      throw at(titleLine, "title \"" + titleLine.text() + "\" names the year " + year + ", not the year given, "
          + givenYear.getAsInt() + " (--year): expected the notice's year");
    }
    String issuer = issuerOf(titleLine);

    List<Section> sections = new ArrayList<>();
    List<RawRow> rows = new ArrayList<>();
    List<Columns> columns = new ArrayList<>();
    for (int k = 0; k < annexes.size(); k++) {
      int start = annexes.get(k);
      int end = k + 1 < annexes.size() ? annexes.get(k + 1) : lines.size();
      Line marker = lines.get(start);
      Matcher m = ANNEX.matcher(marker.clean());
      m.matches();
      int number = Integer.parseInt(m.group(1));
      if (number != k + 1) {
        throw at(marker, "annex \"" + marker.text() + "\": expected 附件" + (k + 1));
      }
      Line sectionTitle = nextNonBlank(start + 1, end)
          .filter(l -> !DIGITS.matcher(l.clean()).matches())
          .orElseThrow(() -> at(marker, "annex \"" + marker.text() + "\" has no title: expected the table title"));
      sections.add(new Section(number, sectionTitle.text()));
      int firstRow = sectionTitle.number(); // the index of the line after the title
      while (firstRow < end && !DIGITS.matcher(lines.get(firstRow).clean()).matches()) {
        firstRow++;
      }
      columns.add(columns(lines.subList(sectionTitle.number(), firstRow), sectionTitle));
      rows.addAll(rawRows(number, marker, firstRow, end, rows.isEmpty() ? 0 : lastId(rows)));
    }
    OrganisationNames names = OrganisationNames.of(rows.stream()
        .flatMap(r -> r.cells().stream())
        .flatMap(l -> UnitCells.split(l.raw()).stream())
        .map(UnitCells.PrintedUnit::printed)
        .toList());
    List<Task> tasks = new ArrayList<>();
    for (RawRow row : rows) {
      tasks.add(task(row, columns.get(row.section() - 1), names, year));
    }
    return new TaskBook(issuer, documentNumber(notice), issuedOn(notice, year), year, title, sections, tasks);
  }

  private static int lastId(List<RawRow> rows) {
    return Integer.parseInt(rows.get(rows.size() - 1).number().clean());
  }

  private Columns columns(List<Line> header, Line sectionTitle) {
    List<String> found = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    Line last = sectionTitle;
    for (Line cell : header) {
      if (cell.isBlank()) {
        continue;
      }
      last = cell;
      pending.append(cell.clean());
      String name = pending.toString();
      if (COLUMNS.contains(name)) {
        found.add(name);
        pending.setLength(0);
      } else if (COLUMNS.stream().noneMatch(c -> c.startsWith(name))) {
        throw at(cell, "header cell \"" + cell.text() + "\" is not a column: expected one of "
            + String.join(", ", COLUMNS));
      }
    }
    if (pending.length() > 0) {
      throw at(last, "header cell \"" + last.text() + "\" is not a whole column name: expected one of "
          + String.join(", ", COLUMNS));
    }
    if (!found.contains("序号") || !(found.contains("责任单位") || found.contains("牵头单位"))) {
      throw at(last, "header " + found + " after \"" + sectionTitle.text()
          + "\" lacks 序号 or 责任单位: expected a header row before the first task");
    }
    boolean leaders = found.stream().anyMatch(c -> c.endsWith("领导"));
    return new Columns(leaders, found.contains("完成时限"));
  }

  /** Splits lines {@code [from, to)} into rows by their number lines, checking the numbering. */
  private List<RawRow> rawRows(int section, Line marker, int from, int to, int previousId) {
    List<RawRow> rows = new ArrayList<>();
    int i = from;
    int expected = previousId + 1;
    while (true) {
      Optional<Line> next = nextNonBlank(i, to);
      if (next.isEmpty()) {
        break;
      }
      Line number = next.get();
      if (!DIGITS.matcher(number.clean()).matches()) {
        throw at(number, "cannot place \"" + number.text() + "\": expected 序号 " + expected);
      }
      if (!number.clean().equals(Integer.toString(expected))) {
        throw at(number, "序号 \"" + number.clean() + "\""
            + (expected == 1 ? " starts the list" : " follows \"" + (expected - 1) + "\"")
            + ": expected \"" + expected + "\"");
      }
      int idx = number.number();
      Optional<Line> text = nextNonBlank(idx, to).filter(l -> !DIGITS.matcher(l.clean()).matches());
      if (text.isEmpty()) {
        throw at(number, "row " + expected + " has no task text: expected the task (任务) after 序号 " + expected);
      }
      List<Line> cells = new ArrayList<>();
      int j = text.get().number();
      while (j < to && !DIGITS.matcher(lines.get(j).clean()).matches()) {
        if (!lines.get(j).isBlank()) {
          cells.add(lines.get(j));
        }
        j++;
      }
      rows.add(new RawRow(section, number, text.get(), cells));
      i = j;
      expected++;
    }
    if (rows.isEmpty()) {
      throw at(marker, "annex \"" + marker.text() + "\" has no tasks: expected 序号 " + expected);
    }
    return rows;
  }

  private Task task(RawRow row, Columns columns, OrganisationNames names, int year) {
    String id = row.number().clean();
    Line textLine = row.text();
    String text = textLine.text();
    if (names.isPrinted(textLine.clean())) {
      throw at(textLine, "row " + id + " has no task text: found unit \"" + text + "\" where the task (任务) belongs");
    }
    List<UnitCells.PrintedUnit> units = new ArrayList<>();
    List<Line> unitLines = new ArrayList<>();
    List<String> leaders = new ArrayList<>();
    Optional<Deadline> deadline = Optional.empty();
    List<Line> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      Line cell = cells.get(i);
      String s = cell.clean();
      if (deadline.isPresent()) {
        throw at(cell, "cannot place \"" + cell.text() + "\" after the deadline (完成时限) of row " + id
            + ": expected 序号 " + (Integer.parseInt(id) + 1));
      }
      if (DeadlineParser.looksLikeDeadline(s)) {
        if (!columns.deadline()) {
          throw at(cell, "cannot place \"" + cell.text() + "\": annex " + row.section()
              + " has no 完成时限 column");
        }
        try {
          deadline = Optional.of(DeadlineParser.parse(cell.text(), year));
        } catch (InputException e) {
          throw e.relocate(source, cell.number(), cell.column() - 1);
        }
        continue;
      }
      if (leaders.isEmpty() && i + 1 < cells.size() && joins(s, cells.get(i + 1).clean(), names)) {
        units.add(new UnitCells.PrintedUnit(s + cells.get(i + 1).clean(), Optional.empty(), false));
        unitLines.add(cell);
        i++;
        continue;
      }
      List<UnitCells.PrintedUnit> inCell = UnitCells.split(cell.raw());
      if (leaders.isEmpty() && inCell.stream().allMatch(u -> names.isUnit(u.printed()))) {
        units.addAll(inCell);
        inCell.forEach(u -> unitLines.add(cell));
        continue;
      }
      if (isPersonName(s, names)) {
        if (!columns.leaders()) {
          throw at(cell, "cannot place \"" + cell.text() + "\": annex " + row.section() + " has no 包抓领导 column");
        }
        if (units.isEmpty()) {
          throw at(cell, "row " + id + " has no responsible unit (责任单位): found leader \"" + cell.text()
              + "\" where a unit belongs");
        }
        leaders.add(s);
        continue;
      }
      throw at(cell, "cannot place \"" + cell.text() + "\" in row " + id
          + ": expected a responsible unit (责任单位)" + (columns.leaders() ? ", a leader (包抓领导)" : "")
          + (columns.deadline() ? " or a deadline (完成时限)" : ""));
    }
    if (units.isEmpty()) {
      Line where = cells.isEmpty() ? textLine : cells.get(0);
      throw at(where, "row " + id + " has no responsible unit (责任单位)"
          + (cells.isEmpty() ? " after \"" + text + "\"" : ": found \"" + where.text() + "\"")
          + ": expected a unit such as 县财政局");
    }
    if (columns.deadline() && deadline.isEmpty()) {
      Line last = cells.get(cells.size() - 1);
      throw at(last, "row " + id + " has no deadline (完成时限) after \"" + last.text() + "\": expected e.g. 11月底");
    }
    List<String> resolved = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      try {
        resolved.add(names.resolve(units.get(i).printed()));
      } catch (IllegalArgumentException e) {
        throw at(unitLines.get(i), e.getMessage());
      }
    }
    List<ResponsibleUnit> responsible = UnitCells.assignRoles(units, resolved);
    return new Task(id, row.section(), text, new Responsibility(responsible), leaders, deadline,
        targets(text, textLine));
  }

  private List<Target> targets(String text, Line line) {
    try {
      return TargetParser.parse(text);
    } catch (InputException e) {
      throw e.relocate(source, line.number(), line.column() - 1);
    }
  }

  /** Whether lines {@code a} and {@code b} are one unit name split over two lines. */
  private static boolean joins(String a, String b, OrganisationNames names) {
    if (DeadlineParser.looksLikeDeadline(b)) {
      return false;
    }
    String joined = a + b;
    return names.isPrinted(joined)
        || !names.isUnit(a) && !names.isUnit(b) && OrganisationNames.hasUnitSuffix(joined);
  }

  /** Two or three Chinese characters that are not a unit and do not start like one (县, 市). */
  private static boolean isPersonName(String s, OrganisationNames names) {
    int length = s.codePointCount(0, s.length());
    return length >= 2 && length <= 3
        && s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        && !s.startsWith("县") && !s.startsWith("市")
        && !names.isUnit(s);
  }

  private int yearOf(Line titleLine) {
    Matcher m = YEAR.matcher(titleLine.clean());
    if (!m.find()) {
      throw at(titleLine, "title \"" + titleLine.text() + "\" names no year: expected e.g. 2023年");
    }
    return Integer.parseInt(m.group(1));
  }

  private String issuerOf(Line titleLine) {
    String title = titleLine.clean();
    int about = title.indexOf("关于");
    if (about <= 0) {
      throw at(titleLine, "cannot tell the issuer from title \"" + titleLine.text()
          + "\": expected \"<issuer>关于…的通知\"");
    }
    return title.substring(0, about);
  }

  /** The document number as far as it can be recovered; empty when none is printed. */
  private static String documentNumber(List<Line> notice) {
    for (Line line : notice) {
      Matcher m = DOCUMENT_NUMBER.matcher(line.clean());
      if (m.matches() && m.group(1).endsWith("发")) {
        String close = m.group(4) != null ? m.group(4) : closing(m.group(2));
        return m.group(1) + m.group(2) + m.group(3) + close + m.group(5) + m.group(6);
      }
    }
    return "";
  }

  private static String closing(String open) {
    switch (open) {
      case "[":
        return "]";
      case "［":
        return "］";
      case "【":
        return "】";
      case "(":
        return ")";
      case "（":
        return "）";
      default:
        return "〕";
    }
  }

  /** The issue date printed as the last line of digits (yyyy + m + d) or as yyyy年m月d日. */
  private static Optional<LocalDate> issuedOn(List<Line> notice, int year) {
    for (int i = notice.size() - 1; i >= 0; i--) {
      String s = notice.get(i).clean();
      Matcher words = DATE_IN_WORDS.matcher(s);
      if (words.matches()) {
        return date(Integer.parseInt(words.group(1)), Integer.parseInt(words.group(2)),
            Integer.parseInt(words.group(3)));
      }
      if (DIGITS.matcher(s).matches() && s.length() >= 6 && s.length() <= 8
          && s.startsWith(Integer.toString(year))) {
        return splitMonthDay(year, s.substring(4));
      }
    }
    return Optional.empty();
  }

  /** The one date yyyy-m-d for which m + d print as {@code monthDay}; empty when none or several. */
  static Optional<LocalDate> splitMonthDay(int year, String monthDay) {
    List<LocalDate> candidates = new ArrayList<>();
    for (int split = 1; split < monthDay.length(); split++) {
      String month = monthDay.substring(0, split);
      String day = monthDay.substring(split);
      if (month.startsWith("0") && month.length() == 1 || day.startsWith("0") && day.length() == 1) {
        continue;
      }
      if (month.length() <= 2 && day.length() <= 2) {
        date(year, Integer.parseInt(month), Integer.parseInt(day)).ifPresent(candidates::add);
      }
    }
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private Optional<Line> nextNonBlank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!lines.get(i).isBlank()) {
        return Optional.of(lines.get(i));
      }
    }
    return Optional.empty();
  }

  private InputException at(Line line, String problem) {
    return new InputException(source, line.number(), line.column(), problem);
  }
}
