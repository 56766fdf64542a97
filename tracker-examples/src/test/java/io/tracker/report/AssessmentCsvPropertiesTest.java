package io.tracker.report;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.tracker.SpreadsheetText;
import io.tracker.quantity.Quantity;
import io.tracker.rules.Assessment;
import io.tracker.rules.Light;
import io.tracker.rules.TargetResult;
import io.tracker.rules.TaskResult;
import io.tracker.target.Bound;
import io.tracker.target.SourceSpan;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Section;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AssessmentCsvPropertiesTest {

  /**
   * Text mixing Chinese, ASCII, every character CSV must quote and every character that starts a
   * formula ({@code = + - @}, tab, carriage return), and now and then a plain number.
   */
  private static Gen<String> text(int min) {
    Gen<Integer> codePoint = Generate.pick(List.of(
            new int[] {0x20, 0x7E}, new int[] {0x4E00, 0x9FFF}, new int[] {0x3000, 0x303F},
            new int[] {',', ','}, new int[] {'"', '"'}, new int[] {'\n', '\n'},
            new int[] {'\r', '\r'}, new int[] {0x201C, 0x201D}, new int[] {0xFF01, 0xFF5E},
            new int[] {'=', '='}, new int[] {'+', '+'}, new int[] {'-', '-'}, new int[] {'@', '@'},
            new int[] {'\t', '\t'}, new int[] {'0', '9'}))
        .flatMap(r -> integers().between(r[0], r[1]));
    return lists().of(codePoint).ofSizeBetween(min, 30).map(cps -> {
      StringBuilder s = new StringBuilder();
      cps.forEach(s::appendCodePoint);
      return s.toString();
    });
  }

  @Test
  void everyTextAndNumberReadsBackAsWritten() {
    qt().withFixedSeed(42L)
        .forAll(text(0), text(1).assuming(s -> !s.isBlank()), text(0),
            integers().between(0, 10_000).zip(integers().between(0, 10_000),
                (score, completion) -> new int[] {score, completion}))
        .check((taskText, unit, targetText, numbers) -> {
          BigDecimal taskScore = BigDecimal.valueOf(numbers[0], 2);
          BigDecimal done = BigDecimal.valueOf(numbers[1], 4);
          Target target = new Target("指标", Optional.empty(), TargetKind.AMOUNT, Bound.EXACTLY,
              new Quantity(BigDecimal.ONE, io.tracker.quantity.Unit.PERCENT), Optional.empty(),
              Optional.empty(), new SourceSpan(targetText, 0, targetText.length()));
          Task task = LedgerFixture.task("7", 1, taskText, LedgerFixture.units(unit),
              List.of("王永安"), true, target);
          TaskBook book = new TaskBook("西乡县人民政府", "西政发〔2023〕3号", Optional.empty(), 2023,
              "一览表", List.of(new Section(1, "一览表")), List.of(task));
          TargetResult targetResult = new TargetResult(1, done, done.movePointRight(2), true,
              LedgerFixture.ON_SCHEDULE, BigDecimal.ZERO);
          Assessment assessment = new Assessment(LocalDate.of(2023, 6, 30),
              List.of(new TaskResult("7", taskScore, Light.GREEN, List.of(),
                  List.of(targetResult))),
              List.of(), List.of(), taskScore);
          try {
            StringWriter out = new StringWriter();
            AssessmentCsv.write(book, assessment, out);
            List<List<String>> rows = CsvRows.parse(out.toString().substring(1));
            String percent = rows.get(2).get(8);
            return rows.size() == 3
                && rows.get(1).get(4).equals(SpreadsheetText.neutralised(taskText))
                && rows.get(1).get(5).equals(SpreadsheetText.neutralised(unit))
                && new BigDecimal(rows.get(1).get(7)).compareTo(taskScore) == 0
                && rows.get(2).get(4).equals(SpreadsheetText.neutralised(targetText))
                && rows.stream().flatMap(List::stream).noneMatch(SpreadsheetText::isFormulaLike)
                && new BigDecimal(percent.substring(0, percent.length() - 1)).movePointLeft(2)
                    .compareTo(done) == 0;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
