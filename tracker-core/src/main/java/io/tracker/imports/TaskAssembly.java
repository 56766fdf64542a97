package io.tracker.imports;

import static io.tracker.InputException.quote;

import io.tracker.InputException;
import io.tracker.InputLimits;
import io.tracker.InputWarning;
import io.tracker.imports.ListItem.Entry;
import io.tracker.imports.ListItem.Heading;
import io.tracker.imports.ListItem.IndicatorCells;
import io.tracker.imports.ListItem.Part;
import io.tracker.imports.ListItem.Span;
import io.tracker.imports.ListItem.TargetCell;
import io.tracker.imports.ListItem.UnitSpan;
import io.tracker.quantity.Unit;
import io.tracker.target.Target;
import io.tracker.target.TargetExtraction;
import io.tracker.target.TargetParser;
import io.tracker.task.Deadline;
import io.tracker.task.DeadlineParser;
import io.tracker.task.Responsibility;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import io.tracker.task.Section;
import io.tracker.task.Task;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the headings and entries every reader finds into sections and tasks, the same way for CSV,
 * Excel, Word and published text: the one place that numbers tasks, resolves units, assigns roles,
 * reads leaders and deadlines and extracts targets.
 *
 * <ul>
 *   <li>Sections: a new one at each part (annex, sheet, table) and at each heading; its title is the
 *       part's title, or the path of headings above (一、稳增长 / (一)扩大有效投资). Empty sections are
 *       left out; sections are numbered 1, 2, 3 … in order.
 *   <li>Sub-items ((1), ①, 5.1) that print units or a deadline of their own are tasks of their own
 *       with ids such as "5.1"; the item above them becomes a heading unless it prints units itself.
 *       Sub-items without responsibility are part of their task's text.
 *   <li>Numbers: 1, 2, 3 … without gaps or repeats, continuous or starting again at 1 after a heading
 *       or a new part; in the latter case ids carry the heading's numbering ("(二)3", "一、3").
 *       A part printing no numbers is numbered in order, with a warning.
 *   <li>A task printing no unit takes those of the heading above (a section grouped by lead unit),
 *       else those of the task above in the same section, with a warning; likewise its leaders.
 * </ul>
 */
final class TaskAssembly {
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /** The book's sections and tasks. */
  record Assembled(List<Section> sections, List<Task> tasks) {}

  private final String source;
  private final int year;
  private final InputLimits limits;
  private final List<InputWarning> warnings;
  private OrganisationNames names;
  /** Whether the warning for an indicator table printing no units was given. */
  private boolean warnedUnassigned;

  private TaskAssembly(String source, int year, InputLimits limits, List<InputWarning> warnings) {
    this.source = source;
    this.year = year;
    this.limits = limits;
    this.warnings = warnings;
  }

  /**
   * The sections and tasks of {@code parts}; a section of a part with neither title nor name takes
   * {@code bookTitle}. More tasks than {@link InputLimits#maxTasks}, or a task with more targets than
   * {@link InputLimits#maxTargetsPerTask}, is an {@link InputException} at that task.
   */
  static Assembled assemble(String source, List<Part> parts, int year, String bookTitle, InputLimits limits,
      List<InputWarning> warnings) {
    return new TaskAssembly(source, year, limits, warnings).assemble(parts, bookTitle);
  }

  /** A task found, before its id is final. */
  private record Draft(Entry entry, int section, List<String> markers, String id) {}

