package io.tracker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.imports.TaskBookReader;
import io.tracker.ledger.LedgerReader;
import io.tracker.ledger.ProgressLedger;
import io.tracker.rules.Assessment;
import io.tracker.rules.Assessor;
import io.tracker.rules.RuleProblem;
import io.tracker.rules.RuleSet;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host serving its analysts' rule directory, reloading it after good and bad changes. */
class ReloadingHostTest {
  private static final Path EXAMPLE = Path.of("../tracker-rules/src/main/resources/io/tracker/rules/examples/lag-thresholds");
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  @TempDir Path rules;

  @Test
  void servesNewRulesAfterAGoodChangeAndKeepsThemAfterABrokenOne() throws IOException {
    TaskBook book = TaskBookReader.read(Path.of("../seeds/000_961a157e1ab25069.txt")).book();
    ProgressLedger ledger = LedgerReader.read(Path.of("../seeds/simulated-ledger-2023-06-30.csv"), book);

    ReloadingHost host = new ReloadingHost(rules);   // an empty directory: the default rules
    Assessment withDefaults = host.assess(book, ledger, AS_OF);
    assertThat(withDefaults).isEqualTo(Assessor.withDefaultRules().assess(book, ledger, AS_OF));

    // An analyst publishes the lag-threshold table (lights by points behind) with its scenario.
    try (Stream<Path> files = Files.list(EXAMPLE)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, rules.resolve(file.getFileName().toString()));
      }
    }
    assertThat(host.reload()).isEmpty();
    assertThat(host.rulesVersion()).isEqualTo(2);
    Assessment withTable = host.assess(book, ledger, AS_OF);
    assertThat(withTable).isEqualTo(Assessor.withRules(RuleSet.forDirectory(rules)).assess(book, ledger, AS_OF));
    assertThat(withTable).isNotEqualTo(withDefaults);

    // A broken rule file: the reload is refused with its file and line, the table keeps serving.
    Files.writeString(rules.resolve("坏规则.drl"), "package io.tracker.rules\n\nrule \"坏\"\nwhen\n  $t : TargetFact( \nthen\nend\n");
    List<RuleProblem> problems = host.reload();
    assertThat(problems).isNotEmpty();
    assertThat(problems).allSatisfy(p -> assertThat(p.file()).endsWith("坏规则.drl"));
    assertThat(problems.get(0).line()).isPositive();
    assertThat(host.rulesVersion()).isEqualTo(2);
    assertThat(host.assess(book, ledger, AS_OF)).isEqualTo(withTable);
  }
}
