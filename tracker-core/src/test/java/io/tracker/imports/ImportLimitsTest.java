package io.tracker.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tracker.InputException;
import io.tracker.InputLimits;
import io.tracker.imports.LayoutWriters.GeneratedList;
import io.tracker.imports.LayoutWriters.GeneratedSection;
import io.tracker.imports.LayoutWriters.GeneratedTask;
import io.tracker.imports.LayoutWriters.Layout;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each {@link InputLimits} limit the importer applies: the one line it gives, at its place. */
class ImportLimitsTest {
  private static final String OUTLINE = "青山县人民政府关于印发2024年重点任务分解的通知\n一、发展\n"
      + "1. 新增就业岗位120个。\n牵头单位：县人社局\n"
      + "2. 建成学校3所，完成投资4.5亿元，改造道路12公里。\n牵头单位：县教育局\n"
      + "3. 新增市场主体800户。\n牵头单位：县市场监管局\n";

  @TempDir Path dir;

  private static InputException refused(String text, String fileName, InputLimits limits) {
    return catchThrowableOfType(InputException.class, () -> TaskBookReader.read(
        new ByteArrayInputStream(text.getBytes(UTF_8)), fileName, ImportOptions.defaults().withLimits(limits)));
  }

  @Test
  void theDefaultsReadTheListAsBefore() {
    ImportResult result = TaskBookReader.read(new ByteArrayInputStream(OUTLINE.getBytes(UTF_8)), "list.txt",
        ImportOptions.defaults());
    assertThat(result.book().tasks()).hasSize(3);
    assertThat(result.book().tasks().get(1).targets()).hasSize(3);
    assertThat(ImportOptions.defaults().limits()).isEqualTo(InputLimits.defaults());
  }

  @Test
  void aFileLargerThanMaxInputBytesIsRefusedAtReadWhateverTheEntryPoint() throws Exception {
    InputLimits limits = InputLimits.defaults().withMaxInputBytes(100);
    String expected = "输入超过 100 字节的上限 (InputLimits.maxInputBytes): 应拆分输入, 或由宿主程序调高上限";

    assertThat(refused(OUTLINE, "list.txt", limits)).hasMessage("list.txt:0:0: " + expected);
    Path file = Files.writeString(dir.resolve("list.txt"), OUTLINE);
    assertThat(catchThrowableOfType(InputException.class,
        () -> TaskBookReader.read(file, ImportOptions.defaults().withLimits(limits))))
        .hasMessage(file + ":0:0: " + expected);
    assertThat(catchThrowableOfType(InputException.class, () -> TaskBookReader.read(new StringReader(OUTLINE),
        "list.txt", ImportOptions.defaults().withLimits(limits.withMaxInputBytes(50)))))
        .hasMessage("list.txt:0:0: 输入超过 50 个字符的上限 (InputLimits.maxInputBytes): 应拆分输入, 或由宿主程序调高上限");
  }

  @Test
  void aLineLongerThanMaxTextCharsIsRefusedAtItsLineQuotingItsStart() {
    InputLimits limits = InputLimits.defaults().withMaxTextChars(28);

    assertThat(refused(OUTLINE, "list.txt", limits)).hasMessage("list.txt:5:1: 这一行 "
        + "\"2. 建成学校3所，完成投资4.5亿元，改造道路12公里。\" 有 29 个字符, 超过 28 个字符的上限 (InputLimits.maxTextChars)");
  }

  @Test
  void aCellLongerThanMaxTextCharsIsRefusedAtItsCell() {
    String csv = "序号,任务,责任单位,完成时限\n1," + "加快".repeat(15_000) + ",县发改局,6月底\n";

    InputException e = refused(csv, "list.csv", InputLimits.defaults());

    assertThat(e.place().toString()).isEqualTo("list.csv:2:3");
    assertThat(e.problem()).isEqualTo("单元格 \"" + "加快".repeat(40) + "…\" 有 30000 个字符, 超过 20000 个字符的上限 "
        + "(InputLimits.maxTextChars)");
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void aCellOrParagraphTooLongIsRefusedInEveryLayout(Layout layout) {
    GeneratedTask task = new GeneratedTask("加快".repeat(40) + "。", List.of("区发改局"), List.of(), List.of(),
        Optional.of(6));
    byte[] bytes = layout.write(new GeneratedList(2024, List.of(new GeneratedSection("发展", List.of(task)))));

    InputException e = catchThrowableOfType(InputException.class, () -> TaskBookReader.read(
        new ByteArrayInputStream(bytes), layout.fileName,
        ImportOptions.defaults().withLimits(InputLimits.defaults().withMaxTextChars(60))));

    assertThat(e).as(layout.name()).isNotNull();
    assertThat(e.problem()).contains("个字符, 超过 60 个字符的上限 (InputLimits.maxTextChars)").contains("加快加快");
  }

  @Test
  void moreTasksThanMaxTasksIsRefusedAtTheFirstTaskTooMany() {
    assertThat(refused(OUTLINE, "list.txt", InputLimits.defaults().withMaxTasks(2))).hasMessage(
        "list.txt:7:4: 任务清单超过 2 项任务的上限 (InputLimits.maxTasks): 应拆分清单, 或由宿主程序调高上限");
  }

  @Test
  void moreTargetsThanMaxTargetsPerTaskIsRefusedAtTheTask() {
    assertThat(refused(OUTLINE, "list.txt", InputLimits.defaults().withMaxTargetsPerTask(2))).hasMessage(
        "list.txt:5:4: 任务 \"2\" 有 3 个量化目标, 超过 2 个的上限 (InputLimits.maxTargetsPerTask)");
  }

  @Test
  void aJsonBookIsHeldToTheSameCounts() throws Exception {
    String json = "{\"issuer\":\"\",\"documentNumber\":\"\",\"year\":2024,\"title\":\"任务\",\"sections\":[],"
        + "\"tasks\":[]}";
    assertThat(TaskBookReader.read(new StringReader(json), "book.json", ImportOptions.defaults()).book().tasks())
        .isEmpty();
    ImportResult outline = TaskBookReader.read(new ByteArrayInputStream(OUTLINE.getBytes(UTF_8)), "list.txt",
        ImportOptions.defaults());
    String written = io.tracker.json.TrackerJson.mapper().writeValueAsString(outline.book());

    assertThat(catchThrowableOfType(InputException.class, () -> TaskBookReader.read(new StringReader(written),
        "book.json", ImportOptions.defaults().withLimits(InputLimits.defaults().withMaxTasks(2)))))
        .hasMessage("book.json:0:0: 任务清单超过 2 项任务的上限 (InputLimits.maxTasks): 应拆分清单, 或由宿主程序调高上限");
  }

  @Test
  void aFigureOfTwentyThousandDigitsInATaskIsOneShortLineAtItsColumn() {
    String list = "青山县人民政府关于印发2024年重点任务分解的通知\n一、发展\n1. 完成投资" + "9".repeat(20_000)
        + "万元。\n牵头单位：县发改局\n";

    InputException e = refused(list, "list.txt", InputLimits.defaults().withMaxTextChars(30_000));

    assertThat(e.getMessage()).isEqualTo("list.txt:3:8: 数字 \"" + "9".repeat(80)
        + "…\" 超出范围: 以基本单位 元 计, 应至多 20 位整数、20 位小数");
  }
}
