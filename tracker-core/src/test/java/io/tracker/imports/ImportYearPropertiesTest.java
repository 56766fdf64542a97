package io.tracker.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Generated CSV lists printing no year anywhere (no 年度 column, deadlines such as 11月底), read
 * with a random work year given either by the caller or by the file name: the book and every dated
 * deadline fall in that year.
 */
class ImportYearPropertiesTest {
  private static final List<String> UNITS = List.of("县财政局", "县发改局", "县住建局", "城北街道", "堰口镇");

  /** A deadline cell: a month end (month 1–12), or another form printing no year (month 0). */
  private record Row(String text, String unit, int month, String otherDeadline) {
    String deadline() {
      return month > 0 ? month + "月底" : otherDeadline;
    }
  }

  private static Gen<Row> rows() {
    Gen<String> texts = strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(4, 20);
    Gen<String> units = integers().between(0, UNITS.size() - 1).map(UNITS::get);
    Gen<String> others = integers().between(0, 3).map(List.of("年底前", "上半年", "长期", "")::get);
    return texts.zip(units, integers().between(0, 12), others, Row::new);
  }

  private static String csv(List<Row> rows) {
    StringBuilder out = new StringBuilder("序号,任务,责任单位,包抓领导,完成时限\n");
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      out.append(i + 1).append(',').append(row.text()).append(',').append(row.unit()).append(",王永安,")
          .append(row.deadline()).append('\n');
    }
    return out.toString();
  }

  @Test
  void everyDeadlineFallsInTheYearGivenOrNamed() {
    qt().withFixedSeed(42L).withExamples(200)
        .forAll(lists().of(rows()).ofSizeBetween(1, 12), integers().between(2000, 2099), booleans().all())
        .checkAssert((rows, year, byName) -> {
          byte[] bytes = csv(rows).getBytes(UTF_8);
          TaskBook book = byName
              ? TaskBookReader.read(new ByteArrayInputStream(bytes), "重点任务-" + year + ".csv").book()
              : TaskBookReader.read(new ByteArrayInputStream(bytes), "tasks.csv",
                  ImportOptions.defaults().withYear(year)).book();
          assertThat(book.year()).isEqualTo(year);
          for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Task task = book.tasks().get(i);
            Optional<LocalDate> date = task.deadline().flatMap(d -> d.date());
            if (row.month() > 0) {
              assertThat(date)
                  .contains(YearMonth.of(year, row.month()).atEndOfMonth());
            }
            date.ifPresent(d -> assertThat(d.getYear()).isEqualTo(year));
          }
        });
  }
}
