package io.tracker.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.tracker.InputException;
import io.tracker.target.TargetKind;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generated ledgers: exact round trips through both forms; a defect is cited at its row. */
class LedgerPropertiesTest {
  private static final TaskBook BOOK = SampleBook.book();

  /** Characters that stress CSV and JSON quoting, next to ordinary Latin and Chinese text. */
  private static final String TRICKY = ",\"\n\r\t '#\\;{}[]:中文县财政局、,。“”%\uFEFF";

  private static Gen<String> text(int maxLength, boolean lineBreaks) {
    Gen<Character> tricky = Generate.pick(TRICKY.chars().mapToObj(c -> (char) c)
        .filter(c -> lineBreaks || (c != '\n' && c != '\r')).toList());
    Gen<Character> anyBmp = Generate.characters(0x20, 0xD7FF);
    return lists().of(tricky.mix(anyBmp, 40)).ofSizeBetween(0, maxLength)
        .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
  }

  private static Gen<BigDecimal> decimal(long min, long max) {
    return Generate.longRange(min, max).zip(Generate.range(0, 6), BigDecimal::valueOf);
  }

  private static Gen<Optional<OffsetDateTime>> timestamp() {
    Gen<OffsetDateTime> at = Generate.longRange(1_600_000_000L, 1_800_000_000L)
        .zip(Generate.range(0, 999_999_999), Generate.range(-18 * 60, 18 * 60),
            (seconds, nanos, offsetMinutes) -> OffsetDateTime.of(
                LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC), ZoneOffset.ofTotalSeconds(offsetMinutes * 60)));
    return at.toOptionals(25);
  }

  private static Gen<LocalDate> date(int year) {
    return Generate.range(0, 364).map(day -> LocalDate.of(year, 1, 1).plusDays(day));
  }

  /** Any report of sound shape (the checks that need no book pass), with tricky text everywhere. */
  private static Gen<ProgressReport> anyReport() {
    Gen<String> taskId = text(6, true).assuming(id -> !id.isBlank());
    Gen<ProgressReport> valueReport = rs -> new ProgressReport(taskId.generate(rs),
        Generate.range(1, 20).toOptionals(20).generate(rs).map(OptionalInt::of).orElse(OptionalInt.empty()),
        date(2023).generate(rs), Optional.of(decimal(-10_000_000_000L, 10_000_000_000L).generate(rs)),
        Optional.empty(), Optional.empty(), text(40, true).generate(rs), text(10, true).generate(rs),
        timestamp().generate(rs));
    Gen<ProgressReport> statusReport = rs -> new ProgressReport(taskId.generate(rs), OptionalInt.empty(),
        date(2023).generate(rs), Optional.empty(), Optional.of(Generate.enumValues(Status.class).generate(rs)),
        Generate.range(0, 100).zip(Generate.range(0, 2), (p, scale) -> BigDecimal.valueOf(p).setScale(scale))
            .toOptionals(50).generate(rs),
        text(40, true).generate(rs), text(10, true).generate(rs), timestamp().generate(rs));
    Gen<ProgressReport> either = valueReport.mix(statusReport, 30);
    Gen<String> sometimes = text(30, true).mix(Generate.constant(""), 50);
    return rs -> either.generate(rs).withProblems(sometimes.generate(rs)).withNextSteps(sometimes.generate(rs));
  }

  /** A report that passes every check against {@link SampleBook}; notes stay on one line. */
  private static Gen<ProgressReport> reportForBook() {
    return rs -> {
      Task task = Generate.pick(BOOK.tasks()).generate(rs);
      LocalDate asOf = date(BOOK.year()).generate(rs);
      String note = text(20, false).generate(rs);
      String reporter = task.responsibility().units().get(0).name();
      Optional<OffsetDateTime> at = timestamp().generate(rs);
      if (task.targets().isEmpty()) {
        Status status = Generate.enumValues(Status.class).generate(rs);
        Optional<BigDecimal> percent = Generate.range(0, 100).map((Integer p) -> BigDecimal.valueOf(p)).toOptionals(50).generate(rs);
        return new ProgressReport(task.id(), OptionalInt.empty(), asOf, Optional.empty(), Optional.of(status),
            percent, note, reporter, at);
      }
      int position = Generate.range(1, task.targets().size()).generate(rs);
      TargetKind kind = task.targets().get(position - 1).kind();
      boolean rate = kind == TargetKind.GROWTH || kind == TargetKind.DECLINE;
      BigDecimal value = decimal(rate ? -5_000 : 0, 1_000_000).generate(rs);
      return new ProgressReport(task.id(), OptionalInt.of(position), asOf, Optional.of(value), Optional.empty(),
          Optional.empty(), note, note.isEmpty() ? "" : "存在问题：" + note, "", reporter, at);
    };
  }

  private static String csv(ProgressLedger ledger) {
    StringWriter out = new StringWriter();
    try {
      LedgerWriter.writeCsv(ledger, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String json(ProgressLedger ledger) {
    StringWriter out = new StringWriter();
    try {
      LedgerWriter.writeJson(ledger, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static ProgressLedger read(String text, LedgerFormat format) {
    try {
      return LedgerReader.read(new StringReader(text), format, "p." + format.name().toLowerCase());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void csvRoundTripIsExact() {
    qt().withFixedSeed(42L).withExamples(200)
        .forAll(lists().of(anyReport()).ofSizeBetween(0, 12).map(ProgressLedger::of))
        .checkAssert(ledger -> assertThat(read(csv(ledger), LedgerFormat.CSV)).isEqualTo(ledger));
  }

  @Test
  void jsonRoundTripIsExact() {
    qt().withFixedSeed(42L).withExamples(200)
        .forAll(lists().of(anyReport()).ofSizeBetween(0, 12).map(ProgressLedger::of))
        .checkAssert(ledger -> assertThat(read(json(ledger), LedgerFormat.JSON)).isEqualTo(ledger));
  }

  @Test
  void aReportForAnUnknownTaskIsCitedAtItsCsvLine() {
    qt().withFixedSeed(42L).withExamples(200)
        .forAll(lists().of(reportForBook()).ofSizeBetween(0, 15), integers().between(0, 15))
        .checkAssert((reports, at) -> {
          ProgressLedger valid = ProgressLedger.of(reports);
          String text = csv(valid);
          LedgerCheck.against(BOOK, valid, "p.csv");
          assertThat(readWithBook(text)).isEqualTo(valid);

          int position = Math.min(at, reports.size());
          List<ProgressReport> broken = new ArrayList<>(reports);
          ProgressReport sample = reports.isEmpty() ? reportForBookExample() : reports.get(0);
          broken.add(position, new ProgressReport("108", sample.target(), sample.asOf(), sample.value(),
              sample.status(), sample.percent(), sample.note(), sample.reporter(), sample.reportedAt()));
          assertThatThrownBy(() -> readWithBook(csv(ProgressLedger.of(broken))))
              .isInstanceOfSatisfying(InputException.class, e -> {
                assertThat(e.line()).isEqualTo(position + 2);
                assertThat(e.column()).isEqualTo(1);
                assertThat(e.problem()).startsWith("任务 \"108\" 不在任务清单中");
              });
        });
  }

  private static ProgressReport reportForBookExample() {
    return new ProgressReport("1", OptionalInt.of(1), LocalDate.of(2023, 6, 30), Optional.of(BigDecimal.TEN),
        Optional.empty(), Optional.empty(), "", "县财政局", Optional.empty());
  }

  private static ProgressLedger readWithBook(String csv) {
    try {
      return LedgerReader.read(new StringReader(csv), LedgerFormat.CSV, "p.csv", BOOK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
