package io.tracker.imports;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tracker.InputException;
import io.tracker.InputLimits;
import io.tracker.InputPlace;
import io.tracker.InputWarning;
import io.tracker.imports.ListItem.Part;
import io.tracker.json.TrackerJson;
import io.tracker.task.TaskBook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a task book (任务分解一览表) from a file as offices publish it, the entry point for hosts.
 *
 * <ul>
 *   <li>published text ({@code .txt}): the notice and its list in any layout
 *       ({@link PublishedTextImporter}: annexes or none, tables with "|" or tabs, one cell per line
 *       as in the seed {@code seeds/000_961a157e1ab25069.txt}, outlines numbered 一、 (一) 1. (1));
 *   <li>Word ({@code .docx}): the same, its tables read as tables;
 *   <li>Excel ({@code .xlsx}, {@code .xls}): each visible sheet with a header row a part;
 *   <li>CSV ({@code .csv}): a table with a header row;
 *   <li>tracker's own JSON ({@link TrackerJson}).
 * </ul>
 *
 * <p>The content decides the format: a ZIP holding {@code word/document.xml} is Word, one holding
 * {@code xl/workbook.xml} Excel; an OLE2 file with a workbook is an old Excel file (an old Word
 * {@code .doc} is refused, to be saved as {@code .docx}); text is JSON when the name ends in
 * {@code .json} or it starts with <code>{</code>, CSV when the name ends in {@code .csv} or its first
 * line is a comma-separated header, and published text otherwise. Text is read as UTF-8, or as
 * GB18030/GBK when it is not UTF-8, unless a charset is given; a byte order mark is honoured.
 *
 * <p>Every table's columns are recognised the same way ({@link TaskColumn}, {@link ColumnRecognition})
 * and every list's tasks assembled the same way ({@link TaskAssembly}); the work year is found as
 * {@link BookYear} says. Every problem with the input is an {@link InputException} naming the file
 * and line and column ({@code FILE:SHEET!A1} in a workbook, {@code FILE:表1!B3} in a Word table);
 * what the reader decided without certainty is an {@link InputWarning} in the {@link ImportResult}.
 * Task targets come from {@link io.tracker.target.TargetParser}.
 */
public final class TaskBookReader {
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};

  private TaskBookReader() {}

  /** Reads {@code file}, detecting its format and charset; the year must be in the file. */
  public static ImportResult read(Path file) {
    return read(file, ImportOptions.defaults());
  }

  /** Reads {@code file} with what the caller knows beside it (see {@link ImportOptions}). */
  public static ImportResult read(Path file, ImportOptions options) {
    requireNonNull(file, "file");
    requireNonNull(options, "options");
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = options.limits().bounded(in, file.toString()).readAllBytes();
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), 0, 0, "没有文件 \"" + file + "\": 应为任务清单文件");
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, 0, "无法读取 \"" + file + "\": " + InputException.reason(e), e);
    }
    return read(bytes, file.toString(), options);
  }

  /**
   * Reads a task book from {@code in} with the given {@link ImportOptions}.
   *
   * @param sourceName the file name, for messages, for the format when the content leaves it open,
   *     and as the last resort for the year
   */
  public static ImportResult read(InputStream in, String sourceName, ImportOptions options) {
    requireNonNull(sourceName, "sourceName");
    return read(readAll(options.limits().bounded(requireNonNull(in, "in"), sourceName)), sourceName, options);
  }

  /** Reads a task book from {@code in}, detecting format and charset; the year must be in the input. */
  public static ImportResult read(InputStream in, String sourceName) {
    return read(in, sourceName, ImportOptions.defaults());
  }

  /** Reads a task book from already decoded text (published text, CSV or JSON). */
  public static ImportResult read(Reader in, String sourceName, ImportOptions options) {
    requireNonNull(sourceName, "sourceName");
    Reader bounded = options.limits().bounded(requireNonNull(in, "in"), sourceName);
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = bounded.read(buffer); n >= 0; n = bounded.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fromText(text.toString(), sourceName, options);
  }

  /** Reads a task book from already decoded text; the year must be in the text. */
  public static ImportResult read(Reader in, String sourceName) {
    return read(in, sourceName, ImportOptions.defaults());
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ImportResult read(byte[] bytes, String sourceName, ImportOptions options) {
    if (TextDecoder.startsWith(bytes, ZIP)) {
      return fromZip(bytes, sourceName, options);
    }
    if (TextDecoder.startsWith(bytes, OLE2)) {
      return fromOle2(bytes, sourceName, options);
    }
    return fromText(TextDecoder.decode(bytes, sourceName, options.charset()), sourceName, options);
  }

  private static ImportResult fromZip(byte[] bytes, String sourceName, ImportOptions options) {
    boolean word = false;
    boolean excel = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        word |= e.getName().equals("word/document.xml");
        excel |= e.getName().equals("xl/workbook.xml");
      }
    } catch (IOException | RuntimeException e) { // a malformed entry name is an IllegalArgumentException
      throw new InputException(sourceName, 0, 0, "无法读取 ZIP 文件: " + InputException.reason(e)
          + ": 应为 .xlsx 工作簿或 .docx 文档", e);
    }
    List<InputWarning> warnings = new ArrayList<>();
    ColumnRecognition recognition = new ColumnRecognition(options.columns(), warnings);
    if (word) {
      List<Block> blocks = checkLength(WordDocuments.read(bytes, sourceName, warnings), options.limits());
      return fromDocument(blocks, sourceName, options, recognition, warnings);
    }
    if (excel) {
      return fromTables(WorkbookTables.read(bytes, sourceName, warnings), sourceName, options, recognition,
          warnings);
    }
    throw new InputException(sourceName, 0, 0, "ZIP 文件既不是 Excel 工作簿也不是 Word 文档(没有 xl/workbook.xml "
        + "或 word/document.xml): 应为 .xlsx、.docx、.csv 或 .txt 任务清单");
  }

  private static ImportResult fromOle2(byte[] bytes, String sourceName, ImportOptions options) {
    boolean workbook;
    boolean word;
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      workbook = fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book");
      word = fs.getRoot().hasEntry("WordDocument");
    } catch (IOException | RuntimeException e) { // POI throws unchecked exceptions on a corrupt container
      throw new InputException(sourceName, 0, 0, "无法读取 OLE2 文件: " + InputException.reason(e)
          + ": 应为 .xls 工作簿", e);
    }
    if (word) {
      throw new InputException(sourceName, 0, 0, "旧版 Word 文档(.doc)无法读取: 请用 Word 或 WPS 另存为 .docx 后再导入");
    }
    if (!workbook) {
      throw new InputException(sourceName, 0, 0, "OLE2 文件不是 Excel 工作簿: 应为 .xls、.xlsx、.docx、.csv 或 .txt 任务清单");
    }
    List<InputWarning> warnings = new ArrayList<>();
    ColumnRecognition recognition = new ColumnRecognition(options.columns(), warnings);
    return fromTables(WorkbookTables.read(bytes, sourceName, warnings), sourceName, options, recognition, warnings);
  }

  private static ImportResult fromText(String text, String sourceName, ImportOptions options) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<InputWarning> warnings = new ArrayList<>();
    ColumnRecognition recognition = new ColumnRecognition(options.columns(), warnings);
    switch (format(text, sourceName, recognition)) {
      case "json":
        return new ImportResult(checkJsonYear(checkCounts(TrackerJson.readTaskBook(new StringReader(text), sourceName),
            sourceName, options.limits()), text, sourceName, options.year()), List.of());
      case "csv": {
        Table table = CsvTables.read(new StringReader(text), sourceName, stem(sourceName));
        if (table.rows().isEmpty()) {
          throw new InputException(sourceName, 1, 1, "输入为空: 应有 CSV 表头行, 如 序号,任务,责任单位,完成时限");
        }
        return fromTables(List.of(table), sourceName, options, recognition, warnings);
      }
      default:
        return fromDocument(checkLength(PublishedTextImporter.lines(text, sourceName), options.limits()), sourceName,
            options, recognition, warnings);
    }
  }

  private static ImportResult fromTables(List<Table> tables, String sourceName, ImportOptions options,
      ColumnRecognition recognition, List<InputWarning> warnings) {
    tables.forEach(t -> checkLength(t, options.limits()));
    List<Part> parts = new ArrayList<>();
    for (Table table : tables) {
      Optional<Part> part = recognition.read(table);
      if (part.isPresent()) {
        parts.add(part.get());
      } else if (tables.size() > 1 && !table.rows().isEmpty()) {
        warnings.add(new InputWarning(table.place(), table.name() + " 中没有表头行: 未导入"));
      }
    }
    if (parts.isEmpty()) {
      Table first = tables.stream().filter(t -> !t.rows().isEmpty()).findFirst()
          .orElseThrow(() -> new InputException(sourceName, 1, 1, "输入为空: 应有带表头行的任务表"));
      throw ColumnRecognition.noHeader(first);
    }
    BookYear.Printed printed = new BookYear.Printed(Optional.empty(), Optional.empty(), Optional.empty());
    return book(parts, printed, "", "", Optional.empty(), sourceName, options, warnings);
  }

  private static ImportResult fromDocument(List<Block> blocks, String sourceName, ImportOptions options,
      ColumnRecognition recognition, List<InputWarning> warnings) {
    PublishedTextImporter.Document document = PublishedTextImporter.read(blocks, sourceName, recognition, warnings);
    PublishedTextImporter.Notice notice = document.notice();
    String issuer = notice.title().map(c -> {
      String title = ChineseText.withoutWhitespace(c.text());
      int about = ChineseText.simplified(title).indexOf("关于");
      return about > 0 ? title.substring(0, about) : "";
    }).orElse("");
    BookYear.Printed printed = new BookYear.Printed(notice.title(), notice.documentNumberCell(), notice.issuedOn());
    return book(document.parts(), printed, issuer, notice.documentNumber(),
        notice.title().map(c -> c.text().strip()), sourceName, options, warnings);
  }

  private static ImportResult book(List<Part> parts, BookYear.Printed printed, String issuer, String documentNumber,
      Optional<String> noticeTitle, String sourceName, ImportOptions options, List<InputWarning> warnings) {
    int year = BookYear.of(printed, parts, options.year(), sourceName, warnings);
    String title = noticeTitle
        .or(() -> parts.stream().map(Part::title).flatMap(Optional::stream).map(ListItem.Span::stripped)
            .findFirst())
        .orElse(stem(sourceName));
    TaskAssembly.Assembled assembled = TaskAssembly.assemble(sourceName, parts, year, title, options.limits(),
        warnings);
    TaskBook book = new TaskBook(issuer, documentNumber,
        printed.issuedOn().map(PublishedTextImporter.Dated::date), year, title, assembled.sections(),
        assembled.tasks());
    return new ImportResult(book, inOrder(warnings));
  }

  /** {@code blocks}, each line and table cell checked against {@link InputLimits#maxTextChars}. */
  private static List<Block> checkLength(List<Block> blocks, InputLimits limits) {
    for (Block block : blocks) {
      if (block instanceof Block.Line line) {
        limits.checkText(line.cell().place(), "这一行", line.cell().text());
      } else if (block instanceof Block.TableBlock table) {
        checkLength(table.table(), limits);
      }
    }
    return blocks;
  }

  /** Each cell of {@code table} checked against {@link InputLimits#maxTextChars}. */
  private static void checkLength(Table table, InputLimits limits) {
    table.captions().forEach(c -> limits.checkText(c.place(), "这一行", c.text()));
    table.rows().forEach(row -> row.forEach(c -> limits.checkText(c.place(), "单元格", c.text())));
  }

  /** {@code book}, read from JSON, checked against the limits of tasks and of targets per task. */
  private static TaskBook checkCounts(TaskBook book, String sourceName, InputLimits limits) {
    InputPlace whole = InputPlace.inText(sourceName, 0, 0);
    limits.checkTasks(whole, book.tasks().size());
    book.tasks().forEach(t -> limits.checkTargets(whole, t.id(), t.targets().size()));
    return book;
  }

  /** The warnings once each, by place: sheets (or Word tables) in the order met, then line and column. */
  private static List<InputWarning> inOrder(List<InputWarning> warnings) {
    List<String> sheets = new ArrayList<>();
    warnings.forEach(w -> w.place().sheet().filter(s -> !sheets.contains(s)).ifPresent(sheets::add));
    return new LinkedHashSet<>(warnings).stream()
        .sorted(Comparator.<InputWarning>comparingInt(w -> w.place().sheet().map(sheets::indexOf).orElse(-1))
            .thenComparingInt(w -> w.place().line())
            .thenComparingInt(w -> w.place().column()))
        .toList();
  }

  /** The source name without its directory and extension. */
  private static String stem(String sourceName) {
    String name = BookYear.fileName(sourceName);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The JSON book, unless {@code given} differs from its year: then an error at its "year" field. */
  private static TaskBook checkJsonYear(TaskBook book, String json, String sourceName, OptionalInt given) {
    if (given.isEmpty() || given.getAsInt() == book.year()) {
      return book;
    }
    JsonLocation at = yearLocation(json);
    throw new InputException(sourceName, at.getLineNr(), at.getColumnNr(), "\"year\": " + book.year()
        + " 与给定的年份 " + given.getAsInt() + " (--year) 不同: 应为任务书自己的年份");
  }

  /** Where the book's top-level "year" value starts; the book was read, so it is there. */
  private static JsonLocation yearLocation(String json) {
    try (JsonParser parser = TrackerJson.mapper().getFactory().createParser(json)) {
      int depth = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        } else if (depth == 1 && token == JsonToken.FIELD_NAME && parser.currentName().equals("year")) {
          parser.nextToken();
          return parser.currentTokenLocation();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("a book read from JSON has no \"year\" field");
  }

  private static String format(String text, String sourceName, ColumnRecognition recognition) {
    String name = sourceName.toLowerCase(Locale.ROOT);
    for (String extension : new String[] {"json", "csv"}) {
      if (name.endsWith("." + extension)) {
        return extension;
      }
    }
    String stripped = text.stripLeading();
    if (stripped.startsWith("{")) {
      return "json";
    }
    String firstLine = stripped.lines().findFirst().orElse("");
    if (firstLine.contains(",") && !firstLine.contains("|")) {
      Table header = CsvTables.read(new StringReader(firstLine), sourceName, "");
      if (recognition.headerRow(header).isPresent()) {
        return "csv";
      }
    }
    return "txt";
  }
}
