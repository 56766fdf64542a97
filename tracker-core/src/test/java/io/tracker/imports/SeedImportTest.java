package io.tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.tracker.Seeds;
import io.tracker.task.Deadline;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import io.tracker.task.Section;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facts read off the seed {@code seeds/000_961a157e1ab25069.txt} (西乡县 2023). */
class SeedImportTest {
  private static TaskBook book;

  @BeforeAll
  static void importSeed() {
    book = TaskBookReader.read(Seeds.path(Seeds.XIXIANG_2023)).book();
  }

  private static Task task(int id) {
    return book.task(Integer.toString(id)).orElseThrow();
  }

  @Test
  void readsTheNotice() {
    assertThat(book.title()).isEqualTo("西乡县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知");
    assertThat(book.issuer()).isEqualTo("西乡县人民政府");
    // Printed "西政发〔20233": the lost closing bracket is put back after the year, nothing invented.
    assertThat(book.documentNumber()).isEqualTo("西政发〔2023〕3");
    assertThat(book.issuedOn()).contains(LocalDate.of(2023, 3, 10));
    assertThat(book.year()).isEqualTo(2023);
    assertThat(book.sections()).containsExactly(
        new Section(1, "2023年县政府工作报告任务分解一览表"),
        new Section(2, "2023年十件民生实事任务一览表"),
        new Section(3, "政府工作报告创建任务一览表"));
  }

  @Test
  void reads107TasksNumberedInOrderAcrossTheThreeAnnexes() {
    assertThat(book.tasks()).hasSize(107);
    assertThat(book.tasks()).extracting(Task::id)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 107).mapToObj(Integer::toString).toList());
    for (Task t : book.tasks()) {
      int id = Integer.parseInt(t.id());
      int expectedSection = id <= 78 ? 1 : id <= 88 ? 2 : 3;
      assertThat(t.section()).as("section of task %s", id).isEqualTo(expectedSection);
    }
  }

  @Test
  void keepsTaskTextAsPrinted() {
    assertThat(task(1).text()).isEqualTo("地方财政收入增长13%");
    assertThat(task(78).text()).isEqualTo("抓好“五型”机关建设。");
    assertThat(task(107).text()).isEqualTo("争创四好农村路省级示范县");
  }

  @Test
  void firstUnitLeadsTheRestCooperate() {
    assertThat(task(4).responsibility().units()).containsExactly(
        new ResponsibleUnit("县人社局", "县人社局", Role.LEAD),
        new ResponsibleUnit("县农业农村局", "县农业农村局", Role.CO));
    for (Task t : book.tasks()) {
      assertThat(t.responsibility().units()).as("units of task %s", t.id()).isNotEmpty();
      assertThat(t.responsibility().units().get(0).role()).isEqualTo(Role.LEAD);
      assertThat(t.responsibility().coUnits()).hasSize(t.responsibility().units().size() - 1);
    }
  }

  @ParameterizedTest(name = "task {0}: {2} printed {1}")
  @CsvSource({
    "7, 县经合中心, 县经合中心",            // printed "县经合" / blank / "中心"
    "14, 县自然资源局, 县自然资源局",        // second unit, printed "县自然" / blank / "资源局"
    "31, 县交通运输, 县交通运输局",          // short form; 县交通运输局 printed at task 40
    "44, 市生态环境局西乡分局, 市生态环境局西乡分局", // printed "市生态环境局" / "西乡分局"
    "78, 各部门, 各部门",
    "93, 县住建, 县住建局",
    "97, 园区管委会, 县园区管委会",           // 县园区管委会 printed at task 11
    "105, 住建局, 县住建局",
  })
  void resolvesSplitAndShortUnitNames(int id, String printed, String name) {
    assertThat(task(id).responsibility().units())
        .filteredOn(u -> u.printed().equals(printed))
        .extracting(ResponsibleUnit::name)
        .containsExactly(name);
  }

  @Test
  void task33HasSixUnitsIncludingTheSplitStreetOffice() {
    assertThat(task(33).responsibility().units()).extracting(ResponsibleUnit::name, ResponsibleUnit::role)
        .containsExactly(
            tuple("县文旅局", Role.LEAD), tuple("县农业农村局", Role.CO), tuple("堰口镇", Role.CO),
            tuple("峡口镇", Role.CO), tuple("沙河镇", Role.CO), tuple("城北街道", Role.CO));
  }

  @Test
  void task93HasThreeUnits() {
    assertThat(task(93).responsibility().units()).extracting(ResponsibleUnit::name)
        .containsExactly("县住建局", "县妇联", "县政府办");
  }

  @Test
  void readsLeaders() {
    for (int id = 29; id <= 34; id++) {
      assertThat(task(id).leaders()).as("leaders of task %s", id).containsExactly("王永安");
    }
    assertThat(task(41).leaders()).containsExactly("钱剑锋");
    assertThat(task(78).leaders()).containsExactly("惠理"); // printed "惠  理"
    assertThat(task(89).leaders()).containsExactly("段长征");
    assertThat(task(1).leaders()).isEmpty();
    assertThat(task(90).leaders()).isEmpty();
    Set<String> allLeaders = book.tasks().stream().flatMap(t -> t.leaders().stream()).collect(Collectors.toSet());
    assertThat(allLeaders).containsExactlyInAnyOrder("王永安", "钱剑锋", "惠理", "段长征");
  }

  @Test
  void annexThreeHasNoDeadlineTheOthersEndOfNovember() {
    Deadline endOfNovember = new Deadline(Optional.of(LocalDate.of(2023, 11, 30)), "11月底", Optional.empty());
    for (Task t : book.tasks()) {
      if (t.section() == 3) {
        assertThat(t.deadline()).as("deadline of task %s", t.id()).isEmpty();
      } else {
        assertThat(t.deadline()).as("deadline of task %s", t.id()).contains(endOfNovember);
      }
    }
  }

  @Test
  void distinctUnitsAreTheFullNamesInTheSeed() {
    Set<String> names = book.tasks().stream()
        .flatMap(t -> t.responsibility().units().stream())
        .map(ResponsibleUnit::name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(names).containsExactlyInAnyOrder(
        "县财政局", "县发改局", "县经贸局", "县人社局", "县农业农村局", "县经合中心", "县行政审批局",
        "县园区管委会", "县自然资源局", "县水利局", "县教体局", "县卫健局", "县住建局", "县乡村振兴局",
        "县林业局", "县民政局", "县文旅局", "堰口镇", "峡口镇", "骆家坝镇", "沙河镇", "城北街道", "县交通运输局",
        "县公安局", "市生态环境局西乡分局", "县供销社", "县医保局", "县应急管理局", "县金融办", "县司法局",
        "县统计局", "县审计局", "各部门", "县委宣传部", "县妇联", "县政府办", "县退役军人事务局", "县信访局");
    assertThat(names).hasSize(38);
  }

  @Test
  void everyResolvedNameIsPrintedSomewhereInTheSeed() {
    Set<String> printed = book.tasks().stream()
        .flatMap(t -> t.responsibility().units().stream())
        .map(ResponsibleUnit::printed)
        .collect(Collectors.toSet());
    for (Task t : book.tasks()) {
      for (ResponsibleUnit u : t.responsibility().units()) {
        assertThat(printed).as("%s of task %s", u.name(), t.id()).contains(u.name());
      }
    }
  }
}
