package io.tracker.rules;

import static io.tracker.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tracker.json.TrackerJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AssessmentJsonTest {
  private final ObjectMapper mapper = TrackerJson.mapper();

  @Test
  void assessmentRoundTripsThroughJsonWithTheDocumentedShape() throws Exception {
    Assessment assessment = DefaultRules.assessor().assess(book(task5()), ledger(
        value("5", 1, "2023-06-30", "20"), value("5", 2, "2023-06-30", "2.0"), value("5", 3, "2023-06-30", "0.6")),
        date("2023-06-30"));

    String json = mapper.writeValueAsString(assessment);
    JsonNode tree = mapper.readTree(json);

    JsonNode task = tree.get("tasks").get(0);
    assertThat(task.get("id").asText()).isEqualTo("5");
    assertThat(task.get("score").decimalValue()).isEqualTo(new BigDecimal("57.04")); // (66.67 + 44.44 + 60) / 3 = 57.037
    assertThat(task.get("light").asText()).isEqualTo("YELLOW");
    JsonNode lagging = task.get("flags").get(1);
    assertThat(lagging.get("code").asText()).isEqualTo("LAGGING");
    assertThat(lagging.get("light").asText()).isEqualTo("YELLOW");
    assertThat(lagging.get("rule").asText()).isEqualTo("滞后预警");
    assertThat(lagging.get("message").asText()).startsWith("截至2023-06-30,发行专债完成2.0亿元");
    assertThat(lagging.get("target").asInt()).isEqualTo(2);
    JsonNode target = task.get("targets").get(1);
    assertThat(target.get("position").asInt()).isEqualTo(2);
    assertThat(target.get("completion").decimalValue()).isEqualTo(new BigDecimal("0.4444"));
    assertThat(target.get("score").decimalValue()).isEqualTo(new BigDecimal("44.44"));
    JsonNode unit = tree.get("units").get(0);
    assertThat(unit.get("name").asText()).isEqualTo("县发改局");
    assertThat(unit.get("score").decimalValue()).isEqualTo(new BigDecimal("57.04"));
    assertThat(unit.get("lead").asInt()).isEqualTo(1);
    assertThat(unit.get("co").asInt()).isEqualTo(0);
    assertThat(unit.get("red").asInt()).isEqualTo(0);
    assertThat(unit.get("yellow").asInt()).isEqualTo(1);
    JsonNode leader = tree.get("leaders").get(0);
    assertThat(leader.get("name").asText()).isEqualTo("王五");
    assertThat(leader.get("yellow").asInt()).isEqualTo(1);
    assertThat(leader.get("green").asInt()).isEqualTo(0);
    assertThat(tree.get("total").decimalValue()).isEqualTo(new BigDecimal("57.04"));
    assertThat(tree.get("asOf").asText()).isEqualTo("2023-06-30");

    assertThat(mapper.readValue(json, Assessment.class)).isEqualTo(assessment);
  }
}
