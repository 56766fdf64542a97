package io.tracker.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.junit.jupiter.api.Test;

/**
 * Generated task lists, printed in the seed's layout (with the seed's quirks: units split over
 * lines, short names, padded leader names) and as CSV, read back as generated.
 */
class ImportRoundTripPropertiesTest {
  /** A unit: full name, and how a row may print it (lines separated by \n; "" is a blank line). */
  private record UnitForm(String name, List<String> printings) {}

  private static final List<UnitForm> UNITS = List.of(
      new UnitForm("县财政局", List.of("县财政局")),
      new UnitForm("县发改局", List.of("县发改局")),
      new UnitForm("县经合中心", List.of("县经合中心", "县经合\n\n中心")),
      new UnitForm("县住建局", List.of("县住建局", "县住建", "住建局")),
      new UnitForm("县园区管委会", List.of("县园区管委会", "园区管委会")),
      new UnitForm("县交通运输局", List.of("县交通运输局", "县交通运输")),
      new UnitForm("城北街道", List.of("城北\n\n街道", "城北街道")),
      new UnitForm("堰口镇", List.of("堰口镇")),
      new UnitForm("市生态环境局西乡分局", List.of("市生态环境局西乡分局", "市生态环境局\n西乡分局")),
      new UnitForm("各部门", List.of("各部门")));

  private static final List<String> LEADERS = List.of("王永安", "钱剑锋", "惠  理", "段长征");

  /** One generated row: its units (index into UNITS and printing), leaders and deadline month. */
  private record Row(String text, List<int[]> units, List<String> leaders, Optional<Integer> month) {}

  private record Doc(int year, List<List<Row>> sections) {}

