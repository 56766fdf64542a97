package io.tracker.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated ledgers for the sample book — figures of every scale the table holds (negative ones,
 * trailing zeros, 1E+3), statuses with and without percents, texts with quotes and line breaks,
 * timestamps at any offset, corrections — kept in H2 come back equal, in order.
 */
class JdbcLedgerStorePropertiesTest {
  private static final TaskBook BOOK = SampleBook.book();

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void aLedgerComesBackEqual(long seed) throws Exception {
    Random random = new Random(seed);
    List<ProgressReport> reports = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      reports.add(report(random));
    }
    JdbcLedgerStore store = JdbcLedgerStore.open("jdbc:h2:mem:ledger" + seed + ";DB_CLOSE_DELAY=-1");
    int split = random.nextInt(reports.size());
    store.append(reports.subList(0, split));
    store.append(reports.subList(split, reports.size()));
    assertThat(store.read(BOOK).reports()).containsExactlyElementsOf(reports);
  }

  private static ProgressReport report(Random random) {
    Task task = BOOK.tasks().get(random.nextInt(BOOK.tasks().size()));
    LocalDate asOf = LocalDate.of(2023, 1 + random.nextInt(12), 1).plusDays(random.nextInt(28));
    String text = List.of("", "按时序推进", "资金\"未到位\",\n待协调", "=HYPERLINK(1)", "中文，全角；符号").get(random.nextInt(5));
    ProgressReport report;
    if (task.targets().isEmpty()) {
      report = ProgressReport.status(task.id(), asOf, Status.values()[random.nextInt(4)], "报送单位");
      if (random.nextBoolean()) {
        report = report.withPercent(BigDecimal.valueOf(random.nextInt(10_001), random.nextInt(3)).min(BigDecimal.valueOf(100)));
      }
    } else {
      int position = 1 + random.nextInt(task.targets().size());
      BigDecimal value = random.nextInt(10) == 0 ? new BigDecimal("1E+3")
          : BigDecimal.valueOf(random.nextLong(0, 10_000_000_000L), random.nextInt(11));
      report = ProgressReport.value(task.id(), position, asOf, value, "报送单位");
    }
    report = report.withNote(text).withProblems(random.nextBoolean() ? text : "").withNextSteps(text);
    if (random.nextBoolean()) {
      report = report.withReportedAt(OffsetDateTime.of(2023, 7, 1, random.nextInt(24), random.nextInt(60),
          random.nextInt(60), 0, ZoneOffset.ofHoursMinutes(random.nextInt(-12, 15), 0)));
    }
    return report;
  }
}
