package io.tracker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.forms.FormFiller;
import io.tracker.ledger.JdbcLedgerStore;
import io.tracker.rules.Assessment;
import io.tracker.rules.Light;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's monthly round trip with a ledger in H2. */
class MonthlyRoundTripExampleTest {
  @TempDir Path dir;

  @Test
  void aFilledFormEndsUpInTheDatabaseAndTheExcelLedger() throws Exception {
    JdbcLedgerStore ledger = JdbcLedgerStore.open("jdbc:h2:" + dir.resolve("ledger"));
    LocalDate june = LocalDate.of(2023, 6, 30);
    ledger.migrate();
    List<Path> forms = MonthlyRoundTrip.sendForms(Path.of(".."), ledger, june, dir.resolve("forms"));
    Path finance = forms.stream().filter(p -> p.getFileName().toString().equals("县财政局.xlsx")).findFirst().orElseThrow();
    Path returned;
    try (FormFiller form = FormFiller.open(finance)) {
      returned = form.number("1", 1, "本期完成值", 14).saveAs(dir.resolve("财政局6月.xlsx"));
    }
    Assessment assessment = MonthlyRoundTrip.collect(Path.of(".."), ledger, june, List.of(returned), dir.resolve("report"));
    assertThat(Files.size(dir.resolve("report").resolve("assessment.xlsx"))).isPositive();
    var task1 = assessment.tasks().stream().filter(t -> t.id().equals("1")).findFirst().orElseThrow();
    assertThat(task1.targets().get(0).reported()).isTrue();
    assertThat(task1.light()).isEqualTo(Light.GREEN);
  }
}
