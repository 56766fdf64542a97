package io.tracker.ledger;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed ledgers fail with {@code FILE:LINE:COLUMN} quoting the offending text; nothing is returned. */
class LedgerReadErrorsTest {
  private static final String HEADER = "task,target,asOf,value,status,percent,note,reporter,reportedAt\n";
  private static final String ALL_COLUMNS =
      "task,target,asOf,value,status,percent,note,problems,nextSteps,reporter,reportedAt";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      wrong field count | 1,1,2023-06-30,6.5,,,,县财政局                         | l.csv:3:1: row "1,1,2023-06-30,6.5,,,,县财政局" has 8 field(s): expected 9 as in the header
      bad number        | 1,1,2023-06-30,6.5%,,,,县财政局,                      | l.csv:3:16: value "6.5%" is not a number: expected a decimal such as 3.2
      bad date          | 1,1,2023-6-30,6.5,,,,县财政局,                        | l.csv:3:5: asOf "2023-6-30" is not a date: expected a date such as 2023-06-30
      empty date        | 1,1,,6.5,,,,县财政局,                                 | l.csv:3:5: asOf "" is not a date: expected a date such as 2023-06-30
      bad timestamp     | 1,1,2023-06-30,6.5,,,,县财政局,2023-07-05T09:00:00    | l.csv:3:28: reportedAt "2023-07-05T09:00:00" is not a timestamp: expected date, time and offset such as 2023-07-05T09:00:00+08:00
      unknown status    | 29,,2023-06-30,,进行中,,,县文旅局,                    | l.csv:3:17: status "进行中" is unknown: expected one of [NOT_STARTED, IN_PROGRESS, DONE, BLOCKED]
      target zero       | 1,0,2023-06-30,6.5,,,,县财政局,                       | l.csv:3:3: target "0" is not a target position: expected 1, 2, … (the target's place in the task text)
      percent over 100  | 29,,2023-06-30,,IN_PROGRESS,100.5,,县文旅局,          | l.csv:3:29: percent "100.5" is outside 0..100
      negative percent  | 29,,2023-06-30,,IN_PROGRESS,-1,,县文旅局,             | l.csv:3:29: percent "-1" is outside 0..100
      percent no status | 29,,2023-06-30,,,50,,县文旅局,                        | l.csv:3:18: percent "50" without a status: a percent done goes with a status report
      value and status  | 29,,2023-06-30,1,DONE,,,县文旅局,                     | l.csv:3:18: report of task "29" gives both value 1 and status DONE: expected a value for a target or a status for a task without targets
      neither           | 29,,2023-06-30,,,,,县文旅局,                          | l.csv:3:16: report of task "29" has neither value nor status: expected one of them
      blank task        | ' ,1,2023-06-30,6.5,,,,县财政局,'                     | l.csv:3:1: task id is empty: expected the printed task number such as "5"
      """)
  void badCsvRow(String name, String row, String message) {
    String csv = HEADER + "1,1,2023-03-31,6.1,,,,县财政局,\n" + row + "\n";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "l.csv"))
        .isInstanceOf(InputException.class)
        .hasMessage(message);
  }

  @Test
  void unknownHeader() {
    String csv = "task,target,asof,value\n";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "l.csv"))
        .hasMessage("l.csv:1:13: unknown column \"asof\" in the header: expected " + ALL_COLUMNS);
  }

  @Test
  void headerWithoutAsOf() {
    String csv = "task,target,value\n1,1,6.5\n";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "l.csv"))
        .hasMessage("l.csv:1:1: header \"task,target,value\" lacks column \"asOf\": expected " + ALL_COLUMNS);
  }

  @Test
  void duplicateHeader() {
    String csv = "task,asOf,task\n";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "l.csv"))
        .hasMessage("l.csv:1:11: column \"task\" appears twice in the header: expected " + ALL_COLUMNS);
  }

  @Test
  void emptyCsv() {
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(""), LedgerFormat.CSV, "l.csv"))
        .hasMessage("l.csv:1:1: empty ledger: expected the header " + ALL_COLUMNS);
  }

  @Test
  void unclosedQuoteIsMalformedCsv() {
    String csv = HEADER + "1,1,2023-06-30,6.5,,,\"note,县财政局,\n";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "l.csv"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("l.csv:3:1: malformed CSV: Missing closing quote for value");
  }

  @Test
  void rowAfterAMultiLineNoteIsCitedAtItsOwnLine() {
    String csv = HEADER + "1,1,2023-03-31,6.1,,,\"第一行\n第二行\",县财政局,\n1,1,2023-04-31,6.3,,,,县财政局,\n";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "l.csv"))
        .hasMessage("l.csv:4:5: asOf \"2023-04-31\" is not a date: expected a date such as 2023-06-30");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      unknown property  | {"reports":[{"task":"1","target":1,"asOf":"2023-06-30","valeu":6.5}]}      | l.json:1:56: unknown property "valeu" in a report: expected task, target, asOf, value, status, percent, note, problems, nextSteps, reporter, reportedAt
      value as string   | {"reports":[{"task":"1","target":1,"asOf":"2023-06-30","value":"6.5"}]}    | l.json:1:64: value is a string "6.5": expected a number such as 3.2
      target fraction   | {"reports":[{"task":"1","target":1.5,"asOf":"2023-06-30","value":6.5}]}    | l.json:1:34: target is a number "1.5": expected an integer 1, 2, …
      bad date          | {"reports":[{"task":"1","target":1,"asOf":"30.6.2023","value":6.5}]}       | l.json:1:43: asOf "30.6.2023" is not a date: expected a date such as 2023-06-30
      missing task      | {"reports":[{"target":1,"asOf":"2023-06-30","value":6.5}]}                 | l.json:1:13: report has no "task": expected the printed task number such as "task":"5"
      missing asOf      | {"reports":[{"task":"1","target":1,"value":6.5}]}                          | l.json:1:13: report of task "1" has no "asOf": expected a date such as "asOf":"2023-06-30"
      duplicate         | {"reports":[{"task":"1","task":"2","asOf":"2023-06-30","value":6.5}]}      | l.json:1:25: property "task" appears twice in one report
      not an object     | {"reports":[1]}                                                            | l.json:1:13: "1" found: expected a report object {"task":…}
      wrong top level   | {"ledger":[]}                                                              | l.json:1:2: property "ledger" is not expected here: the ledger object holds one property, "reports"
      no reports        | {}                                                                         | l.json:1:2: the ledger object has no "reports": expected {"reports":[…]}
      array at top      | []                                                                         | l.json:1:1: "[" found: expected {"reports":[…]}
      trailing          | {"reports":[]} x                                                           | l.json:1:16: malformed JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')
      unknown status    | {"reports":[{"task":"29","asOf":"2023-06-30","status":"done"}]}            | l.json:1:55: status "done" is unknown: expected one of [NOT_STARTED, IN_PROGRESS, DONE, BLOCKED]
      percent over 100  | {"reports":[{"task":"29","asOf":"2023-06-30","status":"DONE","percent":101}]} | l.json:1:72: percent "101" is outside 0..100
      """)
  void badJson(String name, String json, String message) {
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(json), LedgerFormat.JSON, "l.json"))
        .isInstanceOf(InputException.class)
        .hasMessage(message);
  }

  @Test
  void malformedJsonCitesJacksonsLocation() {
    String json = "{\"reports\":[\n{\"task\":\"1\",\"asOf\":\"2023-06-30\" \"value\":1}\n]}";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(json), LedgerFormat.JSON, "l.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("l.json:2:33: malformed JSON: Unexpected character ('\"' (code 34)): was expecting"
            + " comma to separate Object entries");
  }

  @Test
  void unknownExtension(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("ledger.xlsx"), "");
    assertThatThrownBy(() -> LedgerReader.read(file))
        .hasMessage(file + ":0:0: ledger file name \"ledger.xlsx\" has no known extension: expected .csv or .json");
  }

  @Test
  void notUtf8(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("ledger.csv"), (HEADER + "1,1,2023-06-30,6.5,,,,").getBytes("GBK"));
    Files.write(file, "县财政局,\n".getBytes("GBK"), java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> LedgerReader.read(file))
        .hasMessage(file + ":0:0: the file is not UTF-8 text: expected a UTF-8 ledger");
  }

  @Test
  void missingFile(@TempDir Path dir) {
    Path file = dir.resolve("nowhere.csv");
    assertThatThrownBy(() -> LedgerReader.read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ":0:0: no such file \"" + file + "\": expected a ledger (.csv or .json)");
  }
}
