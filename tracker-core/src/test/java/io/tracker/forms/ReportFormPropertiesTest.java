package io.tracker.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.SampleBook;
import io.tracker.ledger.Status;
import io.tracker.target.TargetKind;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated fillings of every form of the sample book — random rows filled or left empty, random
 * figures, statuses, percents and texts (CJK, quotes, line breaks, formula-like) — read back as
 * exactly the reports typed.
 */
class ReportFormPropertiesTest {
  private static final TaskBook BOOK = SampleBook.book();
  private static final LocalDate JUNE = LocalDate.of(2023, 6, 30);
  private static final String[] TEXTS = {"", "", "已完成年度目标的一半", "=1+1", "资金\"未到位\"\n下月解决", "-待定", "进度 50%"};

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void whatIsTypedIsWhatIsRead(long seed) throws Exception {
    Random random = new Random(seed);
    List<Path> forms = ReportFormWriter.writeAll(BOOK, ProgressLedger.of(List.of()), JUNE, dir);
    for (Path form : forms) {
      String unit = form.getFileName().toString().replace(".xlsx", "");
      List<ProgressReport> typed = new ArrayList<>();
      Path filled;
      try (FormFiller filler = FormFiller.open(form)) {
        for (Task task : BOOK.tasks()) {
          if (!task.responsibility().lead().orElseThrow().name().equals(unit)) {
            continue;
          }
          for (int p = task.targets().isEmpty() ? 0 : 1; p <= task.targets().size(); p++) {
            if (random.nextInt(4) == 0) {
              continue;
            }
            ProgressReport report = p == 0 ? statusReport(random, task, unit) : valueReport(random, task, p, unit);
            String note = pick(random);
            String problems = pick(random);
            String nextSteps = pick(random);
            report = report.withNote(note).withProblems(problems).withNextSteps(nextSteps);
            if (report.value().isPresent()) {
              filler.number(task.id(), p, "本期完成值", report.value().get().doubleValue());
            } else {
              filler.text(task.id(), p, "状态", FormLayout.label(report.status().orElseThrow()));
              report.percent().ifPresent(v -> filler.number(task.id(), 0, "完成百分比", v.doubleValue()));
            }
            filler.text(task.id(), p, "进展情况", note).text(task.id(), p, "存在问题", problems)
                .text(task.id(), p, "下一步措施", nextSteps);
            typed.add(report);
          }
        }
        if (random.nextBoolean() && !typed.isEmpty()) {
          ProgressReport first = typed.get(0);
          filler.moveToEnd(first.taskId(), first.target().orElse(0));
          typed.add(typed.remove(0));
        }
        filled = filler.saveAs(dir.resolve("filled-" + seed + "-" + form.getFileName()));
      }
      assertThat(ReportFormReader.read(BOOK, JUNE, filled).reports()).as("%s, seed %d", unit, seed)
          .containsExactlyElementsOf(typed);
    }
  }

  private static String pick(Random random) {
    return TEXTS[random.nextInt(TEXTS.length)];
  }

  private static ProgressReport valueReport(Random random, Task task, int position, String unit) {
    TargetKind kind = task.targets().get(position - 1).kind();
    boolean rate = kind == TargetKind.GROWTH || kind == TargetKind.DECLINE;
    BigDecimal value = BigDecimal.valueOf(random.nextLong(rate ? -5_000_000 : 0, 1_000_000_000_000L), random.nextInt(5))
        .stripTrailingZeros();
    value = value.scale() < 0 ? value.setScale(0) : value;
    return new ProgressReport(task.id(), OptionalInt.of(position), JUNE, Optional.of(value), Optional.empty(),
        Optional.empty(), "", "", "", unit, Optional.empty());
  }

  private static ProgressReport statusReport(Random random, Task task, String unit) {
    ProgressReport report = ProgressReport.status(task.id(), JUNE, Status.values()[random.nextInt(4)], unit);
    if (random.nextBoolean()) {
      BigDecimal percent = BigDecimal.valueOf(random.nextInt(10_001), 2).stripTrailingZeros();
      report = report.withPercent(percent.scale() < 0 ? percent.setScale(0) : percent);
    }
    return report;
  }
}