  private Assembled assemble(List<Part> parts, String bookTitle) {
    List<String> printed = new ArrayList<>();
    for (Part part : parts) {
      for (ListItem item : part.items()) {
        List<UnitSpan> spans = item instanceof Entry e ? e.units() : ((Heading) item).units();
        for (UnitSpan span : spans) {
          UnitCells.split(span.span().text()).forEach(u -> printed.add(u.key()));
        }
        if (item instanceof Entry e) {
          e.indicator().stream().flatMap(i -> i.targets().stream()).flatMap(t -> t.assignee().stream())
              .forEach(a -> UnitCells.split(a.text()).forEach(u -> printed.add(u.key())));
        }
      }
    }
    names = OrganisationNames.of(printed);

    List<Section> sections = new ArrayList<>();
    List<Draft> drafts = new ArrayList<>();
    Map<Integer, Heading> leaderHeadings = new HashMap<>();
    Map<Integer, Heading> unitHeadings = new HashMap<>();
    int last = 0;
    boolean restarted = false;
    Entry lastEntry = null;
    for (int p = 0; p < parts.size(); p++) {
      Part part = parts.get(p);
      List<ListItem> items = foldSubItems(part.items());
      Deque<Heading> path = new ArrayDeque<>();
      String partMarker = parts.size() > 1 ? "附件" + (p + 1) + "-" : "";
      int section = -1;
      boolean newScope = true;
      boolean numbered = items.stream().anyMatch(i -> i instanceof Entry e && !e.id().isEmpty());
      int unnumberedFrom = -1;
      int subCount = 0;
      for (ListItem item : items) {
        if (item instanceof Heading h) {
          while (!path.isEmpty() && path.peekLast().level() >= h.level()) {
            path.removeLast();
          }
          path.addLast(h);
          section = -1;
          newScope = true;
          continue;
        }
        Entry e = (Entry) item;
        if (section < 0) {
          sections.add(new Section(sections.size() + 1, sectionTitle(part, path, bookTitle)));
          section = sections.size();
          Heading leaders = path.stream().filter(h -> !h.leaders().isEmpty()).reduce((a, b) -> b).orElse(null);
          Heading units = path.stream().filter(h -> !h.units().isEmpty()).reduce((a, b) -> b).orElse(null);
          if (leaders != null) {
            leaderHeadings.put(section, leaders);
          }
          if (units != null) {
            unitHeadings.put(section, units);
          }
        }
        List<String> markers = new ArrayList<>();
        if (!partMarker.isEmpty()) {
          markers.add(partMarker);
        }
        path.stream().filter(h -> !h.marker().isEmpty()).forEach(h -> markers.add(h.marker()));
        String id;
        if (e.sub()) {
          id = e.id();
        } else if (e.id().isEmpty()) {
          if (numbered) {
            subCount++;
            id = last + "." + subCount;
            warnings.add(warning(e.text(), "此行未印序号: 视为第 " + last + " 项的子项, 编为 \"" + id + "\""));
          } else {
            last++;
            id = Integer.toString(last);
            if (unnumberedFrom < 0) {
              unnumberedFrom = last;
              warnings.add(warning(e.text(), "本表未印序号: 任务按出现顺序编号, 自 \"" + id + "\" 起"));
            }
          }
        } else {
          Span number = e.number().orElse(e.text());
          if (!DIGITS.matcher(e.id()).matches()) {
            throw new InputException(number.place(), "序号 " + quote(e.id()) + ": 应为数字, 如 1");
          }
          int n = Integer.parseInt(e.id());
          if (n == 1 && newScope && last > 0) {
            restarted = true;
          } else if (n != last + 1 || n == 1 && last > 0) {
            throw new InputException(number.place(), "序号 " + quote(e.id())
                + (last == 0 ? " 为首项" : " 接在 \"" + last + "\" 之后") + ": 应为 \"" + (last + 1) + "\"");
          }
          last = n;
          id = e.id();
          subCount = 0;
        }
        newScope = false;
        limits.checkTasks(e.text().place(), drafts.size() + 1);
        drafts.add(new Draft(e, section, markers, id));
        lastEntry = e;
      }
    }
    if (lastEntry == null) {
      throw new InputException(source, 1, 1, "未找到任何任务: 应为带序号、任务和责任单位的任务清单");
    }
    List<String> ids = ids(drafts, restarted);
    List<Task> tasks = new ArrayList<>();
    Map<Integer, Task> previous = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      Task task = task(d.entry(), ids.get(i), d.section(), Optional.ofNullable(previous.get(d.section())),
          Optional.ofNullable(leaderHeadings.get(d.section())), Optional.ofNullable(unitHeadings.get(d.section())))
          .withTags(tags(sections.get(d.section() - 1).title(), d.entry().tags()));
      previous.put(d.section(), task);
      tasks.add(task);
    }
    return new Assembled(sections, tasks);
  }

  /** Categories an annex title names (2023年十件民生实事任务一览表, 政府工作报告创建任务一览表). */
  private static final List<String> TITLE_TAGS = List.of("民生实事", "创建");

  /**
   * A task's tags: the categories its section's title names ({@link #TITLE_TAGS}), then those of its
   * 标签 cells (split at 、 , ， ; ；), each once.
   */
  private static List<String> tags(String sectionTitle, List<Span> cells) {
    Set<String> tags = new LinkedHashSet<>();
    String title = ChineseText.simplified(ChineseText.withoutWhitespace(sectionTitle));
    TITLE_TAGS.stream().filter(title::contains).forEach(tags::add);
    for (Span cell : cells) {
      for (String tag : UnitCells.splitOutsideBrackets(cell.text(), "、，,;；")) {
        String t = ChineseText.simplified(ChineseText.withoutWhitespace(tag));
        if (!t.isEmpty()) {
          tags.add(t);
        }
      }
    }
    return List.copyOf(tags);
  }

  /** The final ids: as printed, or with the headings' numbering when numbers start again. */
  private static List<String> ids(List<Draft> drafts, boolean restarted) {
    List<String> ids = new ArrayList<>();
    for (Draft d : drafts) {
      ids.add(restarted && !d.markers().isEmpty() ? d.markers().get(d.markers().size() - 1) + d.id() : d.id());
    }
    if (new HashSet<>(ids).size() < ids.size()) {
      ids.clear();
      for (Draft d : drafts) {
        ids.add(restarted ? String.join("", d.markers()) + d.id() : d.id());
      }
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        Entry e = drafts.get(i).entry();
        throw new InputException(e.number().orElse(e.text()).place(),
            "序号 " + quote(ids.get(i)) + " 重复: 应为每项任务一个序号");
      }
    }
    return ids;
  }

  private static String sectionTitle(Part part, Deque<Heading> path, String bookTitle) {
    if (path.isEmpty()) {
      return part.title().map(Span::stripped).filter(t -> !t.isEmpty())
          .orElse(part.name().isEmpty() ? bookTitle : part.name());
    }
    return String.join(" / ", path.stream().map(h -> h.title().stripped()).toList());
  }

  /**
   * Sub-items with units or a deadline of their own become tasks ("5.1"), their parent a heading
   * unless it prints units itself; other sub-items join their parent's text.
   */
  private static List<ListItem> foldSubItems(List<ListItem> items) {
    List<ListItem> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ListItem item = items.get(i);
      if (!(item instanceof Entry parent) || parent.sub()) {
        out.add(item);
        continue;
      }
      int j = i + 1;
      List<Entry> subs = new ArrayList<>();
      while (j < items.size() && items.get(j) instanceof Entry s && s.sub()) {
        subs.add(s);
        j++;
      }
      if (subs.isEmpty()) {
        out.add(parent);
        continue;
      }
      if (subs.stream().anyMatch(Entry::hasOwnResponsibility)) {
        if (parent.hasOwnResponsibility()) {
          out.add(parent);
        } else {
          out.add(new Heading(3, "", parent.text(), parent.leaders(), List.of()));
        }
        for (Entry s : subs) {
          String id = s.id().contains(".") || parent.id().isEmpty() ? s.id() : parent.id() + "." + s.id();
          out.add(new Entry(s.number(), id, true, s.text(), s.units(), s.leaders().isEmpty() ? parent.leaders()
              : s.leaders(), s.deadline(), s.year(), s.tags().isEmpty() ? parent.tags() : s.tags(), s.indicator()));
        }
      } else {
        StringBuilder text = new StringBuilder(parent.text().text().strip());
        subs.forEach(s -> text.append(s.number().map(n -> n.text().strip()).orElse("")).append(s.text().text().strip()));
        Span joined = new Span(parent.text().cell(), parent.text().offset(), text.toString());
        out.add(new Entry(parent.number(), parent.id(), false, joined, parent.units(), parent.leaders(),
            parent.deadline(), parent.year(), parent.tags(), parent.indicator()));
      }
      i = j - 1;
    }
    return out;
  }

  private Task task(Entry e, String id, int section, Optional<Task> above, Optional<Heading> leaderHeading,
      Optional<Heading> unitHeading) {
    String text = String.join("", e.text().stripped().lines().map(String::strip).toList());
    if (text.isEmpty()) {
      throw new InputException(e.text().place(), "第 " + id + " 项没有任务文字: 应在序号后印任务(任务)");
    }
    List<ResponsibleUnit> units;
    List<UnitSpan> spans = e.units();
    Optional<IndicatorCells> indicator = e.indicator();
    List<TargetCell> assessed = indicator.map(i -> assessed(i, id)).orElse(List.of());
    boolean perUnit = indicator.filter(i -> i.targets().stream().anyMatch(t -> t.assignee().isPresent())).isPresent();
    if (spans.isEmpty() && unitHeading.isPresent() && !perUnit) {
      spans = unitHeading.get().units();
    }
    boolean inheritedUnits = false;
    if (perUnit) {
      List<UnitSpan> all = new ArrayList<>();
      assessed.forEach(t -> all.add(new UnitSpan(t.assignee().orElseThrow(), Optional.of(Role.LEAD))));
      all.addAll(spans);
      units = all.isEmpty() ? List.of() : units(all, id);
      if (assessed.isEmpty()) {
        warnings.add(warning(e.text(), "第 " + id + " 项对各单位均不考核(目标均为 / 或空): 没有责任单位和目标"));
      }
    } else if (spans.isEmpty() && indicator.filter(i -> !i.printsUnits()).isPresent()) {
      units = List.of();
      if (!warnedUnassigned) {
        warnedUnassigned = true;
        warnings.add(warning(e.text(), "本表未印责任单位: 指标不归属任何单位"));
      }
    } else if (!spans.isEmpty()) {
      units = units(spans, id);
      boolean onlyCo = spans.stream().allMatch(s -> s.role().equals(Optional.of(Role.CO)));
      boolean noLead = units.stream().noneMatch(u -> u.role() == Role.LEAD);
      if (noLead && unitHeading.isPresent() && spans != unitHeading.get().units()) {
        // A section headed by its lead unit ("一、县发改局牵头"): the task names only who co-operates.
        List<ResponsibleUnit> all = new ArrayList<>(units(unitHeading.get().units(), id));
        all.addAll(units);
        units = all;
      } else if (onlyCo && above.isPresent() && above.get().responsibility().lead().isPresent()) {
        List<ResponsibleUnit> leads = above.get().responsibility().units().stream()
            .filter(u -> u.role() == Role.LEAD).toList();
        List<ResponsibleUnit> all = new ArrayList<>(leads);
        all.addAll(units);
        units = all;
        warnings.add(warning(e.text(), "第 " + id + " 项未印牵头单位: 沿用上一项(第 " + above.get().id() + " 项)的 "
            + quote(String.join("、", leads.stream().map(ResponsibleUnit::printed).toList()))));
      }
      spans.stream().map(UnitSpan::span).filter(s -> s.cell().mergedFrom().isPresent()).findFirst().ifPresent(s ->
          warnings.add(warning(s, "责任单位为合并单元格: 第 " + id + " 项沿用 " + s.cell().mergedFrom().get()
              + " 的 " + quote(s.text().strip()))));
    } else if (above.isPresent()) {
      units = above.get().responsibility().units();
      inheritedUnits = true;
      warnings.add(warning(e.text(), "第 " + id + " 项未印责任单位: 沿用上一项(第 " + above.get().id() + " 项)的 "
          + quote(String.join("、", units.stream().map(ResponsibleUnit::printed).toList()))));
    } else {
      throw new InputException(e.text().place(), "第 " + id + " 项没有责任单位: 应在任务后印责任单位, 如 县财政局");
    }
    List<String> leaders = leaders(e.leaders());
    e.leaders().stream().filter(s -> s.cell().mergedFrom().isPresent()).findFirst().ifPresent(s ->
        warnings.add(warning(s, "责任领导为合并单元格: 第 " + id + " 项沿用 " + s.cell().mergedFrom().get()
            + " 的 " + quote(s.text().strip()))));
    if (leaders.isEmpty() && leaderHeading.isPresent()) {
      leaders = leaders(leaderHeading.get().leaders());
    } else if (leaders.isEmpty() && inheritedUnits && !above.get().leaders().isEmpty()) {
      leaders = above.get().leaders();
      warnings.add(warning(e.text(), "第 " + id + " 项未印责任领导: 沿用上一项的 " + quote(String.join("、", leaders))));
    }
    Optional<Deadline> deadline = e.deadline().map(this::deadline);
    if (indicator.isEmpty()) {
      return new Task(id, section, text, new Responsibility(units), leaders, deadline, targets(id, text, e.text()));
    }
    IndicatorCells cells = indicator.get();
    List<Target> targets = cells.targets().isEmpty() ? targets(id, text, e.text())
        : indicatorTargets(text, e.text(), cells, assessed, units);
    Optional<BigDecimal> weight = cells.weight().flatMap(IndicatorRows::weight);
    cells.weight().filter(w -> w.cell().mergedFrom().isPresent() && weight.isPresent()).ifPresent(w ->
        warnings.add(warning(w, "分值为合并单元格: 第 " + id + " 项也计 " + quote(w.text().strip()) + " 分(沿用 "
            + w.cell().mergedFrom().get() + ")")));
    Optional<String> scoring = cells.scoring().flatMap(s -> IndicatorRows.scoringText(s, targets, warnings));
    Optional<String> assessor = cells.assessor().filter(a -> !IndicatorRows.saysNothing(a)).map(IndicatorRows::joined);
    return new Task(id, section, text, new Responsibility(units), leaders, deadline, targets, List.of(), weight,
        scoring, assessor);
  }

  /**
   * The target cells of a row whose columns are units' that assess their unit: neither "/" nor
   * blank (a blank one is a warning); each column names one unit.
   */
  private List<TargetCell> assessed(IndicatorCells cells, String id) {
    List<TargetCell> assessed = new ArrayList<>();
    for (TargetCell cell : cells.targets()) {
      if (cell.assignee().isEmpty()) {
        continue;
      }
      Span unit = cell.assignee().get();
      if (UnitCells.split(unit.text()).size() != 1) {
        throw new InputException(unit.place(), "目标列的表头 " + quote(unit.text().strip()) + " 应为一个单位: 每个单位一列");
      }
      if (cell.cell().cell().isBlank()) {
        warnings.add(warning(cell.cell(), unit.stripped() + "的目标为空: 第 " + id + " 项视为不考核" + unit.stripped()));
      } else if (!IndicatorRows.saysNothing(cell.cell())) {
        assessed.add(cell);
      }
    }
    return assessed;
  }

  /**
   * The targets of an indicator's target cells in column order; a unit's column gives targets set for
   * that unit ({@code units} starts with the assessed units in the same order).
   */
  private List<Target> indicatorTargets(String text, Span textSpan, IndicatorCells cells, List<TargetCell> assessed,
      List<ResponsibleUnit> units) {
    Optional<Unit> measure = IndicatorRows.measure(text, textSpan, cells, warnings);
    List<Target> targets = new ArrayList<>();
    for (TargetCell cell : cells.targets()) {
      if (cell.assignee().isPresent()) {
        int k = assessed.indexOf(cell);
        if (k >= 0) {
          targets.addAll(IndicatorRows.targets(text, measure, cell, Optional.of(units.get(k).name()), warnings));
        }
      } else if (!cell.cell().cell().isBlank() && !IndicatorRows.saysNothing(cell.cell())) {
        targets.addAll(IndicatorRows.targets(text, measure, cell, Optional.empty(), warnings));
      }
    }
    return targets;
  }

  private List<ResponsibleUnit> units(List<UnitSpan> spans, String id) {
    List<UnitCells.PrintedUnit> printed = new ArrayList<>();
    List<Span> where = new ArrayList<>();
    for (UnitSpan span : spans) {
      for (UnitCells.PrintedUnit unit : UnitCells.split(span.span().text())) {
        printed.add(span.role().isPresent()
            ? new UnitCells.PrintedUnit(unit.printed(), Optional.of(unit.mark().orElse(span.role().get())), false)
            : unit);
        where.add(span.span());
      }
    }
    List<String> resolved = new ArrayList<>();
    for (int i = 0; i < printed.size(); i++) {
      String unit = printed.get(i).printed();
      String key = printed.get(i).key();
      Span span = where.get(i);
      if (!names.isUnit(key)) {
        if (PersonNames.isPersonName(key)) {
          throw new InputException(span.cell().at(span.start() + Math.max(span.text().indexOf(unit), 0)),
              quote(unit) + " 不是单位: 应为单位名称, 如 县财政局");
        }
        warnings.add(new InputWarning(span.cell().at(span.start() + Math.max(span.text().indexOf(unit), 0)),
            "未识别的单位名称 " + quote(unit) + ": 照印保留"));
      }
      try {
        resolved.add(names.resolve(key));
      } catch (IllegalArgumentException ambiguous) {
        throw new InputException(span.place(), ambiguous.getMessage());
      }
    }
    if (printed.isEmpty()) {
      Span span = spans.get(0).span();
      throw new InputException(span.place(), "第 " + id + " 项的责任单位 " + quote(span.text()) + " 中没有单位: 应为单位名称, 如 县财政局");
    }
    return UnitCells.assignRoles(printed, resolved, i -> warnings.add(new InputWarning(where.get(i).place(),
        "第 " + id + " 项的 " + quote(printed.get(i).printed()) + " 未标明角色: 按列第一位视为牵头单位")));
  }

  private static List<String> leaders(List<Span> spans) {
    List<String> out = new ArrayList<>();
    for (Span span : spans) {
      for (String part : UnitCells.splitOutsideBrackets(span.text(), "、，,;；/／\n")) {
        String name = ChineseText.simplified(ChineseText.withoutWhitespace(part)).replaceAll("同志$", "");
        if (!name.isEmpty()) {
          out.add(name);
        }
      }
    }
    return out;
  }

  private Deadline deadline(Span span) {
    String printed = span.stripped();
    try {
      Deadline d = DeadlineParser.parse(ChineseText.asciiDigits(ChineseText.simplified(printed)), year);
      return new Deadline(d.date(), printed, d.milestone());
    } catch (InputException e) {
      throw span.cell().relocate(e, span.offset());
    }
  }

  private List<Target> targets(String id, String text, Span span) {
    TargetExtraction extraction;
    try {
      extraction = TargetParser.extract(text);
    } catch (InputException e) {
      throw span.cell().relocate(e, span.offset());
    }
    limits.checkTargets(span.place(), id, extraction.targets().size());
    extraction.warnings().forEach(w -> warnings.add(span.cell().relocate(w, span.offset())));
    return extraction.targets();
  }

  private static InputWarning warning(Span span, String problem) {
    return new InputWarning(span.place(), problem);
  }
}
