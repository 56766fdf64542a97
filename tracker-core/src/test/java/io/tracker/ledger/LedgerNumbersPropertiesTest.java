package io.tracker.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.tracker.InputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Any text in a ledger's number cell (CSV) or as a JSON number: either a plain decimal within range,
 * read exactly, or one {@link InputException} quoting at most 80 characters of it; never another
 * exception, and never a decimal whose size could make scoring slow.
 */
class LedgerNumbersPropertiesTest {
  private static final Pattern IN_RANGE = Pattern.compile("[-+]?\\d{1,15}(\\.\\d{1,20})?");
  private static final String HEADER = "task,target,asOf,value\n";

  /** Texts made of what numbers are made of, with now and then something else. */
  private static Gen<String> numberLike(int maxLength) {
    Gen<Character> numeric = Generate.pick(
        List.of('0', '1', '5', '9', '9', '0', '.', '-', '+', 'e', 'E', '7', '3'));
    Gen<Character> other = Generate.pick(List.of(',', ' ', '%', '亿', '１', 'x', 'N', '\u0663', '_'));
    return lists().of(numeric.mix(other, 10)).ofSizeBetween(0, maxLength)
        .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
  }

  /** Plain decimals of any size: the digits of long random numbers, with a sign and a point placed anywhere. */
  private static Gen<String> decimals() {
    Gen<String> digits = lists().of(Generate.range(0, 9)).ofSizeBetween(1, 45)
        .map(ds -> ds.stream().map(String::valueOf).reduce("", String::concat));
    return digits.zip(Generate.range(0, 45), Generate.pick(List.of("", "-", "+")), (d, point, sign) ->
        sign + (point > 0 && point < d.length() ? d.substring(0, point) + "." + d.substring(point) : d));
  }

  private static Optional<BigDecimal> readCsv(String text) {
    try {
      return LedgerReader.read(new StringReader(HEADER + "1,1,2023-06-30,\"" + text.replace("\"", "\"\"") + "\"\n"),
          LedgerFormat.CSV, "l.csv").reports().get(0).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<BigDecimal> readJson(String text) {
    try {
      return LedgerReader.read(new StringReader(
          "{\"reports\":[{\"task\":\"1\",\"target\":1,\"asOf\":\"2023-06-30\",\"value\":" + text + "}]}"),
          LedgerFormat.JSON, "l.json").reports().get(0).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void readOrRefuse(String text, Optional<BigDecimal> read, Throwable thrown) {
    if (thrown == null) {
      assertThat(text).matches(IN_RANGE);
      BigDecimal value = read.orElseThrow();
      assertThat(value).isEqualTo(new BigDecimal(text));
      assertThat(value.scale()).isBetween(0, 20);
      assertThat(value.precision() - value.scale()).isLessThanOrEqualTo(15);
    } else {
      assertThat(thrown).isInstanceOf(InputException.class);
      assertThat(thrown.getMessage()).doesNotContain("\n");
      assertThat(((InputException) thrown).problem().length()).isLessThan(200);
    }
  }

  @Test
  void csvCellsAreAPlainDecimalInRangeOrOneInputException() {
    qt().withFixedSeed(12L).withExamples(3000).forAll(numberLike(40).mix(decimals(), 50))
        .checkAssert(text -> {
          Optional<BigDecimal>[] read = new Optional[1];
          Throwable thrown = catchThrowable(() -> read[0] = readCsv(text));
          readOrRefuse(text, read[0], thrown);
        });
  }

  @Test
  void jsonNumbersAreAPlainDecimalInRangeOrOneInputException() {
    qt().withFixedSeed(12L).withExamples(3000).forAll(numberLike(40).mix(decimals(), 50))
        .assuming(text -> !text.isEmpty())
        .checkAssert(text -> {
          Optional<BigDecimal>[] read = new Optional[1];
          Throwable thrown = catchThrowable(() -> read[0] = readJson(text));
          readOrRefuse(text.strip(), read[0], thrown); // JSON allows blanks around a value
        });
  }

  @Test
  void everyPlainDecimalInRangeIsReadExactly() {
    Gen<String> integers = lists().of(Generate.range(0, 9)).ofSizeBetween(1, 15)
        .map(ds -> ds.stream().map(String::valueOf).reduce("", String::concat));
    Gen<String> fractions = lists().of(Generate.range(0, 9)).ofSizeBetween(0, 20)
        .map(ds -> ds.stream().map(String::valueOf).reduce("", String::concat));
    Gen<String> inRange = integers.zip(fractions, Generate.pick(List.of("", "-", "+")),
        (i, f, sign) -> sign + i + (f.isEmpty() ? "" : "." + f));
    qt().withFixedSeed(12L).withExamples(2000).forAll(inRange)
        .checkAssert(text -> assertThat(readCsv(text)).hasValueSatisfying(value -> {
          assertThat(value).isEqualTo(new BigDecimal(text));
          assertThat(value.scale()).isEqualTo(new BigDecimal(text).scale());
        }));
  }
}
