package io.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.forms.FormFiller;
import io.tracker.imports.TaskBookReader;
import io.tracker.ledger.LedgerReader;
import io.tracker.ledger.LedgerWriter;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.report.LibreOffice;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.task.ResponsibleUnit;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": as of 30 June on the seed, {@code template} writes a form per lead unit;
 * the forms, filled in and saved again by a spreadsheet program (LibreOffice, half as .xlsx, half as
 * .xls, under new names), read back by {@code collect} give the same scores as the same values typed
 * into a ledger CSV.
 */
class MonthlyRoundTripTest {
  private static final Path BOOK = Path.of("../seeds/000_961a157e1ab25069.txt");
  private static final Path SIMULATED = Path.of("../seeds/simulated-ledger-2023-06-30.csv");
  private static final LocalDate JUNE = LocalDate.of(2023, 6, 30);

  @TempDir Path dir;

  @Test
  void formsFilledInASpreadsheetProgramScoreAsTheSameValuesTypedIntoALedgerCsv() throws Exception {
    LibreOffice.requireInstalled();
    TaskBook book = TaskBookReader.read(BOOK).strictBook();
    ProgressLedger simulated = LedgerReader.read(SIMULATED, book);
    ProgressLedger before = ProgressLedger.of(simulated.reports().stream().filter(r -> r.asOf().isBefore(JUNE)).toList());
    Path beforeCsv = dir.resolve("before.csv");
    LedgerWriter.writeCsv(before, beforeCsv);

    // The June figures each lead unit reports, by task and target.
    Map<String, List<ProgressReport>> june = new LinkedHashMap<>();
    List<ProgressReport> typed = new ArrayList<>(before.reports());
    for (Task task : book.tasks()) {
      String lead = task.responsibility().lead().map(ResponsibleUnit::name).orElse(null);
      int targets = task.targets().size();
      for (int p = targets == 0 ? 0 : 1; p <= targets; p++) {
        OptionalInt target = p == 0 ? OptionalInt.empty() : OptionalInt.of(p);
        simulated.history(task.id(), target).at(JUNE).filter(r -> r.asOf().equals(JUNE)).ifPresent(r -> {
          ProgressReport asTyped = new ProgressReport(r.taskId(), r.target(), JUNE, r.value(), r.status(), r.percent(),
              "", "", "", lead, java.util.Optional.empty());
          june.computeIfAbsent(lead, k -> new ArrayList<>()).add(asTyped);
          typed.add(asTyped);
        });
      }
    }
    assertThat(june.values().stream().mapToInt(List::size).sum()).as("June reports").isGreaterThan(100);
    Path typedCsv = dir.resolve("typed.csv");
    LedgerWriter.writeCsv(ProgressLedger.of(typed), typedCsv);

    CliRun template = CliRun.of("template", "--book", BOOK.toString(), "--as-of", "2023-06-30", "--ledger", beforeCsv.toString(),
        "--out", dir.resolve("forms").toString());
    assertThat(template.status()).as(template.err()).isZero();
    List<Path> forms = template.out().lines().map(Path::of).toList();
    assertThat(forms).hasSize((int) book.tasks().stream().flatMap(t -> t.responsibility().lead().stream())
        .map(ResponsibleUnit::name).distinct().count());

    List<Path> filled = new ArrayList<>();
    Files.createDirectories(dir.resolve("filled"));
    for (Path form : forms) {
      String unit = form.getFileName().toString().replace(".xlsx", "");
      try (FormFiller filler = FormFiller.open(form)) {
        for (ProgressReport r : june.getOrDefault(unit, List.of())) {
          int p = r.target().orElse(0);
          if (r.value().isPresent()) {
            filler.number(r.taskId(), p, "本期完成值", r.value().get().doubleValue());
          } else {
            filler.text(r.taskId(), p, "状态", switch (r.status().orElseThrow()) {
              case NOT_STARTED -> "未开始";
              case IN_PROGRESS -> "进行中";
              case DONE -> "已完成";
              case BLOCKED -> "受阻";
            });
            r.percent().ifPresent(v -> filler.number(r.taskId(), p, "完成百分比", v.doubleValue()));
          }
        }
        filled.add(filler.saveAs(dir.resolve("filled").resolve("6月-" + unit + ".xlsx")));
      }
    }
    // The clerks' spreadsheet program saves the forms again: half as .xlsx, half as .xls (WPS, Office 2003).
    List<Path> resaved = new ArrayList<>();
    resaved.addAll(LibreOffice.convert(filled.subList(0, filled.size() / 2), "xlsx", dir.resolve("returned")));
    resaved.addAll(LibreOffice.convert(filled.subList(filled.size() / 2, filled.size()), "xls", dir.resolve("returned")));
    assertThat(resaved).anyMatch(p -> p.toString().endsWith(".xls"));

    Path collectedCsv = dir.resolve("collected.csv");
    CliRun collect = CliRun.of("collect", "--book", BOOK.toString(), "--as-of", "2023-06-30", "--ledger", beforeCsv.toString(),
        "--out", collectedCsv.toString(), dir.resolve("returned").toString());
    assertThat(collect.status()).as(collect.err()).isZero();

    Assessor assessor = Assessor.withDefaultRules();
    Assessment fromForms = assessor.assess(book, LedgerReader.read(collectedCsv, book), JUNE);
    Assessment fromCsv = assessor.assess(book, LedgerReader.read(typedCsv, book), JUNE);
    assertThat(fromForms).isEqualTo(fromCsv);
    assertThat(LedgerReader.read(collectedCsv, book).reports()).hasSize(typed.size());

    // Collecting the same forms again appends nothing.
    CliRun again = CliRun.of("collect", "--book", BOOK.toString(), "--as-of", "2023-06-30", "--out", collectedCsv.toString(),
        dir.resolve("returned").toString());
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.err()).contains("追加 0 条");
    assertThat(LedgerReader.read(collectedCsv, book).reports()).hasSize(typed.size());
  }
}
