package io.tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.task.Deadline;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import io.tracker.task.Section;
import io.tracker.task.TaskBook;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvImportTest {
  private static TaskBook read(String csv) {
    return TaskBookReader.read(new StringReader(csv), "tasks.csv").book();
  }

  @Test
  void readsUnitsLeadersDeadlinesAndYear() {
    TaskBook book = read("""
        序号,任务,责任单位,包抓领导,完成时限,年度
        1,地方财政收入增长13%,县财政局,,11月底,2023
        2,生产总值增长8%左右,"县发改局、县交通运输",王永安,12月底前,2023
        3,建设县公共交通服务中心,"县交通运输局
        县住建局（配合）",王永安、钱剑锋,长期,2023
        """);
    assertThat(book.year()).isEqualTo(2023);
    assertThat(book.title()).isEqualTo("tasks");
    assertThat(book.sections()).containsExactly(new Section(1, "tasks"));
    assertThat(book.tasks()).hasSize(3);
    assertThat(book.task("1").orElseThrow().deadline())
        .contains(new Deadline(Optional.of(LocalDate.of(2023, 11, 30)), "11月底", Optional.empty()));
    assertThat(book.task("2").orElseThrow().responsibility().units()).containsExactly(
        new ResponsibleUnit("县发改局", "县发改局", Role.LEAD),
        new ResponsibleUnit("县交通运输局", "县交通运输", Role.CO));
    assertThat(book.task("2").orElseThrow().leaders()).containsExactly("王永安");
    assertThat(book.task("3").orElseThrow().responsibility().units()).containsExactly(
        new ResponsibleUnit("县交通运输局", "县交通运输局", Role.LEAD),
        new ResponsibleUnit("县住建局", "县住建局", Role.CO));
    assertThat(book.task("3").orElseThrow().leaders()).containsExactly("王永安", "钱剑锋");
    assertThat(book.task("3").orElseThrow().deadline().orElseThrow().date()).isEmpty();
  }

  @Test
  void leadAndCoColumnsAndMarks() {
    TaskBook book = read("""
        序号,工作任务,牵头单位,配合单位,分管领导,完成时限
        1,争创省级现代农业产业园,县农业农村局,"县财政局，县发改局",段长征,2023年6月底
        2,创建无欠薪县,"县人社局、县住建局",,段长征,2023年12月底
        """);
    assertThat(book.year()).isEqualTo(2023); // from the deadline text, as there is no 年度 column
    assertThat(book.task("1").orElseThrow().responsibility().units()).extracting(ResponsibleUnit::name,
        ResponsibleUnit::role).containsExactly(
            org.assertj.core.groups.Tuple.tuple("县农业农村局", Role.LEAD),
            org.assertj.core.groups.Tuple.tuple("县财政局", Role.CO),
            org.assertj.core.groups.Tuple.tuple("县发改局", Role.CO));
    assertThat(book.task("2").orElseThrow().responsibility().lead().orElseThrow().name()).isEqualTo("县人社局");
    assertThat(book.task("2").orElseThrow().responsibility().units()).allMatch(u -> u.role() == Role.LEAD);
  }

  @Test
  void markedRolesInOneCell() {
    TaskBook book = read("""
        序号,任务,责任单位,年度
        1,任务一,"牵头：县财政局、配合：县发改局、县人社局",2023
        2,任务二,"县教体局、县卫健局（牵头）",2023
        """);
    assertThat(book.task("1").orElseThrow().responsibility().units()).extracting(ResponsibleUnit::role)
        .containsExactly(Role.LEAD, Role.CO, Role.CO);
    assertThat(book.task("2").orElseThrow().responsibility().units()).extracting(ResponsibleUnit::role)
        .containsExactly(Role.LEAD, Role.LEAD);
  }

  @Test
  void unknownHeaderNamesTheCell() {
    assertThatThrownBy(() -> read("序号,任务,责任单位,说明\n1,任务一,县财政局,无\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("tasks.csv:1:12: 未知表头 \"说明\": 应为 序号/编号、");
  }

  @Test
  void emptyUnitCell() {
    assertThatThrownBy(() -> read("序号,任务,责任单位,年度\n1,任务一,,2023\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("tasks.csv:2:3: 第 1 项没有责任单位: 应在任务后印责任单位, 如 县财政局");
  }

  @Test
  void missingTaskText() {
    assertThatThrownBy(() -> read("序号,任务,责任单位,年度\n1,任务一,县财政局,2023\n2,  ,县财政局,2023\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("tasks.csv:3:1: 第 2 项的任务单元格为空: 应在 任务 列下印任务");
  }

  @Test
  void numberThatSkipsOrRepeats() {
    assertThatThrownBy(() -> read("序号,任务,责任单位,年度\n1,任务一,县财政局,2023\n3,任务三,县财政局,2023\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("tasks.csv:3:1: 序号 \"3\" 接在 \"1\" 之后: 应为 \"2\"");
    assertThatThrownBy(() -> read("序号,任务,责任单位,年度\n1,任务一,县财政局,2023\n1,任务一,县财政局,2023\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("tasks.csv:3:1: 序号 \"1\" 接在 \"1\" 之后: 应为 \"2\"");
  }

  @Test
  void month13() {
    assertThatThrownBy(() -> read("序号,任务,责任单位,完成时限,年度\n1,任务一,县财政局,13月底,2023\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("tasks.csv:2:12: month 13 in \"13月底\": expected a month 1–12");
  }

  @Test
  void notAUnit() {
    assertThatThrownBy(() -> read("序号,任务,责任单位,年度\n1,任务一,王永安,2023\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("tasks.csv:2:7: \"王永安\" 不是单位: 应为单位名称, 如 县财政局");
  }

  @Test
  void noYear() {
    assertThatThrownBy(() -> read("序号,任务,责任单位,完成时限\n1,任务一,县财政局,11月底\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("tasks.csv:1:1: 无年度列、未给定年份 (--year)");
  }

  @Test
  void cellWithoutHeader() {
    assertThatThrownBy(() -> read("序号,任务,责任单位,年度\n1,任务一,县财政局,2023,多余\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("tasks.csv:2:17: 单元格 \"多余\" 没有表头: 应为每行 4 个单元格");
  }

  @Test
  void emptyCsv() {
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("tasks.csv:1:1: 输入为空");
  }
}
