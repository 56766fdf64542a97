package io.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.report.LedgerView.TaskRow;
import io.tracker.rules.Assessment;
import io.tracker.rules.Light;
import io.tracker.rules.TaskResult;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerViewTest {
  private static final TaskBook BOOK = LedgerFixture.book();
  private static final Assessment ASSESSMENT = LedgerFixture.assessment();

  @Test
  void fixtureTextsAreCopiedFromTheSeed() throws IOException {
    Path seed = Path.of("..", "seeds", "000_961a157e1ab25069.txt");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    for (Task task : BOOK.tasks()) {
      assertThat(text).as("task %s", task.id()).contains(task.text());
      task.responsibility().units().forEach(u -> assertThat(text).contains(u.name()));
    }
    for (var section : BOOK.sections()) {
      assertThat(text).contains(section.title());
    }
  }

  @Test
  void groupsAssessedTasksBySectionInBookOrder() {
    LedgerView view = LedgerView.of(BOOK, ASSESSMENT);
    assertThat(view.sections()).extracting(s -> s.heading()).containsExactly(
        "附件1 2023年县政府工作报告任务分解一览表", "附件2 2023年十件民生实事任务一览表",
        "附件3 政府工作报告创建任务一览表");
    assertThat(view.sections().get(2).rows()).extracting(r -> r.task().id())
        .containsExactly("94", "106");
    assertThat(view.lightCounts()).containsEntry(Light.RED, 3).containsEntry(Light.YELLOW, 4)
        .containsEntry(Light.BLUE, 2).containsEntry(Light.GREEN, 5);
  }

  @Test
  void joinsTargetsWithTheirPrintedTextAndOwnFlags() {
    TaskRow ten = LedgerView.of(BOOK, ASSESSMENT).rows().stream()
        .filter(r -> r.task().id().equals("10")).findFirst().orElseThrow();
    assertThat(ten.targets()).extracting(t -> t.text())
        .containsExactly("一季度开工率达80%以上", "二季度达100%", "年度投资120亿元以上");
    assertThat(ten.targets()).extracting(t -> t.light().orElseThrow())
        .containsExactly(Light.RED, Light.RED, Light.YELLOW);
    assertThat(ten.targets().get(2).flags()).extracting(f -> f.code()).containsExactly("LAGGING");
    assertThat(ten.leadUnit()).isEqualTo("县发改局");
    assertThat(ten.leaders()).isEqualTo("—");
  }

  @Test
  void targetsPrintedAsOnePhraseAreToldApartByWhatDiffers() {
    TaskRow eightyEight = LedgerView.of(BOOK, ASSESSMENT).rows().stream()
        .filter(r -> r.task().id().equals("88")).findFirst().orElseThrow();
    assertThat(eightyEight.targets()).extracting(t -> t.text()).containsExactly(
        "城乡低保标准分别提高5%11%（5%）", "城乡低保标准分别提高5%11%（11%）", "200名精神残障患者");
  }

  @Test
  void aTargetTheBookDoesNotPrintIsNamedByPosition() {
    List<Task> tasks = new ArrayList<>(LedgerFixture.tasks());
    Task first = tasks.get(0);
    tasks.set(0, new Task(first.id(), first.section(), first.text(), first.responsibility(),
        first.leaders(), first.deadline(), List.of()));
    TaskRow row = LedgerView.of(LedgerFixture.book(tasks), ASSESSMENT).rows().get(0);
    assertThat(row.targets()).extracting(t -> t.text()).containsExactly("目标1");
  }

  @Test
  void titleNamesThePlaceTheYearAndTheDate() {
    assertThat(LedgerView.of(BOOK, ASSESSMENT).title())
        .isEqualTo("西乡县2023年政府工作报告任务督查台账（截至2023-06-30）");
    TaskBook other = new TaskBook("汉中市发展和改革委员会", "", Optional.empty(), 2024, "一览表",
        BOOK.sections(), BOOK.tasks());
    assertThat(LedgerView.of(other, ASSESSMENT).title())
        .isEqualTo("汉中市发展和改革委员会2024年政府工作报告任务督查台账（截至2023-06-30）");
  }

  @Test
  void refusesATaskAssessedTwice() {
    List<TaskResult> twice = new ArrayList<>(ASSESSMENT.tasks());
    twice.add(ASSESSMENT.tasks().get(0));
    Assessment doubled = new Assessment(ASSESSMENT.asOf(), twice, ASSESSMENT.units(),
        ASSESSMENT.leaders(), ASSESSMENT.total());
    assertThatThrownBy(() -> LedgerView.of(BOOK, doubled))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("assessment has task 1 twice");
  }

  @Test
  void showsOnlyAssessedTasks() {
    Assessment part = new Assessment(ASSESSMENT.asOf(), ASSESSMENT.tasks().subList(0, 3),
        List.of(), List.of(), ASSESSMENT.total());
    LedgerView view = LedgerView.of(BOOK, part);
    assertThat(view.rows()).extracting(r -> r.task().id()).containsExactly("1", "2", "5");
    assertThat(view.sections()).hasSize(1);
  }
}
