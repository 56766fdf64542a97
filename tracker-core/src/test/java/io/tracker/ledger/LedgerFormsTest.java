package io.tracker.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV and JSON forms as documented in docs/ledger.md. */
class LedgerFormsTest {
  private static final ProgressReport VALUE_REPORT = new ProgressReport("5", OptionalInt.of(2),
      LocalDate.of(2023, 6, 30), Optional.of(new BigDecimal("3.2")), Optional.empty(), Optional.empty(), "",
      "县财政局", Optional.of(OffsetDateTime.parse("2023-07-05T09:00:00+08:00")));
  private static final ProgressReport STATUS_REPORT = new ProgressReport("29", OptionalInt.empty(),
      LocalDate.of(2023, 6, 30), Optional.empty(), Optional.of(Status.IN_PROGRESS),
      Optional.of(new BigDecimal("40")), "规划初稿已完成,征求意见中,\"待审\"\n下月报审", "县文旅局", Optional.empty());
  private static final ProgressLedger LEDGER = ProgressLedger.of(List.of(VALUE_REPORT, STATUS_REPORT));

  private static final String CSV = """
      task,target,asOf,value,status,percent,note,reporter,reportedAt
      5,2,2023-06-30,3.2,,,,县财政局,2023-07-05T09:00:00+08:00
      29,,2023-06-30,,IN_PROGRESS,40,"规划初稿已完成,征求意见中,""待审""
      下月报审",县文旅局,
      """;

  private static final String JSON = """
      {"reports":[
      {"task":"5","target":2,"asOf":"2023-06-30","value":3.2,"status":null,"percent":null,"note":"",\
      "reporter":"县财政局","reportedAt":"2023-07-05T09:00:00+08:00"},
      {"task":"29","target":null,"asOf":"2023-06-30","value":null,"status":"IN_PROGRESS","percent":40,\
      "note":"规划初稿已完成,征求意见中,\\"待审\\"\\n下月报审","reporter":"县文旅局","reportedAt":null}
      ]}
      """;

  @Test
  void writesTheDocumentedCsv() throws IOException {
    StringWriter out = new StringWriter();
    LedgerWriter.writeCsv(LEDGER, out);
    assertThat(out.toString()).isEqualTo(CSV);
  }

  @Test
  void writesTheDocumentedJson() throws IOException {
    StringWriter out = new StringWriter();
    LedgerWriter.writeJson(LEDGER, out);
    assertThat(out.toString()).isEqualTo(JSON);
  }

  @Test
  void readsBothFormsBack() throws IOException {
    assertThat(LedgerReader.read(new StringReader(CSV), LedgerFormat.CSV, "l.csv")).isEqualTo(LEDGER);
    assertThat(LedgerReader.read(new StringReader(JSON), LedgerFormat.JSON, "l.json")).isEqualTo(LEDGER);
  }

  @Test
  void readsFilesByExtensionWithByteOrderMarkAndWindowsLineEnds(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("ledger.CSV");
    Files.writeString(csv, "\uFEFF" + CSV.replace("\n", "\r\n").replace("\"\"待审\"\"\r\n", "\"\"待审\"\"\n"),
        StandardCharsets.UTF_8);
    assertThat(LedgerReader.read(csv)).isEqualTo(LEDGER);
    Path json = dir.resolve("ledger.json");
    Files.writeString(json, "\uFEFF" + JSON, StandardCharsets.UTF_8);
    assertThat(LedgerReader.read(json)).isEqualTo(LEDGER);
  }

  @Test
  void writesFilesThatReadBack(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("out.csv");
    Path json = dir.resolve("out.json");
    LedgerWriter.writeCsv(LEDGER, csv);
    LedgerWriter.writeJson(LEDGER, json);
    assertThat(Files.readString(csv)).isEqualTo(CSV);
    assertThat(LedgerReader.read(csv)).isEqualTo(LEDGER);
    assertThat(LedgerReader.read(json)).isEqualTo(LEDGER);
  }

