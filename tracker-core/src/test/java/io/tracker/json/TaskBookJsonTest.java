package io.tracker.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tracker.InputException;
import io.tracker.Seeds;
import io.tracker.imports.TaskBookReader;
import io.tracker.quantity.Magnitude;
import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.target.Bound;
import io.tracker.target.Period;
import io.tracker.target.SourceSpan;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Deadline;
import io.tracker.task.Responsibility;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import io.tracker.task.Section;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TaskBookJsonTest {
  private static final ObjectMapper MAPPER = TrackerJson.mapper();

  /** The target of the contract example: 地方财政收入增长13%. */
  private static final Target FISCAL_REVENUE = new Target("地方财政收入", Optional.empty(), TargetKind.GROWTH,
      Bound.AT_LEAST, new Quantity(new BigDecimal("13"), Unit.PERCENT), Optional.empty(), Optional.empty(),
      new SourceSpan("地方财政收入增长13%", 0, 11));

  private static final TaskBook SMALL = new TaskBook("西乡县人民政府", "西政发〔2023〕3", Optional.of(LocalDate.of(2023, 3, 10)),
      2023, "通知", List.of(new Section(1, "2023年县政府工作报告任务分解一览表")),
      List.of(new Task("1", 1, "地方财政收入增长13%",
          new Responsibility(List.of(new ResponsibleUnit("县财政局", "县财政局", Role.LEAD))), List.of("王永安"),
          Optional.of(new Deadline(Optional.of(LocalDate.of(2023, 11, 30)), "11月底", Optional.empty())),
          List.of(FISCAL_REVENUE))));

  private static final String SMALL_JSON = "{\"issuer\":\"西乡县人民政府\",\"documentNumber\":\"西政发〔2023〕3\","
      + "\"issuedOn\":\"2023-03-10\",\"year\":2023,\"title\":\"通知\","
      + "\"sections\":[{\"number\":1,\"title\":\"2023年县政府工作报告任务分解一览表\"}],"
      + "\"tasks\":[{\"id\":\"1\",\"section\":1,\"text\":\"地方财政收入增长13%\","
      + "\"units\":[{\"name\":\"县财政局\",\"printed\":\"县财政局\",\"role\":\"LEAD\"}],"
      + "\"leaders\":[\"王永安\"],\"deadline\":{\"date\":\"2023-11-30\",\"printed\":\"11月底\"},"
      + "\"targets\":[{\"metric\":\"地方财政收入\",\"subject\":null,\"kind\":\"GROWTH\",\"bound\":\"AT_LEAST\","
      + "\"value\":13,\"unit\":\"%\",\"baseValue\":13,\"baseUnit\":\"%\",\"period\":null,\"qualifier\":null,"
      + "\"source\":{\"text\":\"地方财政收入增长13%\",\"start\":0,\"end\":11},\"due\":null}]}]}";

  @Test
  void writesTheContractShape() throws Exception {
    assertThat(MAPPER.writeValueAsString(SMALL)).isEqualTo(SMALL_JSON);
  }

  @Test
  void readsTheContractShape() {
    assertThat(TrackerJson.readTaskBook(new StringReader(SMALL_JSON), "book.json")).isEqualTo(SMALL);
  }

  @Test
  void writesMilestonePeriodAndPlainDecimals() throws Exception {
    Deadline deadline = new Deadline(Optional.of(LocalDate.of(2023, 5, 31)), "5月底前动工", Optional.of("动工"));
    assertThat(MAPPER.writeValueAsString(new Task("9", 1, "t", new Responsibility(List.of()), List.of(),
        Optional.of(deadline), List.of())))
        .contains("\"deadline\":{\"date\":\"2023-05-31\",\"printed\":\"5月底前动工\",\"milestone\":\"动工\"}");
    Target target = new Target("发行专债", Optional.of("城镇"), TargetKind.AMOUNT, Bound.AT_LEAST,
        new Quantity(new BigDecimal("4.5"), new Unit(Magnitude.YI, "元")), Optional.of(Period.Q1),
        Optional.of("亿元以上"), new SourceSpan("发行专债4.5亿元以上", 0, 11));
    assertThat(MAPPER.writeValueAsString(target))
        .isEqualTo("{\"metric\":\"发行专债\",\"subject\":\"城镇\",\"kind\":\"AMOUNT\",\"bound\":\"AT_LEAST\","
            + "\"value\":4.5,\"unit\":\"亿元\",\"baseValue\":450000000,\"baseUnit\":\"元\",\"period\":\"Q1\","
            + "\"qualifier\":\"亿元以上\",\"source\":{\"text\":\"发行专债4.5亿元以上\",\"start\":0,\"end\":11},"
            + "\"due\":{\"date\":\"--03-31\",\"printed\":\"一季度\"}}");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(target), Target.class)).isEqualTo(target);
  }

  @Test
  void partIsWrittenOnlyWhenTrueAndAbsentReadsAsFalse() throws Exception {
    Target whole = new Target("学校", Optional.empty(), TargetKind.AMOUNT, Bound.EXACTLY,
        new Quantity(new BigDecimal("20"), Unit.parse("所")), Optional.empty(), Optional.empty(),
        new SourceSpan("学校20所", 2, 7));
    Target part = new Target("幼儿园", Optional.empty(), TargetKind.AMOUNT, Bound.EXACTLY,
        new Quantity(new BigDecimal("7"), Unit.parse("个")), Optional.empty(), Optional.empty(),
        new SourceSpan("幼儿园7个", 10, 15), true);
    String partJson = "{\"metric\":\"幼儿园\",\"subject\":null,\"kind\":\"AMOUNT\",\"bound\":\"EXACTLY\","
        + "\"value\":7,\"unit\":\"个\",\"baseValue\":7,\"baseUnit\":\"个\",\"period\":null,\"qualifier\":null,"
        + "\"source\":{\"text\":\"幼儿园7个\",\"start\":10,\"end\":15},\"part\":true,\"due\":null}";

    assertThat(MAPPER.writeValueAsString(part)).isEqualTo(partJson);
    assertThat(MAPPER.writeValueAsString(whole)).doesNotContain("part");
    assertThat(MAPPER.readValue(partJson, Target.class)).isEqualTo(part);
    assertThat(MAPPER.readValue(partJson.replace(",\"part\":true", ""), Target.class).part()).isFalse();
    assertThat(MAPPER.readValue(partJson.replace("\"part\":true", "\"part\":false"), Target.class).part())
        .isFalse();
    assertThat(SMALL_JSON).doesNotContain("part");
  }

  @Test
  void seedBookRoundTrips() throws Exception {
    TaskBook seed = TaskBookReader.read(Seeds.path(Seeds.XIXIANG_2023)).book();
    String json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(seed);
    assertThat(TrackerJson.readTaskBook(new StringReader(json), "seed.json")).isEqualTo(seed);
  }

  @Test
  void unknownFieldIsReportedWhereItIs() {
    String json = SMALL_JSON.replace("\"year\":2023,", "\"year\":2023,\n  \"yaer\":2023,");
    assertThatThrownBy(() -> TrackerJson.readTaskBook(new StringReader(json), "book.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("book.json:2:14: unknown field \"yaer\": expected one of");
  }

  @Test
  void malformedJsonIsReportedWhereItBreaks() {
    assertThatThrownBy(() -> TrackerJson.readTaskBook(new StringReader("{\n\"issuer\": \"x\",\n  ]"), "book.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("book.json:3:3: Unexpected character (']'");
  }

  @Test
  void missingFieldIsAnError() {
    String json = SMALL_JSON.replace("\"year\":2023,", "");
    assertThatThrownBy(() -> TrackerJson.readTaskBook(new StringReader(json), "book.json"))
        .isInstanceOf(InputException.class)
        .hasMessage("book.json:1:1: invalid TaskBook: missing field \"year\": expected a value");
  }

  @Test
  void inconsistentValuesAreReportedAtTheirObject() {
    String json = SMALL_JSON.replace("\"end\":11", "\"end\":12");
    assertThatThrownBy(() -> TrackerJson.readTaskBook(new StringReader(json), "book.json"))
        .isInstanceOf(InputException.class)
        .hasMessageMatching("book\\.json:1:\\d+: invalid Target: span 0\\.\\.12 does not fit .*");
    String base = SMALL_JSON.replace("\"baseValue\":13", "\"baseValue\":14");
    assertThatThrownBy(() -> TrackerJson.readTaskBook(new StringReader(base), "book.json"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("baseValue 14 % does not match value 13%");
  }

  // ---- round trip over generated books ----

  private static final List<String> BASES = List.of("%", "元", "个", "户", "人", "亩", "吨", "公里", "平方米", "人次",
      "家", "台", "张", "名", "座", "天", "美元", "百分点");

  private static Gen<String> cjk(int min, int max) {
    return strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(min, max);
  }

  private static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return booleans().all().zip(gen, (present, value) -> present ? Optional.of(value) : Optional.empty());
  }

  private static Gen<BigDecimal> decimals() {
    return longs().between(-1_000_000L, 1_000_000_000L)
        .zip(integers().between(0, 4), BigDecimal::valueOf);
  }

  private static Gen<Unit> units() {
    return Generate.enumValues(Magnitude.class).zip(Generate.pick(BASES),
        (magnitude, base) -> base.equals("%") || base.equals("百分点") ? new Unit(Magnitude.ONE, base)
            : new Unit(magnitude, base));
  }

  private static Gen<Target> targets() {
    Gen<SourceSpan> spans = cjk(1, 12).zip(integers().between(0, 40), (text, start) ->
        new SourceSpan(text, start, start + text.length()));
    return in -> new Target(cjk(1, 8).generate(in), optional(cjk(1, 3)).generate(in),
        Generate.enumValues(TargetKind.class).generate(in), Generate.enumValues(Bound.class).generate(in),
        new Quantity(decimals().generate(in), units().generate(in)),
        optional(Generate.enumValues(Period.class)).generate(in), optional(cjk(1, 6)).generate(in),
        spans.generate(in), booleans().all().generate(in));
  }

  private static Gen<Optional<Deadline>> deadlines() {
    Gen<LocalDate> dates = integers().between(0, 3000).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    return optional(in -> new Deadline(optional(dates).generate(in), cjk(2, 6).generate(in),
        optional(cjk(2, 2)).generate(in)));
  }

  private static <T> List<T> listOf(Gen<T> gen, int max, org.quicktheories.core.RandomnessSource in) {
    int size = integers().between(0, max).generate(in);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      out.add(gen.generate(in));
    }
    return out;
  }

  private static Gen<TaskBook> books() {
    Gen<ResponsibleUnit> units = in -> new ResponsibleUnit(cjk(2, 10).generate(in), cjk(2, 10).generate(in),
        Generate.enumValues(Role.class).generate(in));
    return in -> {
      int sections = integers().between(1, 3).generate(in);
      List<Section> sectionList = new ArrayList<>();
      for (int s = 1; s <= sections; s++) {
        sectionList.add(new Section(s, cjk(1, 20).generate(in)));
      }
      int taskCount = integers().between(0, 6).generate(in);
      List<Task> tasks = new ArrayList<>();
      for (int t = 1; t <= taskCount; t++) {
        tasks.add(new Task(Integer.toString(t), integers().between(1, sections).generate(in),
            strings().allPossible().ofLengthBetween(0, 30).generate(in),
            new Responsibility(listOf(units, 4, in)), listOf(cjk(2, 3), 2, in), deadlines().generate(in),
            listOf(targets(), 3, in)));
      }
      return new TaskBook(cjk(0, 10).generate(in), strings().allPossible().ofLengthBetween(0, 12).generate(in),
          optional(integers().between(0, 5000).map(d -> LocalDate.of(2015, 1, 1).plusDays(d))).generate(in),
          integers().between(2000, 2100).generate(in), cjk(0, 30).generate(in), sectionList, tasks);
    };
  }

  @Test
  void everyBookReadsBackEqual() {
    qt().withFixedSeed(42L)
        .withExamples(300)
        .forAll(books())
        .check(book -> {
          try {
            String json = MAPPER.writeValueAsString(book);
            return TrackerJson.readTaskBook(new StringReader(json), "generated.json").equals(book);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }
}
