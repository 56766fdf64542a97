package io.tracker.imports;

import static io.tracker.InputException.quote;

import io.tracker.InputException;
import io.tracker.InputWarning;
import io.tracker.imports.ListItem.Entry;
import io.tracker.imports.ListItem.Heading;
import io.tracker.imports.ListItem.IndicatorCells;
import io.tracker.imports.ListItem.Part;
import io.tracker.imports.ListItem.Span;
import io.tracker.imports.ListItem.UnitSpan;
import io.tracker.task.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the header of a {@link Table} and reads its rows as headings and entries: the one column
 * recognition for CSV, Excel, Word and tables in published text.
 *
 * <ul>
 *   <li>The header is the first row naming a task column ({@link TaskColumn#TASK}) and at least one
 *       other known column; rows above it are the table's title. Every other header cell must be
 *       known ({@link TaskColumn}) or mapped by the caller, else it is an error naming the cell.
 *   <li>Rows right below the header that only name columns (牵头单位 | 配合单位 under a merged 责任单位)
 *       refine the columns above them: a multi-row header.
 *   <li>With a 牵头单位 column, a 责任单位 column holds the co-operating units.
 *   <li>A row whose 序号 is a heading numbering (一、, (一)), or that prints text but neither a number
 *       nor any responsibility, is a heading; a new value in a grouping column (目标名称) is one too.
 *   <li>A row repeating the header (a table continued on a new page) is skipped with a warning; so is
 *       a note row (注：…) inside the table.
 *   <li>Responsibility printed in the task cell is read when the row has no unit cell of its own
 *       ({@link ResponsibilityText}).
 * </ul>
 */
final class ColumnRecognition {
  /** Longest header a {@code --columns} suggestion repeats (a message line stays short, issue 12). */
  private static final int MAX_HEADER_IN_HINT = 40;
  private static final Set<TaskColumn> MANY = EnumSet.of(TaskColumn.UNITS, TaskColumn.LEAD, TaskColumn.CO,
      TaskColumn.LEADERS, TaskColumn.TAGS, TaskColumn.NOTE, TaskColumn.IGNORE);

  /** A header with a bracket at its end: 目标值(亿元), 分值(分). */
  static final Pattern BRACKETED = Pattern.compile("(.+?)[(（]([^()（）]+)[)）]");

  private final Map<String, TaskColumn> mapped;
  private final List<InputWarning> warnings;

  ColumnRecognition(Map<String, TaskColumn> mapped, List<InputWarning> warnings) {
    this.mapped = mapped;
    this.warnings = warnings;
  }

  /** The column a header cell names, by the caller's mapping first, then by {@link TaskColumn}. */
  private Optional<TaskColumn> column(Cell header) {
    return column(header, false);
  }

  /**
   * The column a header cell names in an indicator table or another: by the caller's mapping first,
   * then by {@link TaskColumn}, then without a trailing bracket ("目标值(亿元)", "分值(分)").
   */
  private Optional<TaskColumn> column(Cell header, boolean indicatorTable) {
    String key = header.key();
    for (Map.Entry<String, TaskColumn> m : mapped.entrySet()) {
      if (ChineseText.key(m.getKey()).equals(key)) {
        return Optional.of(m.getValue());
      }
    }
    Optional<TaskColumn> column = TaskColumn.ofHeader(key, indicatorTable);
    Matcher bracketed = BRACKETED.matcher(key);
    if (column.isEmpty() && bracketed.matches()) {
      column = TaskColumn.ofHeader(bracketed.group(1), indicatorTable);
    }
    return column;
  }

  /** The column {@code header} names in an indicator table, for layouts printing header cells one per line. */
  Optional<TaskColumn> indicatorColumn(Cell header) {
    return column(header, true);
  }

  /** Whether a header this recognition knows (or one mapped by the caller) starts with {@code key}. */
  boolean startsHeader(String key) {
    return mapped.keySet().stream().anyMatch(h -> ChineseText.key(h).startsWith(key))
        || java.util.Arrays.stream(TaskColumn.values()).flatMap(c -> c.headers().stream()).anyMatch(h -> h.startsWith(key));
  }

  /** Whether {@code row} is a header row: it names the task (or indicator) column and another known column. */
  private boolean isHeader(List<Cell> row) {
    Set<TaskColumn> found = EnumSet.noneOf(TaskColumn.class);
    row.stream().filter(c -> !c.isBlank()).forEach(c -> column(c).ifPresent(found::add));
    return (found.contains(TaskColumn.TASK) || found.contains(TaskColumn.INDICATOR)) && found.size() >= 2;
  }

  /** Index of the header row, if the table has one. */
  Optional<Integer> headerRow(Table table) {
    for (int r = 0; r < table.rows().size(); r++) {
      if (isHeader(table.rows().get(r))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The table read as a part of the list; empty when it has no header row. */
  Optional<Part> read(Table table) {
    Optional<Integer> headerIndex = headerRow(table);
    if (headerIndex.isEmpty()) {
      return Optional.empty();
    }
    int h = headerIndex.get();
    List<List<Cell>> rows = table.rows();
    List<Cell> captions = new ArrayList<>(table.captions());
    for (int r = 0; r < h; r++) {
      rows.get(r).stream().filter(c -> !c.isBlank() && c.mergedFrom().isEmpty()).forEach(captions::add);
    }
    List<Cell> header = rows.get(h);
    boolean indicatorTable = header.stream()
        .anyMatch(c -> !c.isBlank() && column(c).equals(Optional.of(TaskColumn.INDICATOR)));
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    TaskColumn[] columns = new TaskColumn[width];
    Cell[] assignees = new Cell[width];
    for (int c = 0; c < header.size(); c++) {
      Cell cell = header.get(c);
      if (cell.isBlank()) {
        continue;
      }
      Optional<TaskColumn> named = column(cell, indicatorTable);
      if (named.isEmpty() && indicatorTable && OrganisationNames.hasUnitSuffix(cell.key())) {
        columns[c] = TaskColumn.TARGET; // a unit's target column without a header over it: 柯城区 | 衢江区
        assignees[c] = cell;
        continue;
      }
      columns[c] = named.orElseThrow(() -> cell.error("未知表头 " + quote(cell.text()) + ": 应为 "
          + TaskColumn.allHeaders() + " 之一, 或用 " + columnsOption(cell.key(), "task") + " 指明其含义"));
    }
    boolean[] underTarget = underTarget(columns, header);
    int body = h + 1;
    while (body < rows.size() && isSubHeader(rows.get(body), rows.get(body - 1), underTarget)) {
      List<Cell> sub = rows.get(body);
      for (int c = 0; c < sub.size(); c++) {
        Cell cell = sub.get(c);
        if (!cell.isBlank() && cell.mergedFrom().isEmpty()) {
          Optional<TaskColumn> col = column(cell, indicatorTable);
          if (col.isPresent()) {
            columns[c] = col.get();
          } else {
            columns[c] = TaskColumn.TARGET; // a unit named under 考核目标
            assignees[c] = cell;
          }
        }
      }
      body++;
    }
    checkColumns(columns, assignees, header, rows.subList(h, body));
    boolean hasLead = java.util.Arrays.asList(columns).contains(TaskColumn.LEAD);
    boolean perUnit = java.util.Arrays.stream(assignees).anyMatch(java.util.Objects::nonNull);
    for (int c = 0; c < columns.length; c++) {
      if (columns[c] == TaskColumn.UNITS && (hasLead || perUnit)) {
        columns[c] = TaskColumn.CO;
      }
    }
    Optional<IndicatorColumns> indicators = IndicatorColumns.of(columns, assignees, header, warnings);
    for (int c = 0; c < columns.length; c++) {
      if (columns[c] == TaskColumn.INDICATOR) {
        columns[c] = TaskColumn.TASK; // the indicator is the task's text
      }
    }
    List<ListItem> items = new ArrayList<>();
    Optional<String> group = Optional.empty();
    Optional<String> section = Optional.empty();
    for (int r = body; r < rows.size(); r++) {
      List<Cell> row = rows.get(r);
      if (row.stream().allMatch(Cell::isBlank)) {
        continue;
      }
      for (int c = columns.length; c < row.size(); c++) {
        if (!row.get(c).isBlank()) {
          throw row.get(c).error("单元格 " + quote(row.get(c).text()) + " 没有表头: 应为每行 " + header.size()
              + " 个单元格");
        }
      }
      for (int c = 0; c < Math.min(row.size(), columns.length); c++) {
        if (columns[c] == null && !row.get(c).isBlank() && row.get(c).mergedFrom().isEmpty()) {
          throw row.get(c).error("单元格 " + quote(row.get(c).text()) + " 没有表头: 应为每行 " + header.size()
              + " 个单元格");
        }
      }
      if (isHeader(row)) {
        warnings.add(row.get(0).warning("表头在表中重复(续表): 跳过此行"));
        while (r + 1 < rows.size() && isSubHeader(rows.get(r + 1), row, underTarget)) {
          r++;
        }
        continue;
      }
      Optional<Cell> firstFilled = row.stream().filter(c -> !c.isBlank()).findFirst();
      if (firstFilled.isPresent() && row.stream().filter(c -> !c.isBlank() && c.mergedFrom().isEmpty()).count() == 1
          && firstFilled.get().key().matches("^(注|备注|说明)[:：].*")) {
        warnings.add(firstFilled.get().warning("表中的注释行未导入: " + quote(firstFilled.get().text())));
        continue;
      }
      Optional<Cell> sectionCell = cell(row, columns, TaskColumn.SECTION).filter(c -> c.mergedFrom().isEmpty());
      if (sectionCell.isPresent() && !section.equals(Optional.of(sectionCell.get().key()))) {
        section = Optional.of(sectionCell.get().key());
        String n = section.get().replace("附件", "");
        if (!n.matches("\\d{1,3}")) {
          throw sectionCell.get().error("附件 " + quote(sectionCell.get().text()) + ": 应为附件序号, 如 1");
        }
        items.add(new Heading(0, "", new Span(sectionCell.get(), 0, "附件" + Integer.parseInt(n)), List.of(),
            List.of()));
        group = Optional.empty();
      }
      Optional<Cell> groupCell = cell(row, columns, TaskColumn.GROUP).filter(c -> c.mergedFrom().isEmpty());
      if (groupCell.isPresent() && !group.equals(Optional.of(groupCell.get().key()))) {
        group = Optional.of(groupCell.get().key());
        items.add(new Heading(1, "", Span.of(groupCell.get()), List.of(), List.of()));
      }
      row(row, columns, indicators, items);
    }
    Optional<Span> title = captions.stream()
        .filter(c -> !c.key().matches("附件\\d*[:：]?"))
        .reduce((a, b) -> b)
        .map(Span::of);
    return Optional.of(new Part(title, table.name(), items));
  }

  /** One body row as a heading, an entry, or the continuation of the entry above. */
  private void row(List<Cell> row, TaskColumn[] columns, Optional<IndicatorColumns> indicators,
      List<ListItem> items) {
    Optional<Cell> number = cell(row, columns, TaskColumn.NUMBER);
    Optional<Cell> text = cell(row, columns, TaskColumn.TASK);
    Optional<IndicatorCells> indicator = indicators.map(i -> i.cells(row));
    List<UnitSpan> units = new ArrayList<>();
    List<Span> leaders = new ArrayList<>();
    Optional<Span> deadline = Optional.empty();
    Optional<Span> year = Optional.empty();
    List<Span> tags = new ArrayList<>();
    for (int c = 0; c < Math.min(row.size(), columns.length); c++) {
      Cell cell = row.get(c);
      if (cell.isBlank() || columns[c] == null || isCopyAcross(cell)) {
        continue;
      }
      switch (columns[c]) {
        case UNITS -> units.add(new UnitSpan(Span.of(cell), Optional.empty()));
        case LEAD -> units.add(new UnitSpan(Span.of(cell), Optional.of(Role.LEAD)));
        case CO -> units.add(new UnitSpan(Span.of(cell), Optional.of(Role.CO)));
        case LEADERS -> leaders.add(Span.of(cell));
        case DEADLINE -> deadline = Optional.of(Span.of(cell));
        case YEAR -> year = Optional.of(Span.of(cell));
        case TAGS -> tags.add(Span.of(cell));
        case NOTE -> {
          if (cell.mergedFrom().isEmpty()) {
            warnings.add(cell.warning("备注未导入: " + quote(cell.text().strip())));
          }
        }
        default -> { }
      }
    }
    Optional<Numbering> numbering = number.flatMap(n -> Numbering.whole(n.text()));
    Optional<Numbering> headingInNumber = number.flatMap(n -> Numbering.at(n.text()))
        .filter(n -> n.kind() == Numbering.Kind.SECTION || n.kind() == Numbering.Kind.GROUP);
    if (numbering.isEmpty() && headingInNumber.isPresent() && number.get().mergedFrom().isEmpty()) {
      // A heading printed across the row, 序号 cell and all: "一、经济发展".
      int level = headingInNumber.get().kind() == Numbering.Kind.GROUP ? 2 : 1;
      items.add(new Heading(level, headingInNumber.get().marker(), Span.of(number.get()), leaders, units));
      return;
    }
    if (number.isPresent() && number.get().mergedFrom().isEmpty() && numbering.isEmpty()) {
      throw number.get().error("序号 " + quote(number.get().text()) + ": 应为序号, 如 1、1.、一、或 (1)");
    }
    boolean heading = numbering.map(n -> n.kind() == Numbering.Kind.SECTION || n.kind() == Numbering.Kind.GROUP)
        .orElse(false);
    boolean responsibility = !units.isEmpty() || !leaders.isEmpty() || deadline.isPresent()
        || indicator.filter(IndicatorColumns::isFilled).isPresent();
    if (heading || number.isEmpty() && text.isEmpty() && !responsibility) {
      Cell title = text.or(() -> row.stream().filter(c -> !c.isBlank()).findFirst()).orElseThrow();
      String marker = numbering.map(Numbering::marker).orElse("");
      Span titleSpan = number.isPresent() && text.isPresent()
          ? new Span(text.get(), 0, number.get().text().strip() + text.get().text().strip())
          : Span.of(title);
      int level = numbering.map(n -> n.kind() == Numbering.Kind.GROUP ? 2 : 1).orElse(1);
      items.add(new Heading(level, marker, titleSpan, leaders, units));
      return;
    }
    if (number.isEmpty() && text.isPresent() && !responsibility && !ResponsibilityText.in(Span.of(text.get()))
        .isPresent()) {
      items.add(new Heading(numbering.isPresent() ? 2 : 1, "", Span.of(text.get()), List.of(), List.of()));
      return;
    }
    boolean continuation = text.isPresent() && text.get().mergedFrom().isPresent()
        && (number.isEmpty() || number.get().mergedFrom().isPresent());
    if (continuation && !items.isEmpty() && items.get(items.size() - 1) instanceof Entry above) {
      if (indicator.filter(IndicatorColumns::isFilled).isPresent()) {
        throw text.get().error("指标 " + quote(text.get().text()) + " 为合并单元格, 此行另印的目标值、分值或评分标准"
            + "无法归属: 应每行印一个指标");
      }
      List<UnitSpan> allUnits = new ArrayList<>(above.units());
      allUnits.addAll(units);
      List<Span> allLeaders = new ArrayList<>(above.leaders());
      allLeaders.addAll(leaders);
      warnings.add(text.get().warning("任务文字为合并单元格: 此行的责任单位、领导并入上一行的任务"));
      Optional<Span> ownDeadline = deadline;
      List<Span> allTags = new ArrayList<>(above.tags());
      allTags.addAll(tags);
      items.set(items.size() - 1, new Entry(above.number(), above.id(), above.sub(), above.text(), allUnits,
          allLeaders, above.deadline().or(() -> ownDeadline), above.year(), allTags, above.indicator()));
      return;
    }
    if (text.isEmpty()) {
      Cell where = number.orElse(row.stream().filter(c -> !c.isBlank()).findFirst().orElseThrow());
      throw where.error("第 " + number.map(Cell::key).orElse("?") + " 项的任务单元格为空: 应在 "
          + TaskColumn.TASK.headers().get(0) + " 列下印任务");
    }
    Span textSpan = Span.of(text.get());
    boolean perUnit = indicators.filter(IndicatorColumns::perUnit).isPresent();
    if (units.isEmpty() && !perUnit) {
      Optional<ResponsibilityText.Found> found = ResponsibilityText.in(textSpan);
      if (found.isPresent()) {
        ResponsibilityText.Found f = found.get();
        textSpan = f.text();
        units.addAll(f.units());
        if (leaders.isEmpty()) {
          leaders.addAll(f.leaders());
        }
        if (deadline.isEmpty()) {
          deadline = f.deadline();
        }
        if (f.bare()) {
          warnings.add(f.units().get(0).span().cell().warning("任务文字末尾括号中的 "
              + quote(f.units().get(0).span().text()) + " 视为责任单位"));
        }
      }
    }
    boolean merged = number.isPresent() && number.get().mergedFrom().isPresent();
    String id = merged ? "" : numbering.map(Numbering::id).orElse("");
    boolean sub = !merged && numbering.map(n -> n.kind() == Numbering.Kind.SUB).orElse(false);
    items.add(new Entry(number.filter(n -> !merged).map(Span::of), id, sub, textSpan, units, leaders, deadline,
        year, tags, indicator));
  }

  /** Whether {@code cell} repeats a cell merged across its own row: not a value of its column. */
  private static boolean isCopyAcross(Cell cell) {
    return cell.mergedFrom().filter(from -> from.line() == cell.place().line()).isPresent();
  }

  /**
   * Whether {@code row} only names columns below the header row {@code above}, or units below a
   * target header (考核目标 over 柯城区 | 衢江区).
   */
  private boolean isSubHeader(List<Cell> row, List<Cell> above, boolean[] underTarget) {
    boolean refines = false;
    for (int c = 0; c < row.size(); c++) {
      Cell cell = row.get(c);
      if (cell.isBlank()) {
        continue;
      }
      boolean sameAsAbove = cell.mergedFrom().isPresent()
          || c < above.size() && above.get(c).key().equals(cell.key());
      if (sameAsAbove) {
        continue;
      }
      if (column(cell).isEmpty() && !(c < underTarget.length && underTarget[c])) {
        return false;
      }
      refines = true;
    }
    return refines;
  }

  /**
   * The columns a target header spans: its own, those merged with it, and blank header cells right
   * after it (a two-row header in CSV or text prints 考核目标 over the first unit only).
   */
  private static boolean[] underTarget(TaskColumn[] columns, List<Cell> header) {
    boolean[] under = new boolean[columns.length];
    boolean spanning = false;
    for (int c = 0; c < columns.length; c++) {
      boolean blank = c >= header.size() || header.get(c).isBlank();
      if (columns[c] == TaskColumn.TARGET) {
        spanning = true;
      } else if (!blank) {
        spanning = false;
      }
      under[c] = spanning;
    }
    return under;
  }

  private void checkColumns(TaskColumn[] columns, Cell[] assignees, List<Cell> header,
      List<List<Cell>> headerRows) {
    List<TaskColumn> named = java.util.Arrays.asList(columns);
    if (!named.contains(TaskColumn.TASK) && !named.contains(TaskColumn.INDICATOR)) {
      throw header.get(0).error("表头没有任务列: 应为 " + String.join("、", TaskColumn.TASK.headers()) + " 或 "
          + String.join("、", TaskColumn.INDICATOR.headers()) + " 之一");
    }
    int firstIndicator = named.indexOf(TaskColumn.INDICATOR);
    if (firstIndicator >= 0 && named.lastIndexOf(TaskColumn.INDICATOR) != firstIndicator
        && headerCell(headerRows, named.lastIndexOf(TaskColumn.INDICATOR)).mergedFrom().isEmpty()) {
      columns[firstIndicator] = TaskColumn.GROUP; // 考核项目 | 考核指标: the first groups the indicators
    }
    if (named.contains(TaskColumn.TASK) && named.contains(TaskColumn.INDICATOR)) {
      Cell task = headerCell(headerRows, named.indexOf(TaskColumn.TASK));
      Cell indicator = headerCell(headerRows, named.indexOf(TaskColumn.INDICATOR));
      throw indicator.error("表头既有任务列 " + quote(task.text()) + " 又有指标列 " + quote(indicator.text())
          + ": 应只有其一, 或用 " + columnsOption(task.key(), "ignore") + " 指明");
    }
    for (int c = 0; c < columns.length; c++) {
      for (int d = c + 1; d < columns.length; d++) {
        if (columns[c] == TaskColumn.TARGET && columns[d] == TaskColumn.TARGET && assignees[c] != null
            && assignees[d] != null) {
          continue; // one target column per unit
        }
        if (columns[c] != null && columns[c] == columns[d] && !MANY.contains(columns[c])) {
          Cell repeated = headerCell(headerRows, d);
          if (repeated.mergedFrom().isPresent()) {
            columns[d] = null;
            continue;
          }
          throw repeated.error("表头 " + quote(repeated.text()) + " 与前面的列重复: 应每列只出现一次");
        }
      }
    }
  }

  /** The lowest header cell of column {@code c} that prints something. */
  private static Cell headerCell(List<List<Cell>> headerRows, int c) {
    for (int r = headerRows.size() - 1; r >= 0; r--) {
      List<Cell> row = headerRows.get(r);
      if (c < row.size() && !row.get(c).isBlank()) {
        return row.get(c);
      }
    }
    return headerRows.get(0).get(Math.min(c, headerRows.get(0).size() - 1));
  }

  private static Optional<Cell> cell(List<Cell> row, TaskColumn[] columns, TaskColumn column) {
    for (int c = 0; c < Math.min(row.size(), columns.length); c++) {
      if (columns[c] == column && !row.get(c).isBlank() && !isCopyAcross(row.get(c))) {
        return Optional.of(row.get(c));
      }
    }
    return Optional.empty();
  }

  /** A table without a header row as an error naming its first cell. */
  static InputException noHeader(Table table) {
    String first = table.rows().stream().flatMap(List::stream).filter(c -> !c.isBlank()).findFirst()
        .map(Cell::text).orElse("");
    return new InputException(table.place(), table.name() + " 中没有表头行(首个单元格 " + quote(first)
        + "): 应有一行表头, 如 序号、任务、责任单位、完成时限");
  }

  /**
   * The {@code --columns} option mapping a header to {@code column}, as a message suggests it; a header too
   * long to repeat in one line is written {@code <表头>} (the message quotes its start).
   */
  private static String columnsOption(String header, String column) {
    return "--columns '" + (header.length() <= MAX_HEADER_IN_HINT ? header : "<表头>") + "=" + column + "'";
  }
}
