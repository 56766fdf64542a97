package io.tracker.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger in embedded H2 and, where a server runs, in PostgreSQL: the same rows come back. */
class JdbcLedgerStoreTest {
  private static final TaskBook BOOK = SampleBook.book();
  private static final LocalDate JUNE = LocalDate.of(2023, 6, 30);
  static final List<ProgressReport> REPORTS = List.of(
      ProgressReport.value("5", 2, JUNE, new BigDecimal("3.20"), "县财政局")
          .withReportedAt(OffsetDateTime.parse("2023-07-05T09:00:00+08:00")),
      ProgressReport.value("1", 1, JUNE, new BigDecimal("-1.5"), "县财政局").withNote("同比回落"),
      ProgressReport.value("15", 1, JUNE, new BigDecimal("1200"), "县行政审批局"),
      ProgressReport.value("15", 1, JUNE, new BigDecimal("1E+3"), "县行政审批局").withNote("更正"),
      ProgressReport.status("29", JUNE, Status.IN_PROGRESS, "县文旅局").withPercent(new BigDecimal("40.50"))
          .withNote("规划初稿已完成,\"待审\"\n下月报审").withProblems("资金未到位").withNextSteps("7月报审")
          .withReportedAt(OffsetDateTime.parse("2023-07-06T18:30:15-05:00")));

  @Test
  void h2KeepsEveryReportExactlyInRecordingOrder(@TempDir Path dir) throws IOException {
    JdbcLedgerStore store = JdbcLedgerStore.open("jdbc:h2:" + dir.resolve("ledger"));
    keepsEveryReportExactlyInRecordingOrder(store);
  }

  @Test
  void postgresKeepsEveryReportExactlyInRecordingOrder() throws Exception {
    try (PostgresDatabase db = PostgresDatabase.create()) {
      keepsEveryReportExactlyInRecordingOrder(JdbcLedgerStore.open(db.url()));
    }
  }

  private static void keepsEveryReportExactlyInRecordingOrder(JdbcLedgerStore store) throws IOException {
    assertThat(store.exists()).isFalse();
    assertThat(store.schemaVersion()).isZero();
    store.append(REPORTS.subList(0, 3));
    assertThat(store.exists()).isTrue();
    assertThat(store.schemaVersion()).isEqualTo(2);
    store.append(REPORTS.subList(3, REPORTS.size()));
    store.migrate();
    assertThat(store.schemaVersion()).isEqualTo(2);
    ProgressLedger ledger = store.read(BOOK);
    assertThat(ledger.reports()).containsExactlyElementsOf(REPORTS);
    assertThat(ledger.history("15", java.util.OptionalInt.of(1)).latest().orElseThrow().note()).isEqualTo("更正");
    assertThat(ledger.reports().get(0).value().orElseThrow().toString()).isEqualTo("3.20");
  }

  @Test
  void aRowThatFailsTheBookIsCitedByItsIdAndColumn(@TempDir Path dir) throws Exception {
    String url = "jdbc:h2:" + dir.resolve("ledger");
    JdbcLedgerStore store = JdbcLedgerStore.open(url + ";USER=sa");
    store.append(REPORTS.subList(0, 2));
    store.append(List.of(ProgressReport.value("999", 1, JUNE, BigDecimal.ONE, "某单位")));
    assertThatThrownBy(() -> store.read(BOOK))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(url + ":3:2: 任务 \"999\" 不在任务清单中");
  }

  @Test
  void aStatusNoOtherProgramWouldWriteIsBadInput(@TempDir Path dir) throws Exception {
    String url = "jdbc:h2:" + dir.resolve("ledger");
    JdbcLedgerStore store = JdbcLedgerStore.open(url);
    store.append(REPORTS.subList(4, 5));
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE progress_report DROP CONSTRAINT " + constraintOnStatus(c));
      s.execute("UPDATE progress_report SET status = 'FINISHED'");
    }
    assertThatThrownBy(() -> store.read(BOOK))
        .hasMessage(url + ":1:7: 状态 \"FINISHED\" 无法识别：应为 [NOT_STARTED, IN_PROGRESS, DONE, BLOCKED]");
  }

  private static String constraintOnStatus(Connection c) throws Exception {
    try (Statement s = c.createStatement(); var r = s.executeQuery(
        "SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS WHERE CHECK_CLAUSE LIKE '%NOT_STARTED%'")) {
      r.next();
      return r.getString(1);
    }
  }

  @Test
  void readingADatabaseWithoutTheLedgerIsBadInput(@TempDir Path dir) {
    String url = "jdbc:h2:" + dir.resolve("empty");
    assertThatThrownBy(() -> JdbcLedgerStore.open(url).read(BOOK))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(url + ":0:0: 数据库中没有进度台账表 progress_report");
  }

  @Test
  void aReportThatDoesNotFitIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
    JdbcLedgerStore store = JdbcLedgerStore.open("jdbc:h2:" + dir.resolve("ledger"));
    List<ProgressReport> reports = List.of(REPORTS.get(0),
        ProgressReport.value("5", 1, JUNE, new BigDecimal("1.12345678901"), "县发改局"));
    assertThatThrownBy(() -> store.append(reports))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("任务 \"5\" 截至 2023-06-30 的报送：数值 1.12345678901 超出台账表的范围：应至多 28 位整数、10 位小数");
    assertThatThrownBy(() -> store.append(List.of(REPORTS.get(1).withNote("进".repeat(4001)))))
        .hasMessage("任务 \"1\" 截至 2023-06-30 的报送：note 有 4001 个字符，超出台账表的 4000 个");
    assertThat(store.exists()).isFalse();
  }

  @Test
  void credentialsStayOutOfMessages() {
    assertThat(JdbcLedgerStore.withoutParameters("jdbc:postgresql://db/ledger?user=u&password=secret"))
        .isEqualTo("jdbc:postgresql://db/ledger");
    assertThat(JdbcLedgerStore.withoutParameters("jdbc:h2:./ledger;PASSWORD=secret")).isEqualTo("jdbc:h2:./ledger");
  }

  @Test
  void theSchemaScriptSplitsIntoItsStatements() {
    assertThat(JdbcLedgerStore.statements("V1__progress_report.sql"))
        .hasSize(2)
        .allSatisfy(s -> assertThat(s).doesNotContain("--").doesNotEndWith(";"));
  }
}
