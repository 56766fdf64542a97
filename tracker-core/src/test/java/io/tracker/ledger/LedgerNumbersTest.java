package io.tracker.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import java.io.IOException;
import java.io.StringReader;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers in ledgers are plain decimals within a documented range: at most 15 digits before the
 * point and 20 after it, no exponent; anything else is one {@link InputException} at its cell.
 */
class LedgerNumbersTest {
  private static final String HEADER = "task,target,asOf,value,status,percent\n";

  private static ProgressLedger csv(String value) throws IOException {
    return LedgerReader.read(new StringReader(HEADER + "1,1,2023-06-30," + value + ",,\n"), LedgerFormat.CSV,
        "l.csv");
  }

  private static ProgressLedger json(String value) throws IOException {
    return LedgerReader.read(new StringReader(
        "{\"reports\":[{\"task\":\"1\",\"target\":1,\"asOf\":\"2023-06-30\",\"value\":" + value + "}]}"),
        LedgerFormat.JSON, "l.json");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      3.2                                   | 3.2
      -1.5                                  | -1.5
      +1.5                                  | 1.5
      1200                                  | 1200
      3.20                                  | 3.20
      0                                     | 0
      007                                   | 7
      999999999999999                       | 999999999999999
      -999999999999999.99999999999999999999 | -999999999999999.99999999999999999999
      0.30000000000000004                   | 0.30000000000000004
      """)
  void plainDecimalsInRangeAreReadAsWritten(String text, String expected) throws IOException {
    BigDecimal value = csv(text).reports().get(0).value().orElseThrow();
    assertThat(value).isEqualTo(new BigDecimal(expected)).hasScaleOf(new BigDecimal(expected).scale());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1e100000000                    | value "1e100000000" 用了科学计数法: 应为普通小数, 如 3.2 或 1200
      1E2147483647                   | value "1E2147483647" 用了科学计数法: 应为普通小数, 如 3.2 或 1200
      1.5E-3                         | value "1.5E-3" 用了科学计数法: 应为普通小数, 如 3.2 或 1200
      1000000000000000               | value "1000000000000000" 超出范围: 应为小数点前至多 15 位、小数点后至多 20 位的普通小数
      0.123456789012345678901        | value "0.123456789012345678901" 超出范围: 应为小数点前至多 15 位、小数点后至多 20 位的普通小数
      0000000000000001               | value "0000000000000001" 超出范围: 应为小数点前至多 15 位、小数点后至多 20 位的普通小数
      .5                             | value ".5" 不是数字: 应为普通小数, 如 3.2 或 -1.5
      5.                             | value "5." 不是数字: 应为普通小数, 如 3.2 或 -1.5
      -                              | value "-" 不是数字: 应为普通小数, 如 3.2 或 -1.5
      '"1,200"'                      | value "1,200" 不是数字: 应为普通小数, 如 3.2 或 -1.5
      １２                           | value "１２" 不是数字: 应为普通小数, 如 3.2 或 -1.5
      ٣                              | value "٣" 不是数字: 应为普通小数, 如 3.2 或 -1.5
      NaN                            | value "NaN" 不是数字: 应为普通小数, 如 3.2 或 -1.5
      Infinity                       | value "Infinity" 不是数字: 应为普通小数, 如 3.2 或 -1.5
      0x10                           | value "0x10" 不是数字: 应为普通小数, 如 3.2 或 -1.5
      e5                             | value "e5" 不是数字: 应为普通小数, 如 3.2 或 -1.5
      4.5亿                          | value "4.5亿" 不是数字: 应为普通小数, 如 3.2 或 -1.5
      """)
  void otherCsvNumbersAreRefusedAtTheirCell(String text, String problem) {
    assertThatThrownBy(() -> csv(text))
        .isInstanceOf(InputException.class)
        .hasMessage("l.csv:2:16: " + problem);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1e100000000                    | value "1e100000000" 用了科学计数法: 应为普通小数, 如 3.2 或 1200
      1E2147483647                   | value "1E2147483647" 用了科学计数法: 应为普通小数, 如 3.2 或 1200
      -1E-2147483648                 | value "-1E-2147483648" 用了科学计数法: 应为普通小数, 如 3.2 或 1200
      12345678901234567890           | value "12345678901234567890" 超出范围: 应为小数点前至多 15 位、小数点后至多 20 位的普通小数
      0.000000000000000000001        | value "0.000000000000000000001" 超出范围: 应为小数点前至多 15 位、小数点后至多 20 位的普通小数
      """)
  void jsonNumbersAreReadFromTheirTextBeforeAnyArithmetic(String text, String problem) {
    assertThatThrownBy(() -> json(text))
        .isInstanceOf(InputException.class)
        .hasMessage("l.json:1:64: " + problem);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      3.2      | 3.2
      -0.5     | -0.5
      1200     | 1200
      """)
  void jsonPlainDecimalsAreRead(String text, String expected) throws IOException {
    assertThat(json(text).reports().get(0).value()).contains(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1e0            | l.json:1:34: target 是数字 "1e0": 应为整数 1, 2, …
      99999999999    | l.json:1:34: target "99999999999" 不是目标序号: 应为 1, 2, … (目标在任务文本中的位置)
      """)
  void jsonTargetPositionsAreSmallIntegers(String target, String message) {
    String json = "{\"reports\":[{\"task\":\"1\",\"target\":" + target + ",\"asOf\":\"2023-06-30\",\"value\":1}]}";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(json), LedgerFormat.JSON, "l.json"))
        .isInstanceOf(InputException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1E+100000000                      | sim.csv:2:0: value "1E+100000000" 超出范围: 应为小数点前至多 15 位、小数点后至多 20 位的普通小数
      1E-2147483647                     | sim.csv:2:0: value "1E-2147483647" 超出范围: 应为小数点前至多 15 位、小数点后至多 20 位的普通小数
      1234567890123456                  | sim.csv:2:0: value "1234567890123456" 超出范围: 应为小数点前至多 15 位、小数点后至多 20 位的普通小数
      """)
  void aLedgerMadeInMemoryIsHeldToTheSameRange(String value, String message) {
    TaskBook book = SampleBook.book();
    ProgressReport good = new ProgressReport("1", OptionalInt.of(1), LocalDate.of(2023, 5, 31),
        Optional.of(new BigDecimal("13.2")), Optional.empty(), Optional.empty(), "", "县财政局", Optional.empty());
    ProgressReport huge = new ProgressReport("1", OptionalInt.of(1), LocalDate.of(2023, 6, 30),
        Optional.of(new BigDecimal(value)), Optional.empty(), Optional.empty(), "", "县财政局", Optional.empty());
    assertThatThrownBy(() -> LedgerCheck.against(book, ProgressLedger.of(List.of(good, huge)), "sim.csv"))
        .isInstanceOf(InputException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1e2      | l.csv:2:29: percent "1e2" 用了科学计数法: 应为普通小数, 如 3.2 或 1200
      50%      | l.csv:2:29: percent "50%" 不是数字: 应为普通小数, 如 3.2 或 -1.5
      """)
  void percentIsAPlainDecimalToo(String percent, String message) {
    String csv = HEADER + "29,,2023-06-30,,IN_PROGRESS," + percent + "\n";
    assertThatThrownBy(() -> LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "l.csv"))
        .isInstanceOf(InputException.class)
        .hasMessage(message);
  }
}
