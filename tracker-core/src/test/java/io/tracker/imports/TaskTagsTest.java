package io.tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.json.TrackerJson;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Task categories (类别/标签): from a 标签 column and from the annex titles 民生实事, 创建. */
class TaskTagsTest {
  @Test
  void aTagColumnGivesEachTaskItsTags() throws Exception {
    TaskBook book = TaskBookReader.read(new StringReader("""
        序号,任务,责任单位,标签,年度
        1,新建学校20所,县教体局,"民生实事、重点",2023
        2,地方财政收入增长13%,县财政局,,2023
        """), "tasks.csv").book();
    assertThat(book.task("1").orElseThrow().tags()).containsExactly("民生实事", "重点");
    assertThat(book.task("2").orElseThrow().tags()).isEmpty();
    String json = TrackerJson.mapper().writeValueAsString(book);
    assertThat(json).contains("\"tags\":[\"民生实事\",\"重点\"]");
    assertThat(TrackerJson.readTaskBook(new StringReader(json), "book.json")).isEqualTo(book);
  }

  @Test
  void theSeedsAnnexTitlesTagTheirTasks() {
    TaskBook seed = TaskBookReader.read(Path.of("../seeds/000_961a157e1ab25069.txt"), ImportOptions.defaults()).book();
    long livelihood = seed.tasks().stream().filter(t -> t.tags().contains("民生实事")).count();
    long creation = seed.tasks().stream().filter(t -> t.tags().contains("创建")).count();
    assertThat(livelihood).isEqualTo(10);
    assertThat(creation).isPositive();
    assertThat(seed.tasks().stream().filter(t -> t.section() == 1)).allMatch(t -> t.tags().isEmpty());
    assertThat(seed.tasks().stream().filter(t -> t.tags().size() > 1).map(Task::id)).isEmpty();
  }
}
