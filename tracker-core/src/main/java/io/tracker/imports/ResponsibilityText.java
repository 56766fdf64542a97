package io.tracker.imports;

import io.tracker.imports.ListItem.Span;
import io.tracker.imports.ListItem.UnitSpan;
import io.tracker.task.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Responsibility printed inside a task's text, as many lists print it:
 *
 * <ul>
 *   <li>in brackets at the end: "(区发改委、区财政局主办,各街道板块协办)", "(县农业农村局牵头,县财政局配合)",
 *       "(县教体局负责)", "(各镇分别负责)", "(责任单位:县财政局;完成时限:6月底)";
 *   <li>as labels after the text: "…。牵头单位:县发改局 责任单位:县财政局、县统计局";
 *   <li>with the convention noted: "责任单位:县发改局、县财政局(列第一位者为牵头单位)" — the note is not a
 *       unit (the first unit leads anyway).
 * </ul>
 *
 * <p>Labels are the headers of {@link TaskColumn} (牵头单位, 责任单位, 配合单位, 责任领导, 完成时限 …);
 * 责任单位 beside 牵头单位 means the co-operating units. Brackets holding anything but units, marks
 * and labels ("(含幼儿园)") stay in the text.
 */
final class ResponsibilityText {
  private static final List<TaskColumn> LABELLED =
      List.of(TaskColumn.UNITS, TaskColumn.LEAD, TaskColumn.CO, TaskColumn.LEADERS, TaskColumn.DEADLINE);

  /** A label and its colon: 牵头单位：, 责任领导: (longest headers first). */
  static final Pattern LABEL = Pattern.compile("(" + String.join("|", LABELLED.stream()
      .flatMap(c -> c.headers().stream())
      .sorted(Comparator.comparingInt(String::length).reversed())
      .toList()) + ")\\s*[:：]");

  private static final Pattern NOTE =
      Pattern.compile("[(（][^()（）]*(第一|首位)[^()（）]*(牵头|主办|负责)[^()（）]*[)）]\\s*[。.;；]?\\s*$");

  private ResponsibilityText() {}

  /**
   * What a task text or a group of label lines says.
   *
   * @param text the task text without the responsibility
   * @param units the units, with the role their label gives
   * @param leaders the leaders' spans
   * @param deadline the deadline's span
   * @param bare whether the units were printed in brackets without any label or mark, a guess
   */
  record Found(Span text, List<UnitSpan> units, List<Span> leaders, Optional<Span> deadline, boolean bare) {}

  /** The column a label ("牵头单位", "責任單位") names, if it is one of the labelled columns. */
  static Optional<TaskColumn> labelColumn(String label) {
    return TaskColumn.ofHeader(label).filter(LABELLED::contains);
  }

  /** The responsibility printed in {@code span}, if it prints any. */
  static Optional<Found> in(Span span) {
    String t = span.text();
    Matcher note = NOTE.matcher(ChineseText.simplified(t));
    if (note.find()) {
      t = t.substring(0, note.start());
    }
    String s = ChineseText.simplified(t);
    int end = s.length();
    while (end > 0 && ("。.;；，, \t\n\u3000".indexOf(s.charAt(end - 1)) >= 0)) {
      end--;
    }
    if (end > 0 && (s.charAt(end - 1) == ')' || s.charAt(end - 1) == '）')) {
      int open = matchingOpen(s, end - 1);
      if (open > 0) {
        String content = t.substring(open + 1, end - 1);
        Optional<Found> found = clauses(span.cell(), span.start() + open + 1, content, t.substring(0, open), span);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    Matcher label = LABEL.matcher(s);
    if (label.find() && label.start() > 0) {
      return clauses(span.cell(), span.start() + label.start(), t.substring(label.start()),
          t.substring(0, label.start()), span);
    }
    return Optional.empty();
  }

  /**
   * Label lines ("牵头单位：县发改局") read as one responsibility; empty unless {@code content} starts
   * with a label.
   */
  static Optional<Found> labels(Cell cell, Span text) {
    Matcher m = LABEL.matcher(ChineseText.simplified(cell.text()));
    if (!m.find() || !cell.text().substring(0, m.start()).isBlank()) {
      return Optional.empty();
    }
    return clauses(cell, 0, cell.text(), text.text(), text);
  }

  private static Optional<Found> clauses(Cell cell, int offset, String content, String before, Span text) {
    Span rest = new Span(text.cell(), text.start(), before);
    String s = ChineseText.simplified(content);
    Matcher m = LABEL.matcher(s);
    List<Label> labels = new ArrayList<>();
    while (m.find()) {
      labels.add(new Label(m.start(), m.end(), labelColumn(m.group(1)).orElseThrow()));
    }
    List<UnitSpan> units = new ArrayList<>();
    List<Span> leaders = new ArrayList<>();
    Optional<Span> deadline = Optional.empty();
    if (!labels.isEmpty()) {
      if (!content.substring(0, labels.get(0).start()).isBlank()) {
        return Optional.empty();
      }
      boolean hasLead = labels.stream().anyMatch(l -> l.column() == TaskColumn.LEAD);
      for (int i = 0; i < labels.size(); i++) {
        Label l = labels.get(i);
        int valueEnd = i + 1 < labels.size() ? labels.get(i + 1).start() : content.length();
        String value = trimSeparators(content.substring(l.end(), valueEnd));
        if (value.isBlank()) {
          continue;
        }
        int valueStart = offset + l.end() + content.substring(l.end(), valueEnd).indexOf(value);
        Span v = new Span(cell, valueStart, value);
        switch (l.column()) {
          case LEAD -> units.add(new UnitSpan(v, Optional.of(Role.LEAD)));
          case CO -> units.add(new UnitSpan(v, Optional.of(Role.CO)));
          case UNITS -> units.add(new UnitSpan(v, hasLead ? Optional.of(Role.CO) : Optional.empty()));
          case LEADERS -> leaders.add(v);
          default -> deadline = Optional.of(v);
        }
      }
      return Optional.of(new Found(rest, units, leaders, deadline, false));
    }
    List<UnitCells.PrintedUnit> printed = UnitCells.split(content);
    if (printed.isEmpty() || !printed.stream().allMatch(u -> OrganisationNames.hasUnitSuffix(u.key()))) {
      return Optional.empty();
    }
    boolean bare = !UnitCells.hasMark(content);
    return Optional.of(new Found(rest, List.of(new UnitSpan(new Span(cell, offset, content), Optional.empty())),
        leaders, deadline, bare));
  }

  private record Label(int start, int end, TaskColumn column) {}

  private static String trimSeparators(String value) {
    String v = value.strip();
    while (!v.isEmpty() && "，,;；。".indexOf(v.charAt(v.length() - 1)) >= 0) {
      v = v.substring(0, v.length() - 1).strip();
    }
    return v;
  }

  /** Index of the bracket opening the one closing at {@code close}; -1 when none. */
  private static int matchingOpen(String s, int close) {
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == ')' || c == '）') {
        depth++;
      } else if (c == '(' || c == '（') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }
}
