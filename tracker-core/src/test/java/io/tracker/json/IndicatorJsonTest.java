package io.tracker.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tracker.imports.ImportOptions;
import io.tracker.imports.TaskBookReader;
import io.tracker.task.TaskBook;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An indicator table's fields in tracker's JSON: a task's weight (分值), scoringText and assessor, a
 * target's assignee and reference; written only when present, read back to an equal book.
 */
class IndicatorJsonTest {
  private static final ObjectMapper MAPPER = TrackerJson.mapper();

  static TaskBook roundTrip(TaskBook book) throws Exception {
    return TrackerJson.readTaskBook(new StringReader(MAPPER.writeValueAsString(book)), "book.json");
  }

  @Test
  void writesAndReadsTheThreeCountiesTable() throws Exception {
    TaskBook book = TaskBookReader.read(Path.of("..", "docs", "examples", "three-counties.csv")).strictBook();
    JsonNode task = MAPPER.readTree(MAPPER.writeValueAsString(book)).get("tasks").get(0);
    assertThat(task.get("weight").decimalValue()).isEqualByComparingTo("10");
    assertThat(task.get("scoringText").asText()).startsWith("完成得基本分,大于目标值的,每增加5%加1分");
    assertThat(task.get("assessor").asText()).isEqualTo("市建设局");
    assertThat(task.get("targets").findValuesAsText("assignee")).containsExactly("柯城区", "衢江区", "龙游县");
    assertThat(task.get("targets").get(0).has("reference")).isFalse();
    assertThat(roundTrip(book)).isEqualTo(book);
  }

  @Test
  void aRelativeTargetHasAReferenceAndNoValue() throws Exception {
    TaskBook book = TaskBookReader.read(new StringReader("""
        序号,考核指标,计量单位,考核目标,,分值
        ,,,柯城区,衢江区,
        1,城镇居民人均可支配收入增速,%,不低于全省平均水平,7,5
        """), "指标.csv", ImportOptions.defaults().withYear(2023)).book();
    JsonNode relative = MAPPER.readTree(MAPPER.writeValueAsString(book)).get("tasks").get(0).get("targets").get(0);
    assertThat(relative.get("reference").asText()).isEqualTo("全省平均水平");
    assertThat(relative.has("value") && !relative.get("value").isNull()).isFalse();
    assertThat(roundTrip(book)).isEqualTo(book);
  }

  @Test
  void aTaskListWithoutThemWritesNoneOfTheirFields() throws Exception {
    String json = MAPPER.writeValueAsString(TaskBookReader.read(Path.of("..", "seeds", "000_961a157e1ab25069.txt"))
        .book());
    assertThat(json).doesNotContain("\"weight\"", "\"scoringText\"", "\"assessor\"", "\"assignee\"", "\"reference\"");
  }
}
