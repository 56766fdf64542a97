package io.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tracker.forms.FormFiller;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** collect: a bad cell anywhere and nothing is written; the ledger is only ever appended to. */
class CollectCommandTest {
  private static final String BOOK = "../seeds/000_961a157e1ab25069.txt";

  @TempDir Path dir;

  private Path form(String unit) {
    CliRun template = CliRun.of("template", "--book", BOOK, "--as-of", "2023-06-30", "--out", dir.resolve("forms").toString());
    assertThat(template.status()).as(template.err()).isZero();
    return dir.resolve("forms").resolve(unit + ".xlsx");
  }

  @Test
  void aBadCellIsOneLineExitTwoAndNothingIsWritten() throws Exception {
    Path good;
    Path bad;
    try (FormFiller filler = FormFiller.open(form("县财政局"))) {
      good = filler.number("1", 1, "本期完成值", 6.5).saveAs(dir.resolve("good.xlsx"));
    }
    try (FormFiller filler = FormFiller.open(form("县发改局"))) {
      int row = filler.row("5", 2) + 1;
      bad = filler.text("5", 2, "本期完成值", "约3亿").saveAs(dir.resolve("bad.xlsx"));
      Path out = dir.resolve("ledger.csv");
      CliRun run = CliRun.of("collect", "--book", BOOK, "--as-of", "2023-06-30", "--out", out.toString(), good.toString(),
          bad.toString());
      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err().lines()).containsExactly(bad + ":填报!G" + row
          + ": 本期完成值 \"约3亿\" 不是数字：应为 3.2 这样的数（单位见“指标”栏，不带单位）");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void reportsAreAppendedAfterTheRowsAlreadyInTheLedger() throws Exception {
    Path out = dir.resolve("ledger.csv");
    Files.writeString(out, "task,target,asOf,value,status,percent,note,reporter,reportedAt\n"
        + "1,1,2023-05-31,5.0,,,,县财政局,\n");
    Path filled;
    try (FormFiller filler = FormFiller.open(form("县财政局"))) {
      filled = filler.number("1", 1, "本期完成值", 6.5).text("1", 1, "存在问题", "减收因素多").saveAs(dir.resolve("f.xlsx"));
    }
    CliRun run = CliRun.of("collect", "--book", BOOK, "--as-of", "2023-06-30", "--out", out.toString(), filled.toString());
    assertThat(run.status()).as(run.err()).isZero();
    // The earlier row stays as it was; the problems column appears because a report now has one.
    assertThat(Files.readString(out)).isEqualTo("task,target,asOf,value,status,percent,note,problems,reporter,reportedAt\n"
        + "1,1,2023-05-31,5.0,,,,,县财政局,\n"
        + "1,1,2023-06-30,6.5,,,,减收因素多,县财政局,\n");
    CliRun other = CliRun.of("collect", "--book", BOOK, "--as-of", "2023-06-30", "--ledger", "other.csv", "--out", out.toString(),
        filled.toString());
    assertThat(other.status()).isEqualTo(2);
    assertThat(other.err()).startsWith("--ledger:0:0: --out " + out + " 已存在");
  }
}
