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
      "task,target,asOf,value,status,percent,note,problems,nextSteps,reporter,reportedAt,milestone";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      wrong field count | 1,1,2023-06-30,6.5,,,,县财政局                         | l.csv:3:1: 这一行 "1,1,2023-06-30,6.5,,,,县财政局" 有 8 个字段: 应与表头一样有 9 个
      bad number        | 1,1,2023-06-30,6.5%,,,,县财政局,                      | l.csv:3:16: value "6.5%" 不是数字: 应为普通小数, 如 3.2 或 -1.5
      bad date          | 1,1,2023-6-30,6.5,,,,县财政局,                        | l.csv:3:5: asOf "2023-6-30" 不是日期: 应为 2023-06-30 这样的日期
      empty date        | 1,1,,6.5,,,,县财政局,                                 | l.csv:3:5: asOf "" 不是日期: 应为 2023-06-30 这样的日期
      bad timestamp     | 1,1,2023-06-30,6.5,,,,县财政局,2023-07-05T09:00:00    | l.csv:3:28: reportedAt "2023-07-05T09:00:00" 不是时间: 应为带时区的日期和时间, 如 2023-07-05T09:00:00+08:00
      unknown status    | 29,,2023-06-30,,进行中,,,县文旅局,                    | l.csv:3:17: status "进行中" 不是已知状态: 应为 [NOT_STARTED, IN_PROGRESS, DONE, BLOCKED] 之一
      target zero       | 1,0,2023-06-30,6.5,,,,县财政局,                       | l.csv:3:3: target "0" 不是目标序号: 应为 1, 2, … (目标在任务文本中的位置)
      percent over 100  | 29,,2023-06-30,,IN_PROGRESS,100.5,,县文旅局,          | l.csv:3:29: percent "100.5" 超出 0..100
      negative percent  | 29,,2023-06-30,,IN_PROGRESS,-1,,县文旅局,             | l.csv:3:29: percent "-1" 超出 0..100
      percent no status | 29,,2023-06-30,,,50,,县文旅局,                        | l.csv:3:18: percent "50" 没有 status: 完成百分比只随状态报送
      value and status  | 29,,2023-06-30,1,DONE,,,县文旅局,                     | l.csv:3:18: 任务 "29" 的报送同时给出了 value 1 和 status DONE: 量化目标报送 value, 没有量化目标的任务报送 status
      neither           | 29,,2023-06-30,,,,,县文旅局,                          | l.csv:3:16: 任务 "29" 的报送既没有 value 也没有 status: 应有其中之一
      blank task        | ' ,1,2023-06-30,6.5,,,,县财政局,'                     | l.csv:3:1: 任务序号为空: 应为印发的任务序号, 如 "5"
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
        .hasMessage("l.csv:1:13: 表头中的列 \"asof\" 未知: 表头应为 " + ALL_COLUMNS);
  }

  @Test
  void headerWithoutAsOf() {
    String csv = "task,target,value\n1,1,6.5\n";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "l.csv"))
        .hasMessage("l.csv:1:1: 表头 \"task,target,value\" 缺少列 \"asOf\": 表头应为 " + ALL_COLUMNS);
  }

  @Test
  void duplicateHeader() {
    String csv = "task,asOf,task\n";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "l.csv"))
        .hasMessage("l.csv:1:11: 表头中的列 \"task\" 出现了两次: 表头应为 " + ALL_COLUMNS);
  }

  @Test
  void emptyCsv() {
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(""), LedgerFormat.CSV, "l.csv"))
        .hasMessage("l.csv:1:1: 台账为空: 应以表头 " + ALL_COLUMNS + " 开头");
  }

  @Test
  void unclosedQuoteIsMalformedCsv() {
    String csv = HEADER + "1,1,2023-06-30,6.5,,,\"note,县财政局,\n";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "l.csv"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("l.csv:3:1: CSV 格式有误: \"Missing closing quote for value");
  }

  @Test
  void rowAfterAMultiLineNoteIsCitedAtItsOwnLine() {
    String csv = HEADER + "1,1,2023-03-31,6.1,,,\"第一行\n第二行\",县财政局,\n1,1,2023-04-31,6.3,,,,县财政局,\n";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "l.csv"))
        .hasMessage("l.csv:4:5: asOf \"2023-04-31\" 不是日期: 应为 2023-06-30 这样的日期");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      unknown property  | {"reports":[{"task":"1","target":1,"asOf":"2023-06-30","valeu":6.5}]}      | l.json:1:56: 报送中的属性 "valeu" 未知: 应为 task, target, asOf, value, status, percent, note, problems, nextSteps, reporter, reportedAt, milestone 之一
      value as string   | {"reports":[{"task":"1","target":1,"asOf":"2023-06-30","value":"6.5"}]}    | l.json:1:64: value 是字符串 "6.5": 应为数字, 如 3.2
      target fraction   | {"reports":[{"task":"1","target":1.5,"asOf":"2023-06-30","value":6.5}]}    | l.json:1:34: target 是数字 "1.5": 应为整数 1, 2, …
      bad date          | {"reports":[{"task":"1","target":1,"asOf":"30.6.2023","value":6.5}]}       | l.json:1:43: asOf "30.6.2023" 不是日期: 应为 2023-06-30 这样的日期
      missing task      | {"reports":[{"target":1,"asOf":"2023-06-30","value":6.5}]}                 | l.json:1:13: 报送缺少 "task": 应为印发的任务序号, 如 "task":"5"
      missing asOf      | {"reports":[{"task":"1","target":1,"value":6.5}]}                          | l.json:1:13: 任务 "1" 的报送缺少 "asOf": 应为日期, 如 "asOf":"2023-06-30"
      duplicate         | {"reports":[{"task":"1","task":"2","asOf":"2023-06-30","value":6.5}]}      | l.json:1:25: 属性 "task" 在一条报送中出现了两次
      not an object     | {"reports":[1]}                                                            | l.json:1:13: 遇到 "1": 应为报送对象 {"task":…}
      wrong top level   | {"ledger":[]}                                                              | l.json:1:2: 属性 "ledger" 不应出现在这里: 台账对象只有一个属性 "reports"
      no reports        | {}                                                                         | l.json:1:2: 台账对象没有 "reports": 应为 {"reports":[…]}
      array at top      | []                                                                         | l.json:1:1: 遇到 "[": 应为台账对象 {"reports":[…]}
      trailing          | {"reports":[]} x                                                           | l.json:1:16: JSON 格式有误: "Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or tok…"
      unknown status    | {"reports":[{"task":"29","asOf":"2023-06-30","status":"done"}]}            | l.json:1:55: status "done" 不是已知状态: 应为 [NOT_STARTED, IN_PROGRESS, DONE, BLOCKED] 之一
      percent over 100  | {"reports":[{"task":"29","asOf":"2023-06-30","status":"DONE","percent":101}]} | l.json:1:72: percent "101" 超出 0..100
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
        .hasMessageStartingWith("l.json:2:33: JSON 格式有误: \"Unexpected character ('\"' (code 34)): was expecting"
            + " comma to separate Object");
  }

  @Test
  void unknownExtension(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("ledger.xlsx"), "");
    assertThatThrownBy(() -> LedgerReader.read(file))
        .hasMessage(file + ":0:0: 台账文件名 \"ledger.xlsx\" 的扩展名未知: 应为 .csv 或 .json");
  }

  @Test
  void notUtf8(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("ledger.csv"), (HEADER + "1,1,2023-06-30,6.5,,,,").getBytes("GBK"));
    Files.write(file, "县财政局,\n".getBytes("GBK"), java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> LedgerReader.read(file))
        .hasMessage(file + ":0:0: 文件不是 UTF-8 文本: 台账应为 UTF-8 编码");
  }

  @Test
  void missingFile(@TempDir Path dir) {
    Path file = dir.resolve("nowhere.csv");
    assertThatThrownBy(() -> LedgerReader.read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ":0:0: 文件 \"" + file + "\" 不存在: 应为台账文件 (.csv 或 .json)");
  }
}
