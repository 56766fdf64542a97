package io.tracker.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} of report and simulate: a path that cannot be written is bad input, found before any
 * work (the book named here does not even exist), one line, exit 2, nothing on standard output.
 */
class OutputPathTest {
  private static final String BOOK = "../seeds/000_961a157e1ab25069.txt";
  private static final String LEDGER = "../seeds/simulated-ledger-2023-06-30.csv";

  @TempDir Path dir;

  private static CliRun report(Path out) {
    return CliRun.of("report", "--book", "no-such-book.txt", "--ledger", LEDGER, "--as-of", "2023-06-30", "--out",
        out.toString());
  }

  private static CliRun simulate(Path out) {
    return CliRun.of("simulate", "--book", "no-such-book.txt", "--as-of", "2023-06-30", "--seed", "1", "--out",
        out.toString());
  }

  private static void assertBadOut(CliRun run, String problem) {
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("--out:1:1: " + problem);
  }

  @Test
  void reportRefusesAnExistingFileWhereItsDirectoryShouldBe() throws IOException {
    Path file = Files.writeString(dir.resolve("report.txt"), "x");
    assertBadOut(report(file), "\"" + file + "\" 是文件, 不是目录: 应为输出目录");
  }

  @Test
  void reportRefusesADirectoryWhoseParentIsMissingOrAFile() throws IOException {
    Path missing = dir.resolve("missing").resolve("report");
    assertBadOut(report(missing), "\"" + missing + "\" 所在的 \"" + missing.getParent() + "\" 不存在: 应先建立这个目录");
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertBadOut(report(file.resolve("report")),
        "\"" + file.resolve("report") + "\" 所在的 \"" + file + "\" 是文件, 不是目录");
  }

  @Test
  void reportRefusesAnUnwritableDirectory() throws IOException, InterruptedException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    try (ReadOnly readOnly = ReadOnly.make(locked)) {
      assertBadOut(report(locked), "目录 \"" + locked + "\" 不可写入: 应为可写入的输出目录");
      assertBadOut(report(locked.resolve("report")),
          "\"" + locked.resolve("report") + "\" 所在的 \"" + locked + "\" 不可写入: 应为可写入的目录");
      assertBadOut(simulate(locked.resolve("ledger.csv")),
          "\"" + locked.resolve("ledger.csv") + "\" 所在的 \"" + locked + "\" 不可写入: 应为可写入的目录");
    }
  }

  @Test
  void reportCreatesTheDirectoryInAnExistingParentAndReportsAFailedWrite() throws IOException {
    Path out = dir.resolve("report");
    CliRun ok = CliRun.of("report", "--book", BOOK, "--ledger", LEDGER, "--as-of", "2023-06-30", "--out", out.toString());
    assertThat(ok.status()).as(ok.errLines().toString()).isZero();
    assertThat(out.resolve("index.html")).isNotEmptyFile();

    Path blocked = dir.resolve("blocked");
    Files.createDirectories(blocked.resolve("index.html"));
    CliRun failed = CliRun.of("report", "--book", BOOK, "--ledger", LEDGER, "--as-of", "2023-06-30", "--out",
        blocked.toString());
    assertThat(failed.status()).isEqualTo(2);
    assertThat(failed.out()).isEmpty();
    assertThat(failed.errLines()).singleElement().asString()
        .startsWith("--out:1:1: 无法写入 \"" + blocked.resolve("index.html") + "\": ");
  }

  @Test
  void simulateRefusesADirectoryOrAMissingParent() throws IOException {
    assertBadOut(simulate(dir), "\"" + dir + "\" 是目录: 应为要写入的文件");
    Path missing = dir.resolve("missing").resolve("ledger.csv");
    assertBadOut(simulate(missing), "\"" + missing + "\" 所在的 \"" + missing.getParent() + "\" 不存在: 应先建立这个目录");
  }

  @Test
  void simulateReplacesTheFileWholeAndLeavesNothingElse() throws IOException {
    Path ledger = Files.writeString(dir.resolve("ledger.csv"), "old", UTF_8);
    CliRun run = CliRun.of("simulate", "--book", BOOK, "--as-of", "2023-06-30", "--seed", "2023", "--out", ledger.toString());
    assertThat(run.status()).as(run.errLines().toString()).isZero();
    assertThat(Files.readString(ledger, UTF_8))
        .isEqualTo(Files.readString(Path.of(LEDGER), UTF_8));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(ledger);
    }
  }

  /**
   * A directory nobody may write into while the test runs: without write permission, and, as root
   * ignores permissions, immutable ({@code chattr +i}) when the file system allows it.
   */
  private static final class ReadOnly implements AutoCloseable {
    private final Path dir;
    private final boolean immutable;

    private ReadOnly(Path dir, boolean immutable) {
      this.dir = dir;
      this.immutable = immutable;
    }

    static ReadOnly make(Path dir) throws IOException, InterruptedException {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
      boolean immutable = false;
      if (Files.isWritable(dir)) {
        immutable = new ProcessBuilder("chattr", "+i", dir.toString()).start().waitFor() == 0;
      }
      ReadOnly readOnly = new ReadOnly(dir, immutable);
      if (Files.isWritable(dir)) {
        readOnly.close();
        assumeTrue(false, "cannot make " + dir + " read-only for this user");
      }
      return readOnly;
    }

    @Override
    public void close() throws IOException {
      if (immutable) {
        try {
          new ProcessBuilder("chattr", "-i", dir.toString()).start().waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