  private static Gen<Doc> docs() {
    return in -> {
      int year = integers().between(2015, 2035).generate(in);
      int sectionCount = integers().between(1, 3).generate(in);
      List<List<Row>> sections = new ArrayList<>();
      for (int s = 0; s < sectionCount; s++) {
        boolean deadlines = s < 2; // like the seed: the third annex has no deadline column
        int rows = integers().between(1, 6).generate(in);
        List<Row> list = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
          list.add(row(in, deadlines));
        }
        sections.add(list);
      }
      return new Doc(year, sections);
    };
  }

  private static Row row(RandomnessSource in, boolean deadline) {
    String text = strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(4, 30).generate(in) + "。";
    int unitCount = integers().between(1, 4).generate(in);
    List<int[]> units = new ArrayList<>();
    for (int i = 0; i < unitCount; i++) {
      int unit = integers().between(0, UNITS.size() - 1).generate(in);
      int printing = integers().between(0, UNITS.get(unit).printings().size() - 1).generate(in);
      units.add(new int[] {unit, printing});
    }
    int leaderCount = integers().between(0, 2).generate(in);
    List<String> leaders = new ArrayList<>();
    for (int i = 0; i < leaderCount; i++) {
      leaders.add(LEADERS.get(integers().between(0, LEADERS.size() - 1).generate(in)));
    }
    Optional<Integer> month = deadline ? Optional.of(integers().between(1, 12).generate(in)) : Optional.empty();
    return new Row(text, units, leaders, month);
  }

  /** The document as text in the seed's layout; the first row prints every unit in full. */
  private static String published(Doc doc) {
    StringBuilder out = new StringBuilder();
    out.append("西乡县人民政府关于印发《").append(doc.year()).append("年县政府工作报告任务分解一览表》的通知\n\n");
    out.append("西政发〔").append(doc.year()).append("3\n\n西乡县人民政府\n\n");
    int id = 1;
    for (int s = 0; s < doc.sections().size(); s++) {
      out.append("附件").append(s + 1).append("\n\n表").append(s + 1).append("\n\n序号\n\n责任\n\n单位\n\n包抓    领导\n\n");
      if (s < 2) {
        out.append("完成\n\n时限\n\n");
      }
      for (Row row : doc.sections().get(s)) {
        out.append(id).append("\n\n").append(row.text()).append("\n\n");
        if (id == 1) {
          UNITS.forEach(u -> out.append(u.name()).append('\n'));
        }
        for (int[] unit : row.units()) {
          out.append(UNITS.get(unit[0]).printings().get(unit[1])).append('\n');
        }
        out.append('\n');
        row.leaders().forEach(l -> out.append(l).append("\n\n"));
        row.month().ifPresent(m -> out.append(m).append("月底\n\n"));
        id++;
      }
    }
    return out.toString();
  }

  /** The document as CSV with 序号, 任务, 责任单位, 包抓领导, 完成时限, 年度 and 附件 columns. */
  private static String csv(Doc doc) {
    StringBuilder out = new StringBuilder("序号,任务,责任单位,包抓领导,完成时限,年度,附件\n");
    int id = 1;
    for (int s = 0; s < doc.sections().size(); s++) {
      for (Row row : doc.sections().get(s)) {
        List<String> units = new ArrayList<>();
        if (id == 1) {
          UNITS.forEach(u -> units.add(u.name()));
        }
        for (int[] unit : row.units()) {
          units.add(UNITS.get(unit[0]).printings().get(unit[1]).replace("\n", ""));
        }
        out.append(id).append(',').append(row.text()).append(",\"").append(String.join("、", units)).append("\",")
            .append(String.join("、", row.leaders())).append(',')
            .append(row.month().map(m -> m + "月底").orElse("")).append(',').append(doc.year()).append(',')
            .append(s + 1).append('\n');
        id++;
      }
    }
    return out.toString();
  }

  /** Whether {@code book} holds exactly the rows of {@code doc}. */
  private static boolean matches(TaskBook book, Doc doc) {
    if (book.year() != doc.year()) {
      return false;
    }
    List<Task> tasks = book.tasks();
    int index = 0;
    for (int s = 0; s < doc.sections().size(); s++) {
      for (Row row : doc.sections().get(s)) {
        if (index >= tasks.size()) {
          return false;
        }
        Task task = tasks.get(index);
        List<String> names = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        if (index == 0) {
          UNITS.forEach(u -> names.add(u.name()));
          UNITS.forEach(u -> printed.add(u.name()));
        }
        for (int[] unit : row.units()) {
          names.add(UNITS.get(unit[0]).name());
          printed.add(UNITS.get(unit[0]).printings().get(unit[1]).replace("\n", ""));
        }
        List<String> leaders = row.leaders().stream().map(l -> l.replace(" ", "")).toList();
        Optional<LocalDate> date = row.month().map(m -> YearMonth.of(doc.year(), m).atEndOfMonth());
        boolean same = task.id().equals(Integer.toString(index + 1))
            && task.section() == s + 1
            && task.text().equals(row.text())
            && task.responsibility().units().stream().map(u -> u.name()).toList().equals(names)
            && task.responsibility().units().stream().map(u -> u.printed()).toList().equals(printed)
            && task.leaders().equals(leaders)
            && task.deadline().flatMap(d -> d.date()).equals(date)
            && task.deadline().isPresent() == row.month().isPresent();
        if (!same) {
          return false;
        }
        index++;
      }
    }
    return index == tasks.size();
  }

  @Test
  void publishedLayoutReadsBackAsGenerated() {
    qt().withFixedSeed(42L)
        .withExamples(300)
        .forAll(docs())
        .check(doc -> matches(
            TaskBookReader.read(new ByteArrayInputStream(published(doc).getBytes(UTF_8)), "generated.txt").book(), doc));
  }

  @Test
  void csvReadsBackAsGenerated() {
    qt().withFixedSeed(42L)
        .withExamples(300)
        .forAll(docs())
        .check(doc -> matches(TaskBookReader.read(new StringReader(csv(doc)), "generated.csv").book(), doc));
  }
}
