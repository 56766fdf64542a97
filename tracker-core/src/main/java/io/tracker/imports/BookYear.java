package io.tracker.imports;

import static io.tracker.InputException.quote;

import io.tracker.InputException;
import io.tracker.InputWarning;
import io.tracker.imports.ListItem.Entry;
import io.tracker.imports.ListItem.Part;
import io.tracker.imports.ListItem.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The work year of a task list, from what the list prints, in this order:
 *
 * <ol>
 *   <li>a 年度 column (the same year on every row);
 *   <li>the title: the notice's title, else the table's (2023年县政府工作报告任务分解一览表);
 *   <li>the year the caller gives (--year);
 *   <li>the year of the 文号, whatever its prefix (竹府办〔2016〕20号, 穗府辦〔2006〕19號);
 *   <li>the first year printed in a deadline (2023年6月底);
 *   <li>the year of the signing date, with a warning (a list signed in December may be for the next
 *       year);
 *   <li>a year 20xx standing alone in the file name (2024年重点任务.csv, tasks-2024.csv; not
 *       v12024.csv), with a warning.
 * </ol>
 *
 * <p>A given year that differs from a 年度 column, the title or a deadline printing a year is an error
 * at that cell; without any of these the input is refused.
 */
final class BookYear {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
  private static final Pattern DOCUMENT_YEAR = Pattern.compile("[〔\\[［【(（](\\d{4})");
  private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<![0-9A-Za-z])(20\\d{2})(?![0-9A-Za-z])");

  /**
   * What a list prints that may tell its year.
   *
   * @param title the title's cell, if any
   * @param documentNumber the 文号 as printed and its cell
   * @param issuedOn the signing date and its cell
   */
  record Printed(Optional<Cell> title, Optional<Cell> documentNumber, Optional<PublishedTextImporter.Dated> issuedOn) {}

  private BookYear() {}

  static int of(Printed printed, List<Part> parts, OptionalInt given, String source, List<InputWarning> warnings) {
    List<Entry> entries = new ArrayList<>();
    parts.forEach(p -> p.items().stream().filter(i -> i instanceof Entry).forEach(i -> entries.add((Entry) i)));
    if (entries.stream().anyMatch(e -> e.year().isPresent())) {
      return yearColumn(entries, given);
    }
    Optional<Cell> title = printed.title().filter(c -> YEAR.matcher(c.key()).find());
    if (title.isEmpty()) {
      title = parts.stream().map(Part::title).flatMap(Optional::stream).map(Span::cell)
          .filter(c -> YEAR.matcher(c.key()).find()).findFirst();
    }
    if (title.isPresent()) {
      Matcher m = YEAR.matcher(title.get().key());
      m.find();
      int year = Integer.parseInt(m.group(1));
      if (given.isPresent() && given.getAsInt() != year) {
        throw title.get().error("标题 " + quote(title.get().text().strip()) + " 写明年份 " + year + ", 与给定的年份 "
            + given.getAsInt() + " (--year) 不同: 应为标题的年份");
      }
      return year;
    }
    Optional<Span> deadline = entries.stream().map(Entry::deadline).flatMap(Optional::stream)
        .filter(s -> YEAR.matcher(ChineseText.key(s.text())).find()).findFirst();
    if (given.isPresent()) {
      deadline.ifPresent(d -> {
        int year = yearIn(d.text());
        if (year != given.getAsInt()) {
          throw new InputException(d.place(), "完成时限 " + quote(d.stripped()) + " 写明年份 " + year
              + ", 与给定的年份 " + given.getAsInt() + " (--year) 不同: 应为给定年份内的完成时限");
        }
      });
      return given.getAsInt();
    }
    Optional<Cell> number = printed.documentNumber().filter(c -> DOCUMENT_YEAR.matcher(c.key()).find());
    if (number.isPresent()) {
      Matcher m = DOCUMENT_YEAR.matcher(number.get().key());
      m.find();
      return Integer.parseInt(m.group(1));
    }
    if (deadline.isPresent()) {
      return yearIn(deadline.get().text());
    }
    if (printed.issuedOn().isPresent()) {
      PublishedTextImporter.Dated dated = printed.issuedOn().get();
      int year = dated.date().getYear();
      warnings.add(dated.cell().warning("年份取自落款日期 " + dated.date() + ": " + year
          + " 年(标题、文号和完成时限均未写明年份)"));
      return year;
    }
    String name = fileName(source);
    List<Integer> named = YEAR_IN_NAME.matcher(name).results()
        .map(m -> Integer.parseInt(m.group(1))).distinct().toList();
    if (named.size() == 1) {
      warnings.add(new InputWarning(source, 1, 1, "年份取自文件名 " + quote(name) + ": " + named.get(0)
          + " 年(清单中未写明年份)"));
      return named.get(0);
    }
    throw new InputException(source, 1, 1, "无年度列、未给定年份 (--year)、标题和文号未写明年份、完成时限未写明年份"
        + "(如 2023年6月底), 文件名 " + quote(name) + (named.isEmpty() ? " 中也没有年份" : " 中有多个年份 " + named)
        + ": 应有年度列, 或用 --year 给定年份");
  }

  private static int yearIn(String text) {
    Matcher m = YEAR.matcher(ChineseText.key(text));
    m.find();
    return Integer.parseInt(m.group(1));
  }

  private static int yearColumn(List<Entry> entries, OptionalInt given) {
    Integer year = null;
    for (Entry e : entries) {
      Span cell = e.year().orElseThrow(() -> new InputException(e.text().place(),
          "第 " + e.id() + " 项的年度单元格为空: 应在年度列下印年份"));
      String text = cell.cell().key().replace("年", "");
      if (!text.matches("\\d{4}")) {
        throw new InputException(cell.place(), "年度 " + quote(cell.stripped()) + ": 应为年份, 如 2023");
      }
      int value = Integer.parseInt(text);
      if (year != null && value != year) {
        throw new InputException(cell.place(), "年度 " + quote(cell.stripped()) + " 与上方的 " + year
            + " 不同: 应每个文件一个年份");
      }
      if (given.isPresent() && given.getAsInt() != value) {
        throw new InputException(cell.place(), "年度 " + quote(cell.stripped()) + " 与给定的年份 " + given.getAsInt()
            + " (--year) 不同: 应为给定的年份, 或不印年度列");
      }
      year = value;
    }
    return year;
  }

  static String fileName(String source) {
    return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
  }
}
