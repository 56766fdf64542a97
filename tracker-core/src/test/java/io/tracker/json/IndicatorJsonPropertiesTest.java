package io.tracker.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.tracker.quantity.Quantity;
import io.tracker.quantity.Unit;
import io.tracker.target.Bound;
import io.tracker.target.Reference;
import io.tracker.target.SourceSpan;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Responsibility;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Role;
import io.tracker.task.Section;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Generated indicator tasks (weights, scoring texts, assessors, assignees, relative targets) read back equal. */
class IndicatorJsonPropertiesTest {
  /** Any mix of weights, scoring texts, assessors, assignees and relative targets reads back equal. */
  @Test
  void anyIndicatorFieldsReadBackEqual() {
    List<String> counties = List.of("柯城区", "衢江区", "龙游县");
    qt().withExamples(200).forAll(integers().between(-1, 2000), integers().between(0, 3), booleans().all(),
        integers().between(0, 3)).checkAssert((cents, mask, relative, assigned) -> {
          List<Target> targets = new ArrayList<>();
          for (int i = 0; i < assigned; i++) {
            Optional<String> assignee = Optional.of(counties.get(i));
            targets.add(relative && i == 0
                ? new Target("增速", Optional.empty(), TargetKind.GROWTH, Bound.AT_LEAST, null, Optional.empty(),
                    Optional.empty(), new SourceSpan("不低于全省平均水平", 0, 9), false, Optional.empty(), assignee,
                    Optional.of(new Reference("全省平均水平", Optional.of(Unit.PERCENT))))
                : new Target("设施", Optional.empty(), TargetKind.AMOUNT, Bound.EXACTLY, Quantity.parse((i + 1) + "座"),
                    Optional.empty(), Optional.empty(), new SourceSpan(String.valueOf(i + 1), 0, 1), false, Optional.empty(), assignee,
                    Optional.empty()));
          }
          Optional<BigDecimal> weight = cents < 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(cents, 2));
          Task task = new Task("1", 1, "建设镇级污水处理设施", new Responsibility(counties.subList(0, assigned).stream()
              .map(c -> new ResponsibleUnit(c, c, Role.LEAD)).toList()), List.of(), Optional.empty(), targets, List.of(), weight,
              (mask & 1) == 0 ? Optional.empty() : Optional.of("完成得基本分；每超过5%加1分；扣完为止"),
              (mask & 2) == 0 ? Optional.empty() : Optional.of("市建设局"));
          TaskBook book = new TaskBook("衢州市人民政府", "", Optional.empty(), 2023, "考核指标表",
              List.of(new Section(1, "考核指标表")), List.of(task));
          try {
            assertThat(IndicatorJsonTest.roundTrip(book)).isEqualTo(book);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }
}
