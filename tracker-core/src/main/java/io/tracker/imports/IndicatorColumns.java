package io.tracker.imports;

import static io.tracker.InputException.quote;

import io.tracker.InputException;
import io.tracker.InputWarning;
import io.tracker.imports.ListItem.IndicatorCells;
import io.tracker.imports.ListItem.Span;
import io.tracker.imports.ListItem.TargetCell;
import io.tracker.quantity.Unit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The columns of an indicator table (考核指标表) once its header is read: where its 计量单位, target,
 * 分值, 评分标准 and 考核单位 cells are, which unit each target column is for, and the unit of measure
 * a target header prints in brackets ("目标值(亿元)", "考核目标(座)"); {@link #cells} picks them out of
 * a body row for {@link TaskAssembly}.
 */
final class IndicatorColumns {
  private static final Set<TaskColumn> OWN = EnumSet.of(TaskColumn.INDICATOR, TaskColumn.MEASURE,
      TaskColumn.TARGET, TaskColumn.WEIGHT, TaskColumn.SCORING, TaskColumn.ASSESSOR);

  private final TaskColumn[] columns;
  private final Cell[] assignees;
  private final List<Optional<Span>> measures;
  private final boolean printsUnits;
  /** The 计量单位 column's header as printed, for the message when it holds organisations. */
  private final String measureHeader;

  private IndicatorColumns(TaskColumn[] columns, Cell[] assignees, List<Optional<Span>> measures,
      boolean printsUnits, String measureHeader) {
    this.columns = columns.clone();
    this.assignees = assignees.clone();
    this.measures = measures;
    this.printsUnits = printsUnits;
    this.measureHeader = measureHeader;
  }

  /**
   * The indicator columns of a table whose columns are {@code columns} (one target column per unit
   * where {@code assignees} names one), or empty when it has none of them.
   */
  static Optional<IndicatorColumns> of(TaskColumn[] columns, Cell[] assignees, List<Cell> header,
      List<InputWarning> warnings) {
    boolean any = false;
    boolean printsUnits = false;
    String measureHeader = "";
    List<Optional<Span>> measures = new ArrayList<>();
    for (int c = 0; c < columns.length; c++) {
      any |= columns[c] != null && OWN.contains(columns[c]);
      printsUnits |= assignees[c] != null || columns[c] == TaskColumn.UNITS || columns[c] == TaskColumn.LEAD
          || columns[c] == TaskColumn.CO;
      measures.add(columns[c] == TaskColumn.TARGET ? headerMeasure(c, assignees, header, warnings) : Optional.empty());
      if (columns[c] == TaskColumn.MEASURE && c < header.size()) {
        measureHeader = header.get(c).key();
      }
    }
    return any ? Optional.of(new IndicatorColumns(columns, assignees, measures, printsUnits, measureHeader))
        : Optional.empty();
  }

  /** Whether the table has one target column per unit. */
  boolean perUnit() {
    for (Cell assignee : assignees) {
      if (assignee != null) {
        return true;
      }
    }
    return false;
  }

  /** The indicator cells of a body row. */
  IndicatorCells cells(List<Cell> row) {
    List<TargetCell> targets = new ArrayList<>();
    for (int c = 0; c < columns.length; c++) {
      if (columns[c] == TaskColumn.TARGET) {
        Cell cell = c < row.size() ? row.get(c) : new Cell("", row.get(row.size() - 1).place());
        targets.add(new TargetCell(Span.of(cell), Optional.ofNullable(assignees[c]).map(Span::of), measures.get(c)));
      }
    }
    Optional<Span> measure = cell(row, TaskColumn.MEASURE);
    if (measure.isPresent() && OrganisationNames.hasUnitSuffix(measure.get().cell().key())) {
      throw measure.get().cell().error("计量单位 " + quote(measure.get().text().strip()) + " 是单位名称: 计量单位应为如 %、座、"
          + "亿元; 若此列是责任单位, 用 --columns '" + measureHeader + "=units' 指明");
    }
    return new IndicatorCells(measure, targets, cell(row, TaskColumn.WEIGHT),
        cell(row, TaskColumn.SCORING), cell(row, TaskColumn.ASSESSOR), printsUnits);
  }

  /** Whether a row prints any indicator cell: a target, a unit of measure, 分值 or 评分标准. */
  static boolean isFilled(IndicatorCells cells) {
    return cells.targets().stream().anyMatch(t -> !t.cell().cell().isBlank()) || cells.measure().isPresent()
        || cells.weight().isPresent() || cells.scoring().isPresent();
  }

  private Optional<Span> cell(List<Cell> row, TaskColumn column) {
    for (int c = 0; c < Math.min(row.size(), columns.length); c++) {
      Cell cell = row.get(c);
      boolean copyAcross = cell.mergedFrom().filter(from -> from.line() == cell.place().line()).isPresent();
      if (columns[c] == column && !cell.isBlank() && !copyAcross) {
        return Optional.of(Span.of(cell));
      }
    }
    return Optional.empty();
  }

  /**
   * The unit of measure printed in brackets at the end of the header over target column {@code c}
   * ("目标值(亿元)"); a bracket that holds no unit ("目标值(2023年)") is a warning and no unit.
   */
  private static Optional<Span> headerMeasure(int c, Cell[] assignees, List<Cell> header,
      List<InputWarning> warnings) {
    Cell top = null;
    for (int k = Math.min(c, header.size() - 1); k >= 0; k--) {
      if (!header.get(k).isBlank()) {
        top = header.get(k);
        break;
      }
    }
    if (top == null || top == assignees[c]) {
      return Optional.empty(); // a unit's own column (柯城区) prints no unit of measure
    }
    Matcher bracketed = ColumnRecognition.BRACKETED.matcher(top.key());
    if (!bracketed.matches()) {
      return Optional.empty();
    }
    String text = top.text();
    int open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
    int close = Math.max(text.lastIndexOf(')'), text.lastIndexOf('）'));
    Span measure = new Span(top, open + 1, text.substring(open + 1, close));
    try {
      Unit.parse(ChineseText.key(measure.text()));
      return Optional.of(measure);
    } catch (InputException e) {
      // once for all the columns under the header: the reader drops repeated warnings
      warnings.add(new InputWarning(measure.place(), "表头 " + quote(top.text()) + " 括号中的 "
          + quote(measure.text()) + " 不是计量单位: 未用作目标值的单位"));
      return Optional.empty();
    }
  }
}
