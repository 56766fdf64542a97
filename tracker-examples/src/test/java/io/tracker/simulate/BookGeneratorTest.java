package io.tracker.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.cli.TrackerCommand;
import io.tracker.imports.ImportResult;
import io.tracker.imports.TaskBookReader;
import io.tracker.ledger.LedgerReader;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.Status;
import io.tracker.target.Bound;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The generated book imports as generated, its ledger reads back against it, and the seed fixes the bytes. */
class BookGeneratorTest {
  @Test
  void theCsvBookImportsWithoutWarningsAsTheGeneratedTasks() throws IOException {
    BookGenerator generator = BookGenerator.of(BookGenerator.MAX_CSV_TASKS, 11);
    StringWriter csv = new StringWriter();
    generator.writeCsv(csv);
    ImportResult imported = TaskBookReader.read(new StringReader(csv.toString()), "book.csv");
    assertThat(imported.warnings()).isEmpty();
    assertThat(imported.book().tasks()).hasSize(BookGenerator.MAX_CSV_TASKS);
    assertThat(imported.book().year()).isEqualTo(BookGenerator.YEAR);
    assertThat(imported.book().tasks()).isEqualTo(generator.book().tasks());
  }

  @Test
  void theBookIsShapedLikeRealLists() {
    TaskBook book = BookGenerator.of(3000, 5).book();
    List<Target> targets = book.tasks().stream().flatMap(t -> t.targets().stream()).toList();
    assertThat(targets.stream().map(Target::kind).collect(Collectors.toSet())).containsExactlyInAnyOrder(TargetKind.values());
    assertThat(targets.stream().map(Target::bound).collect(Collectors.toSet())).containsExactlyInAnyOrder(Bound.values());
    assertThat(targets).anyMatch(t -> t.period().isPresent()).anyMatch(Target::part).anyMatch(t -> t.due().isPresent());
    long statusTasks = book.tasks().stream().filter(t -> t.targets().isEmpty()).count();
    assertThat(statusTasks).isBetween(1300L, 1700L);
    assertThat(book.tasks()).allMatch(t -> t.responsibility().lead().isPresent() && !t.leaders().isEmpty());
    assertThat(book.tasks()).anyMatch(t -> t.deadline().orElseThrow().milestone().filter(m -> !m.equals("完成")).isPresent())
        .anyMatch(t -> t.deadline().orElseThrow().date().isEmpty());
    Set<String> units = new HashSet<>();
    book.tasks().forEach(t -> t.responsibility().units().forEach(u -> units.add(u.name())));
    assertThat(units).hasSize(100); // a pool of N/30 units
  }

  @Test
  void theLedgerHasCorrectionsRegressionsGapsAndEveryStatus() {
    BookGenerator generator = BookGenerator.of(2000, 3);
    TaskBook book = generator.book();
    List<ProgressReport> reports = generator.reports(book);
    Set<String> seen = new HashSet<>();
    long corrections = reports.stream().filter(r -> r.value().isPresent())
        .filter(r -> !seen.add(r.taskId() + "/" + r.target() + "/" + r.asOf())).count();
    assertThat(corrections).isGreaterThan(100);
    assertThat(reports.stream().flatMap(r -> r.status().stream()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Status.values());
    assertThat(reports).anyMatch(ProgressReport::isMilestoneOnly);
    long tasksWithGaps = book.tasks().stream().filter(t -> reports.stream()
        .filter(r -> r.taskId().equals(t.id()) && r.target().orElse(1) == 1 && !r.isMilestoneOnly())
        .map(ProgressReport::asOf).distinct().count() < 12).count();
    assertThat(tasksWithGaps).isBetween(60L, 300L);
    ProgressLedger ledger = ProgressLedger.of(reports);
    long regressions = book.tasks().stream().flatMap(t -> java.util.stream.IntStream.rangeClosed(1, t.targets().size())
        .filter(p -> t.targets().get(p - 1).kind() == TargetKind.AMOUNT)
        .mapToObj(p -> ledger.history(t.id(), java.util.OptionalInt.of(p)).reports())).filter(h -> {
          for (int i = 1; i < h.size(); i++) {
            if (h.get(i).value().orElseThrow().compareTo(h.get(i - 1).value().orElseThrow()) < 0) {
              return true;
            }
          }
          return false;
        }).count();
    assertThat(regressions).isGreaterThan(5);
  }

  @Test
  void generateWritesTheSameBytesForTheSameSeedAndTheLedgerReadsBack(@TempDir Path dir) throws IOException {
    for (String run : List.of("a", "b", "c")) {
      int status = new CommandLine(new TrackerCommand()).execute("generate", "--tasks", "1200", "--seed",
          run.equals("c") ? "43" : "42", "--out", dir.resolve(run).toString());
      assertThat(status).isZero();
    }
    for (String file : List.of("book.json", "ledger.csv")) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
          .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)))
          .isNotEqualTo(Files.readAllBytes(dir.resolve("c").resolve(file)));
    }
    TaskBook book = TaskBookReader.read(dir.resolve("a").resolve("book.json")).book();
    assertThat(book.tasks()).isEqualTo(BookGenerator.of(1200, 42).book().tasks());
    ProgressLedger ledger = LedgerReader.read(dir.resolve("a").resolve("ledger.csv"), book);
    assertThat(ledger.reports()).hasSize(BookGenerator.of(1200, 42).reports(book).size());
  }

  @Test
  void aCsvBookHoldsAtMostNineHundredNinetyNineTasks() {
    assertThatThrownBy(() -> BookGenerator.of(1000, 1).writeCsv(new StringWriter()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> BookGenerator.of(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
