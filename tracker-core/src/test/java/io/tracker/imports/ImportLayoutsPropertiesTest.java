package io.tracker.imports;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.tracker.imports.LayoutWriters.GeneratedList;
import io.tracker.imports.LayoutWriters.GeneratedSection;
import io.tracker.imports.LayoutWriters.GeneratedTask;
import io.tracker.imports.LayoutWriters.Layout;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Any generated list written out in a layout the importer reads (published outline, "|" table in
 * text, CSV, Excel, Word) imports back as generated: ids, sections, texts, units with their roles,
 * leaders and deadlines. Units come from names offices across China print, the tricky ones included.
 */
class ImportLayoutsPropertiesTest {
  private static final List<String> UNITS = List.of(
      "区发改局", "区财政局", "区统计局", "县交通运输局", "高新区(邹区镇)", "区文化和广电旅游体育局", "相关县(市、区)政府",
      "柯城区", "龙游县", "经开区", "各乡镇(街道)", "人民银行衢州市中心支行", "市生态环境局衢江分局", "省直有关部门",
      "各市人民政府", "县重点项目建设指挥部", "区委宣传部", "县供销社", "各街道板块");

  private static final List<String> LEADERS = List.of("王刚", "陈红", "李明", "欧阳晓");

  private static List<String> distinct(RandomnessSource in, List<String> pool, int min, int max, List<String> avoid) {
    int count = integers().between(min, max).generate(in);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count * 3 && out.size() < count; i++) {
      String pick = pool.get(integers().between(0, pool.size() - 1).generate(in));
      if (!out.contains(pick) && !avoid.contains(pick)) {
        out.add(pick);
      }
    }
    return out;
  }

  private static Gen<GeneratedList> lists() {
    return in -> {
      int year = integers().between(2006, 2030).generate(in);
      int sectionCount = integers().between(1, 3).generate(in);
      List<GeneratedSection> sections = new ArrayList<>();
      for (int s = 0; s < sectionCount; s++) {
        String title = strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(2, 8).generate(in) + "工作" + s;
        List<GeneratedTask> tasks = new ArrayList<>();
        int taskCount = integers().between(1, 5).generate(in);
        for (int t = 0; t < taskCount; t++) {
          String text = strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(4, 30).generate(in) + "。";
          List<String> leads = distinct(in, UNITS, 1, 2, List.of());
          List<String> co = distinct(in, UNITS, 0, 3, leads);
          List<String> leaders = distinct(in, LEADERS, 0, 2, List.of());
          boolean dated = integers().between(0, 3).generate(in) > 0;
          Optional<Integer> month = dated ? Optional.of(integers().between(1, 12).generate(in)) : Optional.empty();
          tasks.add(new GeneratedTask(text, leads, co, leaders, month));
        }
        sections.add(new GeneratedSection(title, tasks));
      }
      return new GeneratedList(year, sections);
    };
  }

  /** Whether {@code book} holds exactly {@code list} as written in {@code layout}. */
  private static boolean readsBack(TaskBook book, GeneratedList list, Layout layout) {
    if (book.year() != list.year() || book.sections().size() != list.sections().size()) {
      return false;
    }
    int index = 0;
    for (int s = 0; s < list.sections().size(); s++) {
      GeneratedSection section = list.sections().get(s);
      if (!book.sections().get(s).title().equals(layout.sectionTitle(section, s + 1))) {
        return false;
      }
      for (GeneratedTask generated : section.tasks()) {
        Task task = book.tasks().get(index++);
        List<String> units = new ArrayList<>();
        generated.leads().forEach(u -> units.add(u + ":" + Role.LEAD));
        generated.co().forEach(u -> units.add(u + ":" + Role.CO));
        boolean same = task.id().equals(Integer.toString(index))
            && task.section() == s + 1
            && task.text().equals(generated.text())
            && task.responsibility().units().stream().map(ResponsibleUnit::name).toList().equals(
                units.stream().map(u -> u.substring(0, u.lastIndexOf(':'))).toList())
            && task.responsibility().units().stream().map(u -> u.name() + ":" + u.role()).toList().equals(units)
            && task.leaders().equals(generated.leaders())
            && task.deadline().flatMap(d -> d.date()).equals(
                generated.month().map(m -> YearMonth.of(list.year(), m).atEndOfMonth()));
        if (!same) {
          return false;
        }
      }
    }
    return index == book.tasks().size();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Layout.class)
  void anyListWrittenInALayoutReadsBackAsGenerated(Layout layout) {
    int examples = layout == Layout.XLSX || layout == Layout.DOCX ? 25 : 100;
    qt().withFixedSeed(42L)
        .withExamples(examples)
        .forAll(lists())
        .check(list -> readsBack(
            TaskBookReader.read(new ByteArrayInputStream(layout.write(list)), layout.fileName).book(), list, layout));
  }
}
