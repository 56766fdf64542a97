package io.tracker.imports;

import static io.tracker.InputException.quote;

import io.tracker.InputException;
import io.tracker.InputPlace;
import io.tracker.InputWarning;
import io.tracker.imports.Block.Line;
import io.tracker.imports.Block.TableBlock;
import io.tracker.imports.ListItem.Entry;
import io.tracker.imports.ListItem.Heading;
import io.tracker.imports.ListItem.Part;
import io.tracker.imports.ListItem.Span;
import io.tracker.imports.ListItem.UnitSpan;
import io.tracker.task.DeadlineParser;
import io.tracker.task.Role;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a task list as published: text extracted from the notice (a web page, a PDF) or the
 * paragraphs and tables of a Word document, in any of these layouts.
 *
 * <p><b>Where the list starts.</b> At each line "附件", "附件1" … (an annex: a part of the list, its
 * title the next line); without one, at the first table, the first header line (序号) or the first
 * numbered line after the notice. Lines before are the notice: OA metadata ("索引号: | … |"), web
 * noise (朗读, 分享到, 来源, 点击数, a file name such as "任务分解.docx"), the title (the first line
 * ending in 通知), the 文号, the addressees and the body. The signature (issuer and date) and
 * 抄送/印发 lines after the list end it.
 *
 * <p><b>Layouts of a part</b>, each read by {@link ColumnRecognition} or into the same
 * {@link ListItem}s:
 *
 * <ul>
 *   <li>a table: a Word table, or lines with cells separated by "|" or tabs;
 *   <li>one cell per line, as the seed prints it: the header cells one per line (序号, 责任 / 单位 …),
 *       then per task its bare number line, its text line and one line per unit, leader and deadline;
 *   <li>an outline: headings 一、 (sections) and (一) (groups), tasks 1. or 1、, sub-items (1), ① or
 *       5.1, each task followed by label lines ("牵头单位：…", "完成时限：…"), by lines of units,
 *       leaders and deadline, or printing its responsibility in its text
 *       ({@link ResponsibilityText}); a heading "张三同志负责：" or followed by "牵头市领导：张三" gives
 *       its tasks that leader, one naming units (县发改局牵头) those units. Without 1. numbering, (一)
 *       numbers the tasks.
 * </ul>
 *
 * <p>How a cell line is placed in the one-cell-per-line layout: a line that reads as a deadline
 * ({@link DeadlineParser#looksLikeDeadline}) is the deadline and must be the row's last line; two
 * consecutive lines are one unit split over two lines when together they are a unit printed in full
 * elsewhere in the document (市生态环境局 / 西乡分局, 县经合 / 中心), or when neither is a unit on its
 * own and together they end with a unit suffix (城北 / 街道); a line of units is a responsible unit; a
 * line of two or three Chinese characters, possibly padded ("惠  理"), that is not a unit is a leader;
 * any other line is an error, as is a leader before the units or a line after the deadline.
 *
 * <p>The notice: the title is the first line ending in 通知 and the issuer the title up to 关于; the
 * 文号 is a line like 西政发〔2023〕3号 or 穗府辦〔2006〕19號 (a closing bracket lost in extraction,
 * "西政发〔20233", is put back after the year and nothing else is added); the issue date is the last
 * date before the list or in the signature, printed yyyy年m月d日 or as digits only ("2023310" is
 * 2023-03-10 when exactly one split into month and day is a real date).
 */
final class PublishedTextImporter {
  private static final Pattern ANNEX = Pattern.compile("附件(\\d{1,2})?[:：]?");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile("(\\p{IsHan}+)([〔\\[［【(（])(\\d{4})([〕\\]］】)）])?(\\d*)([号號]?)");
  private static final Pattern DOCUMENT_NUMBER_INSIDE =
      Pattern.compile("(\\p{IsHan}{1,12})[〔\\[［【](\\d{4})[〕\\]］】]\\s*(\\d{1,4})\\s*[号號]");
  private static final Pattern DATE_IN_WORDS = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
  /** Web-page and OA lines that are not part of any list. */
  private static final Pattern NOISE = Pattern.compile(
      "^(朗读|分享到|分享|来源|信息来源|点击数|点击量|浏览次数|访问量|阅读次数|发布时间|发布日期|发布机构|索引号|主题分类|"
          + "发文机关|发文字号|成文日期|生效日期|有效性|字号|打印|关闭|打印本页|关闭窗口|收藏|【|上一篇|下一篇|相关链接|"
          + "扫一扫|首页|首\\s*页|当前位置|您当前的位置|网站地图).*"
          + "|.*\\.(docx?|pdf|wps|xlsx?|ofd)$");
  /** Lines that close a list printed in the notice's body. */
  private static final Pattern END = Pattern.compile("^(抄送|印发|[(（]此件.*[)）]|附件[:：].*|.{2,30}办公室\\d{4}年.*印发)");
  private static final Pattern TABLE_TITLE = Pattern.compile("(表|清单|计划|任务|分工|方案|目标)$");
  /** An issuer signing a notice. */
  private static final Pattern ISSUER = Pattern.compile("\\p{IsHan}{2,30}(政府|办公室|委员会|指挥部|领导小组|管委会)");
  private static final List<String> CELL_COLUMNS = List.of(
      "序号", "编号", "任务", "工作任务", "目标任务", "重点任务", "重点工作", "任务内容", "民生实事", "主要内容", "工作内容",
      "工作目标", "项目名称", "责任单位", "牵头单位", "配合单位", "协办单位", "主办单位", "包抓领导", "分管领导", "责任领导",
      "牵头领导", "县级领导", "县级包抓领导", "完成时限", "时间节点", "完成时间", "时限要求");

  /**
   * What the notice says.
   *
   * @param title the title line, if one was found
   * @param documentNumber the 文号 as printed (a lost bracket put back), empty when none
   * @param documentNumberCell where the 文号 is printed
   * @param issuedOn the issue (signing) date and where it is printed
   */
  record Notice(Optional<Cell> title, String documentNumber, Optional<Cell> documentNumberCell,
      Optional<Dated> issuedOn) {}

  /** A date and where it is printed. */
  record Dated(LocalDate date, Cell cell) {}

  /** The notice and the parts of the list. */
  record Document(Notice notice, List<Part> parts) {}

  private final String source;
  private final List<Block> blocks;
  private final ColumnRecognition recognition;
  private final List<InputWarning> warnings;
  /** The unit names printed in the document's lines, for telling units from other lines. */
  private OrganisationNames names;

  private PublishedTextImporter(String source, List<Block> blocks, ColumnRecognition recognition,
      List<InputWarning> warnings) {
    this.source = source;
    this.blocks = blocks;
    this.recognition = recognition;
    this.warnings = warnings;
  }

  /** The lines of {@code text}, numbered from 1. */
  static List<Block> lines(String text, String source) {
    List<Block> lines = new ArrayList<>();
    String[] raw = text.split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
      lines.add(new Line(new Cell(line, InputPlace.inText(source, i + 1, 1))));
    }
    return lines;
  }

  static Document read(List<Block> blocks, String source, ColumnRecognition recognition,
      List<InputWarning> warnings) {
    return new PublishedTextImporter(source, blocks, recognition, warnings).read();
  }

  private Document read() {
    if (blocks.stream().allMatch(b -> b instanceof Line l && l.isBlank())) {
      throw new InputException(source, 1, 1, "输入为空: 应为发布的任务清单(任务分解一览表)");
    }
    List<Integer> annexes = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Line l && ANNEX.matcher(l.key()).matches()) {
        annexes.add(i);
      }
    }
    List<Part> parts = new ArrayList<>();
    int listStart = annexes.isEmpty() ? start() : annexes.get(0);
    names = cellNames(listStart);
    if (!annexes.isEmpty()) {
      for (int k = 0; k < annexes.size(); k++) {
        int start = annexes.get(k);
        int end = k + 1 < annexes.size() ? annexes.get(k + 1) : blocks.size();
        Line marker = (Line) blocks.get(start);
        Matcher m = ANNEX.matcher(marker.key());
        m.matches();
        int expected = k + firstAnnex(annexes);
        if (m.group(1) != null && Integer.parseInt(m.group(1)) != expected) {
          throw marker.cell().error("附件 " + quote(marker.cell().text().strip()) + ": 应为 附件" + expected);
        }
        parts.addAll(region(start + 1, end, Optional.of(marker)));
      }
    } else {
      parts.addAll(region(listStart, blocks.size(), Optional.empty()));
    }
    if (parts.isEmpty()) {
      Optional<Line> first = firstLine(0, blocks.size()); // none in a document of blank tables only
      String problem = "未找到任务清单" + first.map(l -> "(首行 " + quote(l.cell().text().strip()) + ")").orElse("")
          + ": 应为通知后接附件1及其任务表, 或带序号、责任单位的任务清单";
      throw first.map(l -> l.cell().error(problem)).orElseGet(() -> new InputException(source, 1, 1, problem));
    }
    return new Document(notice(listStart), parts);
  }

  /** The number of the first annex: a file may hold only the later annexes of a notice (附件2, 附件3). */
  private int firstAnnex(List<Integer> annexes) {
    Matcher m = ANNEX.matcher(((Line) blocks.get(annexes.get(0))).key());
    return m.matches() && m.group(1) != null ? Integer.parseInt(m.group(1)) : 1;
  }

  /**
   * The unit names printed in the list's lines from {@code from} on, leaving out numbered lines and
   * the line after a bare number (the task texts), for telling units from other lines.
   */
  private OrganisationNames cellNames(int from) {
    List<String> printed = new ArrayList<>();
    boolean afterNumber = false;
    for (int i = from; i < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof Line l) || l.isBlank()) {
        continue;
      }
      boolean number = DIGITS.matcher(l.key()).matches();
      if (!number && !afterNumber && Numbering.at(l.cell().text()).isEmpty()) {
        UnitCells.split(l.cell().text()).forEach(u -> printed.add(u.key()));
      }
      afterNumber = number;
    }
    return OrganisationNames.of(printed);
  }

  /** Where a list without 附件 lines starts: a table, a header line (序号) or the first numbered line. */
  private int start() {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b instanceof TableBlock t && recognition.headerRow(t.table()).isPresent()) {
        return i;
      }
      if (b instanceof Line l && (l.key().equals("序号") || isSeparated(l) && isTableHeader(l))) {
        return withTitle(i);
      }
    }
    int title = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Line l && l.key().endsWith("通知")) {
        title = i;
        break;
      }
    }
    for (int i = title + 1; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Line l && !isNoise(l) && Numbering.at(l.cell().text()).isPresent()
          && !DIGITS.matcher(l.key()).matches()) {
        return i;
      }
    }
    return blocks.size();
  }

  /** {@code header}, or the line above it when that is the table's title (…一览表, …清单). */
  private int withTitle(int header) {
    for (int i = header - 1; i >= 0 && i >= header - 4; i--) {
      if (blocks.get(i) instanceof Line l && !l.isBlank()) {
        return TABLE_TITLE.matcher(l.key()).find() && !l.key().endsWith("通知") ? i : header;
      }
    }
    return header;
  }

  /** The parts in blocks {@code [from, to)}: tables, or a list in one of the text layouts. */
  private List<Part> region(int from, int to, Optional<Line> marker) {
    List<Part> parts = new ArrayList<>();
    List<Cell> captions = new ArrayList<>();
    if (marker.isPresent()) {
      captions.add(marker.get().cell());
    }
    boolean anyTable = false;
    for (int i = from; i < to; i++) {
      if (blocks.get(i) instanceof TableBlock t) {
        anyTable = true;
        Table table = new Table(t.table().name(), t.table().place(), captions, t.table().rows());
        Optional<Part> part = recognition.read(table);
        if (part.isPresent()) {
          parts.add(part.get());
        } else {
          warnings.add(new InputWarning(table.place(), table.name() + " 中没有表头行: 未导入"));
        }
        captions = new ArrayList<>();
      } else if (blocks.get(i) instanceof Line l && !l.isBlank() && !isNoise(l)) {
        captions.add(l.cell());
      }
    }
    if (anyTable) {
      return parts;
    }
    List<Line> lines = new ArrayList<>();
    for (int i = from; i < to; i++) {
      lines.add((Line) blocks.get(i));
    }
    lines = withoutSignature(lines);
    Optional<Line> headerLine = lines.stream().filter(l -> isSeparated(l) && isTableHeader(l)).findFirst();
    if (headerLine.isPresent()) {
      return List.of(separatedTable(lines, marker));
    }
    if (lines.stream().anyMatch(l -> l.key().equals("序号"))) {
      return List.of(cellPerLine(lines, marker));
    }
    return outline(lines, marker).stream().toList();
  }

  // ---------------------------------------------------------------- "|" or tab separated tables

  private static boolean isSeparated(Line line) {
    return line.cell().text().indexOf('|') >= 0 || line.cell().text().indexOf('\t') >= 0
        || line.cell().text().indexOf('｜') >= 0;
  }

  private boolean isTableHeader(Line line) {
    Table one = new Table("", line.cell().place(), List.of(), List.of(cells(line)));
    return recognition.headerRow(one).isPresent();
  }

  /** The cells of a line separated by "|" or tabs; an outer "|" at either end is dropped. */
  private static List<Cell> cells(Line line) {
    String text = line.cell().text();
    List<Cell> cells = new ArrayList<>();
    int start = 0;
    String trimmed = text.strip();
    int lead = text.indexOf(trimmed);
    int end = lead + trimmed.length();
    if (trimmed.startsWith("|") || trimmed.startsWith("｜")) {
      start = lead + 1;
    }
    if ((trimmed.endsWith("|") || trimmed.endsWith("｜")) && end - 1 >= start) {
      end--;
    }
    int cellStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == '|' || text.charAt(i) == '\t' || text.charAt(i) == '｜') {
        cells.add(new Cell(text.substring(cellStart, i), line.cell().at(cellStart)));
        cellStart = i + 1;
      }
    }
    return cells;
  }

  private Part separatedTable(List<Line> lines, Optional<Line> marker) {
    List<Cell> captions = new ArrayList<>();
    marker.ifPresent(m -> captions.add(m.cell()));
    List<List<Cell>> rows = new ArrayList<>();
    boolean started = false;
    for (Line line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (isSeparated(line)) {
        started = started || isTableHeader(line);
        if (started) {
          List<Cell> row = cells(line);
          if (!row.stream().allMatch(c -> c.key().matches("[-:：=]*"))) { // a markdown rule line |---|
            rows.add(row);
          }
          continue;
        }
      }
      if (started) {
        if (!isNoise(line)) {
          warnings.add(line.cell().warning("表中未分列的行未导入: " + quote(line.cell().text().strip())));
        } else {
          warnings.add(line.cell().warning("跳过表中的网页杂项行: " + quote(line.cell().text().strip())));
        }
      } else if (!isNoise(line)) {
        captions.add(line.cell());
      }
    }
    Table table = new Table(marker.map(m -> m.cell().text().strip()).orElse("表"), lines.get(0).cell().place(),
        captions, rows);
    return recognition.read(table).orElseThrow(() -> ColumnRecognition.noHeader(table));
  }

  // ---------------------------------------------------------------- one cell per line (the seed)

  /** A row as laid out: its number line, its text line and its cell lines. */
  private record RawRow(Line number, Line text, List<Line> cells) {}

  /** The columns a header names. */
  private record Columns(boolean leaders, boolean deadline, boolean leadAndCo) {}

  private Part cellPerLine(List<Line> lines, Optional<Line> marker) {
    int headerAt = 0;
    while (!lines.get(headerAt).key().equals("序号")) {
      headerAt++;
    }
    Optional<Line> title = Optional.empty();
    for (int i = 0; i < headerAt; i++) {
      Line l = lines.get(i);
      if (!l.isBlank() && !isNoise(l) && !DIGITS.matcher(l.key()).matches()) {
        title = Optional.of(l);
        break;
      }
    }
    Line where = marker.orElse(lines.get(headerAt));
    if (marker.isPresent() && title.isEmpty()) {
      throw where.cell().error("附件 " + quote(where.cell().text().strip()) + " 没有标题: 应为表格标题");
    }
    int firstRow = headerAt;
    while (firstRow < lines.size() && !DIGITS.matcher(lines.get(firstRow).key()).matches()) {
      firstRow++;
    }
    if (lines.subList(headerAt, firstRow).stream().anyMatch(l -> recognition.indicatorColumn(l.cell())
        .equals(Optional.of(TaskColumn.INDICATOR)))) {
      List<Cell> captions = new ArrayList<>();
      marker.ifPresent(m -> captions.add(m.cell()));
      title.ifPresent(t -> captions.add(t.cell()));
      Table table = CellPerLineTable.read(lines.subList(headerAt, lines.size()),
          marker.map(m -> m.cell().text().strip()).orElse("表"), captions, recognition, warnings);
      return recognition.read(table).orElseThrow(() -> ColumnRecognition.noHeader(table));
    }
    Columns columns = columns(lines.subList(headerAt, firstRow), title.orElse(where));
    List<RawRow> rows = rawRows(lines, firstRow, where);
    List<ListItem> items = new ArrayList<>();
    for (RawRow row : rows) {
      items.add(entry(row, columns));
    }
    return new Part(title.map(l -> Span.of(l.cell())), marker.map(m -> m.cell().text().strip()).orElse(""), items);
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
      pending.append(cell.key());
      String name = pending.toString();
      if (CELL_COLUMNS.contains(name)) {
        found.add(name);
        pending.setLength(0);
      } else if (CELL_COLUMNS.stream().noneMatch(c -> c.startsWith(name))) {
        throw cell.cell().error("表头单元格 " + quote(cell.cell().text().strip()) + " 不是列名: 应为 "
            + String.join("、", CELL_COLUMNS) + " 之一");
      }
    }
    if (pending.length() > 0) {
      throw last.cell().error("表头单元格 " + quote(last.cell().text().strip()) + " 不是完整的列名: 应为 "
          + String.join("、", CELL_COLUMNS) + " 之一");
    }
    boolean units = found.stream().anyMatch(c -> TaskColumn.ofHeader(c).filter(
        k -> k == TaskColumn.UNITS || k == TaskColumn.LEAD).isPresent());
    if (!found.contains("序号") && !found.contains("编号") || !units) {
      throw last.cell().error("表头 " + found + " (在 " + quote(sectionTitle.cell().text().strip())
          + " 之后)缺少序号或责任单位: 应在首项任务前印表头");
    }
    boolean leaders = found.stream().anyMatch(c -> c.endsWith("领导"));
    boolean deadline = found.stream().anyMatch(c -> TaskColumn.ofHeader(c).orElse(null) == TaskColumn.DEADLINE);
    boolean lead = found.stream().anyMatch(c -> TaskColumn.ofHeader(c).orElse(null) == TaskColumn.LEAD);
    boolean co = found.stream().anyMatch(c -> TaskColumn.ofHeader(c).orElse(null) == TaskColumn.CO
        || TaskColumn.ofHeader(c).orElse(null) == TaskColumn.UNITS);
    return new Columns(leaders, deadline, lead && co);
  }

  /** Splits lines {@code [from, end)} into rows by their number lines. */
  private List<RawRow> rawRows(List<Line> lines, int from, Line marker) {
    List<RawRow> rows = new ArrayList<>();
    int i = from;
    while (true) {
      int n = i;
      while (n < lines.size() && lines.get(n).isBlank()) {
        n++;
      }
      if (n >= lines.size()) {
        break;
      }
      Line number = lines.get(n);
      if (isNoise(number)) {
        warnings.add(number.cell().warning("跳过表中的网页杂项行: " + quote(number.cell().text().strip())));
        i = n + 1;
        continue;
      }
      if (!DIGITS.matcher(number.key()).matches()) {
        throw number.cell().error("无法归入 " + quote(number.cell().text().strip()) + ": 应为序号");
      }
      int t = n + 1;
      while (t < lines.size() && lines.get(t).isBlank()) {
        t++;
      }
      if (t >= lines.size() || DIGITS.matcher(lines.get(t).key()).matches()) {
        throw number.cell().error("第 " + number.key() + " 项没有任务文字: 应在序号 " + number.key() + " 后印任务(任务)");
      }
      List<Line> cells = new ArrayList<>();
      int j = t + 1;
      while (j < lines.size() && !DIGITS.matcher(lines.get(j).key()).matches()) {
        if (!lines.get(j).isBlank()) {
          cells.add(lines.get(j));
        }
        j++;
      }
      rows.add(new RawRow(number, lines.get(t), cells));
      i = j;
    }
    if (rows.isEmpty()) {
      throw marker.cell().error("附件 " + quote(marker.cell().text().strip()) + " 没有任务: 应有序号 1 起的任务");
    }
    return rows;
  }

  private Entry entry(RawRow row, Columns columns) {
    String id = row.number().key();
    Line textLine = row.text();
    if (names.isPrinted(textLine.key())) {
      throw textLine.cell().error("第 " + id + " 项没有任务文字: 任务(任务)处印的是单位 " + quote(textLine.cell().text().strip()));
    }
    List<UnitSpan> units = new ArrayList<>();
    List<Span> leaders = new ArrayList<>();
    Optional<Span> deadline = Optional.empty();
    List<Line> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      Line cell = cells.get(i);
      String s = cell.key();
      if (deadline.isPresent()) {
        throw cell.cell().error("无法归入 " + quote(cell.cell().text().strip()) + ": 在第 " + id
            + " 项的完成时限之后, 应为序号 " + (Integer.parseInt(id) + 1));
      }
      if (DeadlineParser.looksLikeDeadline(s)) {
        if (!columns.deadline()) {
          throw cell.cell().error("无法归入 " + quote(cell.cell().text().strip()) + ": 本表没有完成时限列");
        }
        deadline = Optional.of(Span.of(cell.cell()));
        continue;
      }
      if (leaders.isEmpty() && i + 1 < cells.size() && joins(s, cells.get(i + 1).key(), names)) {
        String joined = cell.cell().text().strip() + cells.get(i + 1).cell().text().strip();
        units.add(new UnitSpan(new Span(cell.cell(), cell.cell().text().indexOf(cell.cell().text().strip()), joined),
            Optional.empty()));
        i++;
        continue;
      }
      List<UnitCells.PrintedUnit> inCell = UnitCells.split(cell.cell().text());
      if (leaders.isEmpty() && inCell.stream().allMatch(u -> names.isUnit(u.key()))) {
        units.add(new UnitSpan(Span.of(cell.cell()), Optional.empty()));
        continue;
      }
      if (PersonNames.isPersonName(s)) {
        if (!columns.leaders()) {
          throw cell.cell().error("无法归入 " + quote(cell.cell().text().strip()) + ": 本表没有包抓领导列");
        }
        if (units.isEmpty()) {
          throw cell.cell().error("第 " + id + " 项没有责任单位: 单位处印的是领导 " + quote(cell.cell().text().strip()));
        }
        leaders.add(Span.of(cell.cell()));
        continue;
      }
      throw cell.cell().error("无法归入第 " + id + " 项的 " + quote(cell.cell().text().strip()) + ": 应为责任单位"
          + (columns.leaders() ? "、包抓领导" : "") + (columns.deadline() ? "或完成时限" : ""));
    }
    if (units.isEmpty()) {
      Cell where = cells.isEmpty() ? textLine.cell() : cells.get(0).cell();
      throw where.error("第 " + id + " 项没有责任单位"
          + (cells.isEmpty() ? "(在 " + quote(textLine.cell().text().strip()) + " 之后)" : ", 此处印的是 "
          + quote(where.text().strip())) + ": 应为单位名称, 如 县财政局");
    }
    if (columns.deadline() && deadline.isEmpty()) {
      Line last = cells.get(cells.size() - 1);
      throw last.cell().error("第 " + id + " 项没有完成时限(在 " + quote(last.cell().text().strip())
          + " 之后): 应为如 11月底");
    }
    int printedUnits = units.stream().mapToInt(u -> UnitCells.split(u.span().text()).size()).sum();
    if (columns.leadAndCo() && printedUnits > 1) {
      warnings.add(new InputWarning(units.get(0).span().place(), "表头有牵头单位和配合单位, 但逐行印出的单位无法分列: "
          + "第 " + id + " 项按列第一位视为牵头单位"));
    }
    return new Entry(Optional.of(Span.of(row.number().cell())), id, false, Span.of(textLine.cell()), units,
        leaders, deadline, Optional.empty());
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

  // ---------------------------------------------------------------- outline

  /** A task of the outline being read, its lines still coming. */
  private static final class Pending {
    final Numbering numbering;
    final Line first;
    final StringBuilder text = new StringBuilder();
    final List<UnitSpan> units = new ArrayList<>();
    final List<Span> leaders = new ArrayList<>();
    Optional<Span> deadline = Optional.empty();
    boolean cells;

    Pending(Numbering numbering, Line first) {
      this.numbering = numbering;
      this.first = first;
      text.append(first.cell().text().substring(Math.min(numbering.length(), first.cell().text().length())));
    }
  }

  private Optional<Part> outline(List<Line> lines, Optional<Line> marker) {
    boolean tasksNumbered = lines.stream().anyMatch(l -> !isNoise(l)
        && Numbering.at(l.cell().text()).filter(n -> n.kind() == Numbering.Kind.TASK).isPresent());
    List<ListItem> items = new ArrayList<>();
    Optional<Cell> title = Optional.empty();
    Pending pending = null;
    Heading heading = null;
    int headingIndex = -1;
    for (Line line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (isNoise(line)) {
        if (pending != null || heading != null) {
          warnings.add(line.cell().warning("跳过清单中的网页杂项行: " + quote(line.cell().text().strip())));
        }
        continue;
      }
      Optional<Numbering> numbering = Numbering.at(line.cell().text())
          .filter(n -> !DIGITS.matcher(line.key()).matches());
      boolean task = numbering.isPresent() && (numbering.get().kind() == Numbering.Kind.TASK
          || numbering.get().kind() == Numbering.Kind.SUB
          || numbering.get().kind() == Numbering.Kind.GROUP && !tasksNumbered);
      if (numbering.isPresent()) {
        if (pending != null) {
          items.add(finish(pending));
          pending = null;
        }
        if (task) {
          pending = new Pending(numbering.get(), line);
          heading = null;
        } else {
          int level = numbering.get().kind() == Numbering.Kind.SECTION ? 1 : 2;
          heading = heading(level, numbering.get(), line);
          items.add(heading);
          headingIndex = items.size() - 1;
        }
        continue;
      }
      Optional<ResponsibilityText.Found> labels = ResponsibilityText.labels(line.cell(),
          pending != null ? new Span(pending.first.cell(), 0, "") : new Span(line.cell(), 0, ""));
      if (pending == null && heading != null && labels.isPresent()) {
        ResponsibilityText.Found f = labels.get();
        List<Span> leaders = new ArrayList<>(heading.leaders());
        leaders.addAll(f.leaders());
        List<UnitSpan> units = new ArrayList<>(heading.units());
        units.addAll(f.units());
        heading = new Heading(heading.level(), heading.marker(), heading.title(), leaders, units);
        items.set(headingIndex, heading);
        continue;
      }
      if (pending == null) {
        if (items.isEmpty() && title.isEmpty() && marker.isPresent()) {
          title = Optional.of(line.cell()); // the annex's title
        }
        continue; // the notice's prose before the list, or below a heading
      }
      if (labels.isPresent()) {
        ResponsibilityText.Found f = labels.get();
        pending.units.addAll(f.units());
        pending.leaders.addAll(f.leaders());
        if (f.deadline().isPresent()) {
          pending.deadline = f.deadline();
        }
        pending.cells = true;
        continue;
      }
      String key = line.key();
      if (DeadlineParser.looksLikeDeadline(key) && key.length() <= 16) {
        pending.deadline = Optional.of(Span.of(line.cell()));
        pending.cells = true;
        continue;
      }
      List<UnitCells.PrintedUnit> inLine = UnitCells.split(line.cell().text());
      if (!inLine.isEmpty() && inLine.stream().allMatch(u -> names.isUnit(u.key()))) {
        pending.units.add(new UnitSpan(Span.of(line.cell()), Optional.empty()));
        pending.cells = true;
        continue;
      }
      if (pending.cells && PersonNames.isPersonName(key)) {
        pending.leaders.add(Span.of(line.cell()));
        continue;
      }
      if (pending.cells) {
        throw line.cell().error("无法归入第 " + pending.numbering.id() + " 项的 " + quote(line.cell().text().strip())
            + ": 应为责任单位、责任领导、完成时限或下一项的序号");
      }
      pending.text.append('\n').append(line.cell().text().strip());
    }
    if (pending != null) {
      items.add(finish(pending));
    }
    items = withoutProse(items);
    if (items.stream().noneMatch(i -> i instanceof Entry)) {
      return Optional.empty();
    }
    return Optional.of(new Part(title.map(Span::of), marker.map(m -> m.cell().text().strip()).orElse(""), items));
  }

  /** A heading line, with the leaders or units it names for its tasks. */
  private Heading heading(int level, Numbering numbering, Line line) {
    String text = line.cell().text();
    int start = Math.min(numbering.length(), text.length());
    String rest = text.substring(start);
    Span title = Span.of(line.cell());
    List<Span> leaders = new ArrayList<>();
    List<UnitSpan> units = new ArrayList<>();
    Matcher comrade = Pattern.compile("^\\s*(\\p{IsHan}{2,3}(?:[、，,]\\p{IsHan}{2,3})*)同志(?:牵头)?负责[:：]?\\s*$")
        .matcher(ChineseText.simplified(rest));
    Optional<ResponsibilityText.Found> labels = ResponsibilityText.labels(
        new Cell(rest, line.cell().at(start)), new Span(line.cell(), 0, ""));
    if (comrade.matches()) {
      leaders.add(new Span(line.cell(), start + comrade.start(1), rest.substring(comrade.start(1), comrade.end(1))));
    } else if (labels.isPresent()) {
      leaders.addAll(labels.get().leaders());
      units.addAll(labels.get().units());
    } else {
      Optional<ResponsibilityText.Found> inText = ResponsibilityText.in(new Span(line.cell(), start, rest));
      List<UnitCells.PrintedUnit> whole = UnitCells.split(rest);
      if (inText.isPresent() && !inText.get().bare()) {
        units.addAll(inText.get().units());
        leaders.addAll(inText.get().leaders());
      } else if (!whole.isEmpty() && UnitCells.hasMark(rest)
          && whole.stream().allMatch(u -> names.isUnit(u.key()))) {
        units.add(new UnitSpan(new Span(line.cell(), start, rest), Optional.of(Role.LEAD)));
      }
    }
    return new Heading(level, numbering.marker(), title, leaders, units);
  }

  /** The entry a pending task makes, reading responsibility printed in its text. */
  private Entry finish(Pending p) {
    Cell textCell = new Cell(p.text.toString(), p.first.cell().at(p.numbering.length()));
    Span text = Span.of(textCell);
    List<UnitSpan> units = new ArrayList<>(p.units);
    List<Span> leaders = new ArrayList<>(p.leaders);
    Optional<Span> deadline = p.deadline;
    Optional<ResponsibilityText.Found> found = ResponsibilityText.in(text);
    if (found.isPresent() && (units.isEmpty() || !found.get().bare())) {
      ResponsibilityText.Found f = found.get();
      text = f.text();
      if (units.isEmpty()) {
        units.addAll(f.units());
        if (f.bare()) {
          warnings.add(f.units().get(0).span().cell().warning("任务文字末尾括号中的 "
              + quote(f.units().get(0).span().text()) + " 视为责任单位"));
        }
      }
      leaders.addAll(f.leaders());
      deadline = deadline.or(f::deadline);
    }
    Numbering n = p.numbering;
    boolean sub = n.kind() == Numbering.Kind.SUB;
    String id = n.kind() == Numbering.Kind.GROUP ? Integer.toString(hanNumber(n.id())) : n.id();
    Cell numberCell = new Cell(n.marker(), p.first.cell().at(p.first.cell().text().indexOf(n.marker().substring(0, 1))));
    return new Entry(Optional.of(Span.of(numberCell)), id, sub, text, units, leaders, deadline, Optional.empty());
  }

  /**
   * The items without the notice's own numbered prose: top-level sections before the first and after
   * the last task with responsibility whose entries print none (一、总体要求 … 三、工作要求).
   */
  private static List<ListItem> withoutProse(List<ListItem> items) {
    List<List<ListItem>> sections = new ArrayList<>();
    for (ListItem item : items) {
      if (sections.isEmpty() || item instanceof Heading h && h.level() == 1) {
        sections.add(new ArrayList<>());
      }
      sections.get(sections.size() - 1).add(item);
    }
    int first = 0;
    while (first < sections.size() && !responsible(sections.get(first))) {
      first++;
    }
    int last = sections.size() - 1;
    while (last > first && !responsible(sections.get(last))) {
      last--;
    }
    List<ListItem> out = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      out.addAll(sections.get(i));
    }
    return out;
  }

  private static boolean responsible(List<ListItem> section) {
    return section.stream().anyMatch(i -> i instanceof Entry e && e.hasOwnResponsibility()
        || i instanceof Heading h && (!h.units().isEmpty() || !h.leaders().isEmpty()));
  }

  private static int hanNumber(String marker) {
    String digits = "零一二三四五六七八九";
    String s = marker.replaceAll("[^一二三四五六七八九十百零〇]", "").replace('〇', '零');
    int value = 0;
    int current = 0;
    for (char c : s.toCharArray()) {
      if (c == '十') {
        value += (current == 0 ? 1 : current) * 10;
        current = 0;
      } else if (c == '百') {
        value += (current == 0 ? 1 : current) * 100;
        current = 0;
      } else {
        current = current * 10 + digits.indexOf(c);
      }
    }
    return value + current;
  }

  // ---------------------------------------------------------------- notice and signature

  static boolean isNoise(Line line) {
    return NOISE.matcher(line.key()).matches() && !ANNEX.matcher(line.key()).matches();
  }

  /**
   * {@code lines} without the block that closes a list printed in the notice's body: the issuer (a
   * line ending in 政府, 办公室, 委员会 …) above the signing date, and 抄送/印发 lines.
   */
  private List<Line> withoutSignature(List<Line> lines) {
    int cut = lines.size();
    boolean closed = false;
    int issuers = 0;
    for (int i = lines.size() - 1; i >= 0; i--) {
      Line line = lines.get(i);
      String key = line.key();
      if (line.isBlank() || isNoise(line)) {
        continue;
      }
      if (DATE_IN_WORDS.matcher(key).matches() && issuers == 0 || END.matcher(key).find()) {
        closed = true;
        cut = i;
      } else if (closed && issuers < 2 && ISSUER.matcher(key).matches()) {
        issuers++;
        cut = i;
      } else {
        break;
      }
    }
    if (!closed || issuers == 0 && lines.subList(cut, lines.size()).stream()
        .noneMatch(l -> END.matcher(l.key()).find())) {
      return lines;
    }
    signature.addAll(lines.subList(cut, lines.size()));
    return lines.subList(0, cut);
  }

  private final List<Line> signature = new ArrayList<>();

  private Notice notice(int listStart) {
    List<Line> notice = new ArrayList<>();
    for (int i = 0; i < Math.min(listStart, blocks.size()); i++) {
      if (blocks.get(i) instanceof Line l && !l.isBlank()) {
        notice.add(l);
      }
    }
    Optional<Cell> title = notice.stream().filter(l -> l.key().endsWith("通知") && !isNoise(l))
        .map(Line::cell).findFirst();
    String documentNumber = "";
    Optional<Cell> numberCell = Optional.empty();
    for (Line line : notice) {
      Matcher m = DOCUMENT_NUMBER.matcher(line.key());
      if (m.matches() && m.group(1).length() <= 12 && (m.group(4) != null && !m.group(6).isEmpty()
          || m.group(1).endsWith("发"))) {
        String close = m.group(4) != null ? m.group(4) : closing(m.group(2));
        documentNumber = ChineseText.withoutWhitespace(line.cell().text()).substring(0, m.group(1).length())
            + m.group(2) + m.group(3) + close + m.group(5) + printedNumberMark(line, m);
        numberCell = Optional.of(line.cell());
        break;
      }
    }
    if (numberCell.isEmpty()) {
      for (Line line : notice) {
        Matcher m = DOCUMENT_NUMBER_INSIDE.matcher(ChineseText.withoutWhitespace(line.cell().text()));
        if (m.find()) {
          documentNumber = m.group();
          numberCell = Optional.of(line.cell());
          break;
        }
      }
    }
    List<Line> dated = new ArrayList<>(notice);
    dated.addAll(signature);
    return new Notice(title, documentNumber, numberCell, issuedOn(dated));
  }

  private static String printedNumberMark(Line line, Matcher m) {
    return m.group(6).isEmpty() ? "" : ChineseText.withoutWhitespace(line.cell().text()).substring(m.start(6), m.end(6));
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
  private static Optional<Dated> issuedOn(List<Line> lines) {
    Optional<Integer> year = Optional.empty();
    for (Line l : lines) {
      Matcher y = Pattern.compile("(\\d{4})年").matcher(l.key());
      if (l.key().endsWith("通知") && y.find()) {
        year = Optional.of(Integer.parseInt(y.group(1)));
        break;
      }
    }
    for (int i = lines.size() - 1; i >= 0; i--) {
      String s = lines.get(i).key();
      Matcher words = DATE_IN_WORDS.matcher(s);
      if (words.matches()) {
        Optional<LocalDate> d = date(Integer.parseInt(words.group(1)), Integer.parseInt(words.group(2)),
            Integer.parseInt(words.group(3)));
        if (d.isPresent()) {
          return Optional.of(new Dated(d.get(), lines.get(i).cell()));
        }
      }
      if (year.isPresent() && DIGITS.matcher(s).matches() && s.length() >= 6 && s.length() <= 8
          && s.startsWith(Integer.toString(year.get()))) {
        Cell cell = lines.get(i).cell();
        return splitMonthDay(year.get(), s.substring(4)).map(d -> new Dated(d, cell));
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

  private Optional<Line> firstLine(int from, int to) {
    for (int i = from; i < to; i++) {
      if (blocks.get(i) instanceof Line l && !l.isBlank()) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
