package io.tracker.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.tracker.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Any data file name a scenario could give: accepted exactly when it is a relative path to a regular
 * file inside the rule directory reached without a symbolic link, else refused at the name's line.
 */
class ScenarioFilesPropertiesTest {
  private static final List<String> SEGMENTS = List.of("data", "..", ".", "book.json", "sub", "x.csv", "link",
      "etc", "passwd", "", "outside.json", "nope", "linkdir", "data");

  @TempDir Path temp;
  private Path root;
  private Path scenario;

  @BeforeEach
  void aRuleDirectoryWithLinksAndAFileOutside() throws IOException {
    root = Files.createDirectories(temp.resolve("rules")).toRealPath();
    Files.createDirectories(root.resolve("data/sub"));
    Files.writeString(root.resolve("data/book.json"), "{}");
    Files.writeString(root.resolve("data/sub/x.csv"), "");
    Files.writeString(root.resolve("book.json"), "{}");
    Path outside = Files.writeString(temp.resolve("outside.json"), "{}");
    Files.createSymbolicLink(root.resolve("data/link"), outside);
    Files.createSymbolicLink(root.resolve("linkdir"), root.resolve("data"));
    Files.createSymbolicLink(root.resolve("etc"), Path.of("/etc"));
    scenario = Files.createDirectories(root.resolve("sub")).resolve("s.json");
  }

  /** Random paths, and paths to the files there with detours ("data/..", ".", "linkdir/..") put in. */
  private static Gen<String> names() {
    Gen<String> random = lists().of(Generate.pick(SEGMENTS)).ofSizeBetween(1, 6).map(parts -> String.join("/", parts));
    Gen<String> detour = Generate.pick(List.of("", "./", "data/../", "sub/../", "linkdir/../", "etc/../", "../rules/"));
    Gen<String> near = Generate.pick(List.of("../data/book.json", "../book.json", "../data/sub/x.csv", "../data/link",
        "../linkdir/book.json", "../../outside.json"))
        .zip(detour, detour, (path, before, inside) -> before + path.replaceFirst("\\.\\./", "../" + inside));
    return random.mix(near, 50).zip(Generate.booleans(), Generate.range(0, 9),
        (path, absolute, die) -> absolute && die == 0 ? "/" + path : path);
  }

  /** Independently of the reader: does {@code name}, relative to the scenario, reach a plain file inside the root? */
  private boolean readable(String name) {
    if (name.isEmpty() || name.startsWith("/")) {
      return false;
    }
    Path lexical = scenario.getParent().resolve(name).normalize();
    try {
      return lexical.startsWith(root) && Files.isRegularFile(lexical, LinkOption.NOFOLLOW_LINKS)
          && lexical.toRealPath().equals(lexical);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aNameIsAcceptedExactlyWhenItReachesAFileInsideWithoutLinks() {
    ScenarioFiles files = new ScenarioFiles(root, scenario);
    int[] acceptedAndRefused = new int[2];
    qt().withFixedSeed(3L).withExamples(3000).forAll(names(), Generate.range(1, 40))
        .checkAssert((name, line) -> {
          Path[] accepted = new Path[1];
          Throwable refused = catchThrowable(() -> accepted[0] = files.path("book", new ScenarioFiles.Name(name, line, 11)));
          acceptedAndRefused[refused == null ? 0 : 1]++;
          if (readable(name)) {
            assertThat(refused).as(name).isNull();
            assertThat(accepted[0].toAbsolutePath().normalize()).isEqualTo(scenario.getParent().resolve(name).normalize());
          } else {
            assertThat(refused).as(name).isInstanceOfSatisfying(InputException.class, e -> {
              assertThat(e.file()).isEqualTo(scenario.toString());
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.column()).isEqualTo(11);
              assertThat(e.problem()).startsWith("\"book\" 的值").doesNotContain("\n");
            });
          }
        });
    assertThat(acceptedAndRefused[0]).as("names accepted").isGreaterThan(100);
    assertThat(acceptedAndRefused[1]).as("names refused").isGreaterThan(100);
  }
}
