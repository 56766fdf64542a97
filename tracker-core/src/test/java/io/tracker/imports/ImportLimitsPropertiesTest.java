package io.tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tracker.InputException;
import io.tracker.InputLimits;
import io.tracker.imports.LayoutWriters.GeneratedList;
import io.tracker.imports.LayoutWriters.GeneratedSection;
import io.tracker.imports.LayoutWriters.GeneratedTask;
import io.tracker.imports.LayoutWriters.Layout;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For generated lists in every layout, with generated limits on tasks, targets per task and text
 * length (one generous for every line and cell, or one shorter than the longest task): a list within
 * all of them imports whole, and one beyond any of them is refused with that limit's line — a text
 * too long first (checked as the file is read), then tasks, then targets.
 */
class ImportLimitsPropertiesTest {
  private static final List<String> FIGURES = List.of("新增就业岗位120个", "建成学校3所", "完成投资4.5亿元", "改造道路12公里",
      "新增市场主体800户", "发放补贴2000万元");

  static Stream<Long> seeds() {
    return IntStream.range(0, 60).mapToObj(i -> 4111L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aListIsImportedWholeOrRefusedByTheLimitItExceeds(long seed) {
    Random random = new Random(seed);
    List<GeneratedTask> tasks = new ArrayList<>();
    int maxTargets = 0;
    int longest = 0;
    for (int t = random.nextInt(6) + 1; t > 0; t--) {
      List<String> figures = FIGURES.subList(0, random.nextInt(FIGURES.size()) + 1);
      String text = String.join("，", figures) + "。";
      maxTargets = Math.max(maxTargets, figures.size());
      longest = Math.max(longest, text.length());
      tasks.add(new GeneratedTask(text, List.of("区发改局"), List.of(), List.of(), Optional.of(random.nextInt(12) + 1)));
    }
    Layout layout = Layout.values()[random.nextInt(Layout.values().length)];
    byte[] bytes = layout.write(new GeneratedList(2024, List.of(new GeneratedSection("发展", tasks))));
    InputLimits limits = InputLimits.defaults()
        .withMaxTasks(random.nextInt(tasks.size() + 1) + 1)
        .withMaxTargetsPerTask(random.nextInt(maxTargets + 1) + 1)
        .withMaxTextChars(random.nextBoolean() ? 200 : longest - 1 - random.nextInt(5));
    ImportOptions options = ImportOptions.defaults().withLimits(limits);
    String what = layout + " " + limits;

    if (tasks.size() <= limits.maxTasks() && longest <= limits.maxTextChars() && maxTargets <= limits.maxTargetsPerTask()) {
      assertThat(TaskBookReader.read(new ByteArrayInputStream(bytes), layout.fileName, options).book().tasks())
          .as(what).hasSize(tasks.size());
      return;
    }
    InputException e = catchThrowableOfType(InputException.class,
        () -> TaskBookReader.read(new ByteArrayInputStream(bytes), layout.fileName, options));
    assertThat(e).as(what).isNotNull();
    if (longest > limits.maxTextChars()) {
      assertThat(e.problem()).as(what).contains("超过 " + limits.maxTextChars() + " 个字符的上限");
    } else if (tasks.size() > limits.maxTasks()) {
      assertThat(e.problem()).as(what).startsWith("任务清单超过 " + limits.maxTasks() + " 项任务的上限");
    } else {
      assertThat(e.problem()).as(what).contains("个量化目标, 超过 " + limits.maxTargetsPerTask() + " 个的上限");
    }
  }
}
