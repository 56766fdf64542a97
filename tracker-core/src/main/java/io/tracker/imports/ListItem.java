package io.tracker.imports;

import static java.util.Objects.requireNonNull;

import io.tracker.InputPlace;
import io.tracker.task.Role;
import java.util.List;
import java.util.Optional;

/**
 * What a reader found in one part of a task list (an annex, a sheet, a table), before the tasks are
 * assembled: headings that group tasks and task entries, in printed order. Table readers make them
 * through {@link ColumnRecognition}, the published-text reader from its lines; {@link TaskAssembly}
 * turns them into tasks the same way for all.
 */
sealed interface ListItem {

  /** A piece of a cell's text: the whole cell, or a label's value or a bracket inside it. */
  record Span(Cell cell, int start, String text) {
    public Span {
      requireNonNull(cell, "cell");
      requireNonNull(text, "text");
    }

    static Span of(Cell cell) {
      return new Span(cell, 0, cell.text());
    }

    /** Where the span starts. */
    InputPlace place() {
      return cell.at(start + leadingBlanks());
    }

    /** The text without surrounding whitespace or inserted pinyin. */
    String stripped() {
      return ChineseText.withoutPinyin(text).strip();
    }

    /** Index in the cell's text of the first non-blank character of this span. */
    int offset() {
      return start + leadingBlanks();
    }

    private int leadingBlanks() {
      int i = 0;
      while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
        i++;
      }
      return i == text.length() ? 0 : i;
    }
  }

  /** Units printed in one span, with the role its column or label gives them (牵头单位, 配合单位). */
  record UnitSpan(Span span, Optional<Role> role) {
    public UnitSpan {
      requireNonNull(span, "span");
      requireNonNull(role, "role");
    }
  }

  /**
   * A heading: an annex of its own is a part, so this is 一、 (level 1), (一) (level 2), a task that
   * only heads its sub-items (level 3), or a new value of a grouping column (level 1).
   *
   * @param level 1 for the outermost headings
   * @param marker the printed numbering without its punctuation ("一", "(二)"), empty when none
   * @param title the heading as printed, numbering and all
   * @param leaders leaders the heading names for its tasks ("张三同志负责:", "牵头市领导: 张三")
   * @param units units the heading names for its tasks (a section grouped by lead unit)
   */
  record Heading(int level, String marker, Span title, List<Span> leaders, List<UnitSpan> units)
      implements ListItem {
    public Heading {
      requireNonNull(marker, "marker");
      requireNonNull(title, "title");
      leaders = List.copyOf(leaders);
      units = List.copyOf(units);
    }
  }

  /**
   * One task as printed.
   *
   * @param number the printed number's span, when one is printed
   * @param id the printed number as an id ("5", "5.1"), empty when none is printed
   * @param sub whether it is numbered as a sub-item ((1), ①, 5.1) of the task before it
   * @param text the task text, without its numbering and without responsibility printed in it
   * @param units the units printed for it (columns, labels or brackets in the task cell)
   * @param leaders the leaders printed for it
   * @param deadline the deadline printed for it
   * @param year the 年度 cell, in a table that has one
   * @param tags the 标签 cells printed for it, in a table that has them
   */
  record Entry(Optional<Span> number, String id, boolean sub, Span text, List<UnitSpan> units,
      List<Span> leaders, Optional<Span> deadline, Optional<Span> year, List<Span> tags,
      Optional<IndicatorCells> indicator) implements ListItem {
    public Entry {
      requireNonNull(number, "number");
      requireNonNull(id, "id");
      requireNonNull(text, "text");
      units = List.copyOf(units);
      leaders = List.copyOf(leaders);
      requireNonNull(deadline, "deadline");
      requireNonNull(year, "year");
      tags = List.copyOf(tags);
      requireNonNull(indicator, "indicator");
    }

    /** An entry without 标签 cells, of a table without the columns of an indicator table. */
    Entry(Optional<Span> number, String id, boolean sub, Span text, List<UnitSpan> units, List<Span> leaders,
        Optional<Span> deadline, Optional<Span> year) {
      this(number, id, sub, text, units, leaders, deadline, year, List.of(), Optional.empty());
    }

    /** Whether it prints units, targets for units or a deadline of its own. */
    boolean hasOwnResponsibility() {
      return !units.isEmpty() || deadline.isPresent()
          || indicator.map(i -> i.targets().stream().anyMatch(t -> t.assignee().isPresent())).orElse(false);
    }
  }

  /**
   * The cells of a row of a table with the columns of an indicator table (考核指标表).
   *
   * @param measure the 计量单位 cell, if printed
   * @param targets the target cells in column order: one 目标值 cell, or one per unit
   * @param weight the 分值 cell, if printed
   * @param scoring the 评分标准 cell, if printed
   * @param assessor the 考核单位 cell, if printed
   * @param printsUnits whether the table has a column for units (责任单位 or one target column per unit)
   */
  record IndicatorCells(Optional<Span> measure, List<TargetCell> targets, Optional<Span> weight,
      Optional<Span> scoring, Optional<Span> assessor, boolean printsUnits) {
    public IndicatorCells {
      requireNonNull(measure, "measure");
      targets = List.copyOf(targets);
      requireNonNull(weight, "weight");
      requireNonNull(scoring, "scoring");
      requireNonNull(assessor, "assessor");
    }
  }

  /**
   * A target cell of an indicator table.
   *
   * @param cell the cell, blank when nothing is printed
   * @param assignee the unit its column is for (the header cell under 考核目标), if one
   * @param headerMeasure the unit of measure its header prints in brackets ("目标值(亿元)"), if any
   */
  record TargetCell(Span cell, Optional<Span> assignee, Optional<Span> headerMeasure) {
    public TargetCell {
      requireNonNull(cell, "cell");
      requireNonNull(assignee, "assignee");
      requireNonNull(headerMeasure, "headerMeasure");
    }
  }

  /**
   * A part of the list: an annex (附件), a sheet, a Word table.
   *
   * @param title the part's printed title (the table title under 附件N), if any
   * @param name what to call the part without a title (a sheet's name, the file name)
   * @param items its headings and entries in printed order
   */
  record Part(Optional<Span> title, String name, List<ListItem> items) {
    public Part {
      requireNonNull(title, "title");
      requireNonNull(name, "name");
      items = List.copyOf(items);
    }
  }
}