  @Test
  void csvColumnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() throws IOException {
    String csv = """
        asOf,task,value,target

        2023-03-31,1,-1.5,1
        """;
    ProgressLedger ledger = LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "short.csv");
    assertThat(ledger.reports()).containsExactly(new ProgressReport("1", OptionalInt.of(1),
        LocalDate.of(2023, 3, 31), Optional.of(new BigDecimal("-1.5")), Optional.empty(), Optional.empty(), "", "",
        Optional.empty()));
  }

  @Test
  void jsonPropertiesMayBeLeftOutAndTaskMayBeANumber() throws IOException {
    String json = "{\"reports\":[{\"asOf\":\"2023-12-31\",\"task\":37,\"status\":\"DONE\"}]}";
    assertThat(LedgerReader.read(new StringReader(json), LedgerFormat.JSON, "short.json").reports())
        .containsExactly(new ProgressReport("37", OptionalInt.empty(), LocalDate.of(2023, 12, 31), Optional.empty(),
            Optional.of(Status.DONE), Optional.empty(), "", "", Optional.empty()));
  }

  @Test
  void correctionsStayInHistoryInFileOrder() throws IOException {
    String csv = """
        task,target,asOf,value,status,percent,note,reporter,reportedAt
        15,1,2023-04-30,1200,,,,县行政审批局,
        15,1,2023-04-30,1020,,,更正,县行政审批局,
        """;
    List<ProgressReport> reports = LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "c.csv").reports();
    assertThat(reports).extracting(r -> r.value().orElseThrow())
        .containsExactly(new BigDecimal("1200"), new BigDecimal("1020"));
  }

  @Test
  void writesProblemsAndNextStepsOnlyWhenAReportHasThem() throws IOException {
    ProgressReport withTexts = ProgressReport.value("5", 1, LocalDate.of(2023, 6, 30), new BigDecimal("3.20"),
        "县财政局").withNote("已发行3.2亿元").withProblems("额度下达晚,\"待批\"").withNextSteps("7月发行余额");
    ProgressLedger ledger = ProgressLedger.of(List.of(withTexts, STATUS_REPORT));
    StringWriter csv = new StringWriter();
    LedgerWriter.writeCsv(ledger, csv);
    assertThat(csv.toString()).startsWith(
        "task,target,asOf,value,status,percent,note,problems,nextSteps,reporter,reportedAt\n"
        + "5,1,2023-06-30,3.20,,,已发行3.2亿元,\"额度下达晚,\"\"待批\"\"\",7月发行余额,县财政局,\n"
        + "29,,2023-06-30,,IN_PROGRESS,40,\"规划初稿已完成");
    StringWriter json = new StringWriter();
    LedgerWriter.writeJson(ledger, json);
    assertThat(json.toString()).contains("\"note\":\"已发行3.2亿元\",\"problems\":\"额度下达晚,\\\"待批\\\"\","
        + "\"nextSteps\":\"7月发行余额\",\"reporter\"");
    assertThat(LedgerReader.read(new StringReader(csv.toString()), LedgerFormat.CSV, "t.csv")).isEqualTo(ledger);
    assertThat(LedgerReader.read(new StringReader(json.toString()), LedgerFormat.JSON, "t.json")).isEqualTo(ledger);
  }

  @Test
  void namedFactoriesBuildTheSameReportsAsTheFullConstructor() {
    assertThat(ProgressReport.value("5", 2, LocalDate.of(2023, 6, 30), new BigDecimal("3.2"), "县财政局")
        .withReportedAt(OffsetDateTime.parse("2023-07-05T09:00:00+08:00"))).isEqualTo(VALUE_REPORT);
    assertThat(ProgressReport.status("29", LocalDate.of(2023, 6, 30), Status.IN_PROGRESS, "县文旅局")
        .withPercent(new BigDecimal("40")).withNote("规划初稿已完成,征求意见中,\"待审\"\n下月报审"))
        .isEqualTo(STATUS_REPORT);
  }

  @Test
  void emptyLedgersHaveAHeaderOrAnEmptyArray() throws IOException {
    StringWriter csv = new StringWriter();
    LedgerWriter.writeCsv(ProgressLedger.of(List.of()), csv);
    assertThat(csv.toString()).isEqualTo("task,target,asOf,value,status,percent,note,reporter,reportedAt\n");
    StringWriter json = new StringWriter();
    LedgerWriter.writeJson(ProgressLedger.of(List.of()), json);
    assertThat(json.toString()).isEqualTo("{\"reports\":[]}\n");
    assertThat(LedgerReader.read(new StringReader(csv.toString()), LedgerFormat.CSV, "e.csv").reports()).isEmpty();
    assertThat(LedgerReader.read(new StringReader(json.toString()), LedgerFormat.JSON, "e.json").reports())
        .isEmpty();
  }
}
