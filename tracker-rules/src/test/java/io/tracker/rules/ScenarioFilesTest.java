package io.tracker.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tracker.InputException;
import io.tracker.json.TrackerJson;
import io.tracker.ledger.LedgerWriter;
import io.tracker.rules.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The task book and ledger files a scenario names stay inside its rule directory: no absolute path,
 * no {@code ..} out of it, no symbolic link, nothing but a regular file; each refusal is one line at
 * the scenario's line of the name.
 */
class ScenarioFilesTest {
  @TempDir Path temp;
  private Path rules;
  private Scenario example;

  @BeforeEach
  void ruleDirectoryWithData() throws IOException {
    rules = Files.createDirectories(temp.resolve("rules"));
    example = Scenario.read(ExampleScenariosTest.examples().resolve("completion-ratio/scenario-按比例得分.json"));
    Files.createDirectories(rules.resolve("data"));
    TrackerJson.mapper().writeValue(rules.resolve("data/book.json").toFile(), example.book());
    LedgerWriter.writeCsv(example.ledger(), rules.resolve("data/ledger.csv"));
    Files.copy(rules.resolve("data/book.json"), temp.resolve("outside.json"));
  }

  /** A scenario naming {@code book} on its line 3, at column 11. */
  private Path scenario(String at, String book) throws IOException {
    Path file = rules.resolve(at);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\n  \"asOf\": \"2023-06-30\",\n  \"book\": " + TrackerJson.mapper().writeValueAsString(book)
        + ",\n  \"expect\": {}\n}\n", UTF_8);
    return file;
  }

  @Test
  void dataFilesInsideTheRuleDirectoryAreRead() throws IOException {
    assertThat(Scenario.read(rules, scenario("s.json", "data/book.json")).book()).isEqualTo(example.book());
    assertThat(Scenario.read(rules, scenario("s.json", "data/../data/./book.json")).book()).isEqualTo(example.book());
    assertThat(Scenario.read(rules, scenario("sub/s.json", "../data/book.json")).book()).isEqualTo(example.book());
    Path withLedger = rules.resolve("l.json");
    Files.writeString(withLedger, "{\"asOf\": \"2023-06-30\", \"book\": \"data/book.json\", \"ledgerFile\": \"data/ledger.csv\","
        + " \"expect\": {}}");
    assertThat(Scenario.read(rules, withLedger).ledger()).isEqualTo(example.ledger());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      /etc/passwd                 | "book" 的值 "/etc/passwd" 是绝对路径: 应为规则目录内的相对路径, 如 "data/book.txt"
      /dev/zero                   | "book" 的值 "/dev/zero" 是绝对路径: 应为规则目录内的相对路径, 如 "data/book.txt"
      ../outside.json             | "book" 的值 "../outside.json" 指向规则目录之外: 数据文件应在规则目录之内, 如 "data/book.txt"
      ../../../../../etc/passwd   | "book" 的值 "../../../../../etc/passwd" 指向规则目录之外: 数据文件应在规则目录之内, 如 "data/book.txt"
      data/../../outside.json     | "book" 的值 "data/../../outside.json" 指向规则目录之外: 数据文件应在规则目录之内, 如 "data/book.txt"
      .                           | "book" 的值 "." 指向规则目录之外: 数据文件应在规则目录之内, 如 "data/book.txt"
      data/none.json              | "book" 的值 "data/none.json" 指向的文件不存在
      data                        | "book" 的值 "data" 不是普通文件: 应为任务清单或台账文件
      ''                          | "book" 的值为空: 应为规则目录内的相对路径, 如 "data/book.txt"
      """)
  void namesLeadingOutOfTheRuleDirectoryAreRefusedAtTheirLine(String book, String problem) throws IOException {
    Path file = scenario("s.json", book == null ? "" : book);
    assertThatThrownBy(() -> Scenario.read(rules, file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ":3:11: " + problem);
  }

  @Test
  void aScenarioReadOnItsOwnKeepsToItsOwnDirectory() throws IOException {
    Path file = scenario("sub/s.json", "../data/book.json");
    assertThatThrownBy(() -> Scenario.read(file))
        .hasMessage(file + ":3:11: \"book\" 的值 \"../data/book.json\" 指向规则目录之外: 数据文件应在规则目录之内,"
            + " 如 \"data/book.txt\"");
  }

  @Test
  void symbolicLinksAreNotFollowed() throws IOException {
    Files.createSymbolicLink(rules.resolve("data/link.json"), temp.resolve("outside.json"));
    Path linkToFile = scenario("s.json", "data/link.json");
    assertThatThrownBy(() -> Scenario.read(rules, linkToFile))
        .hasMessage(linkToFile + ":3:11: \"book\" 的值 \"data/link.json\" 经过符号链接 \"data/link.json\":"
            + " 数据文件不跟随符号链接, 应把文件本身放入规则目录");

    Files.createSymbolicLink(rules.resolve("etc"), Path.of("/etc"));
    Path throughDirectory = scenario("t.json", "etc/passwd");
    assertThatThrownBy(() -> Scenario.read(rules, throughDirectory))
        .hasMessage(throughDirectory + ":3:11: \"book\" 的值 \"etc/passwd\" 经过符号链接 \"etc\":"
            + " 数据文件不跟随符号链接, 应把文件本身放入规则目录");

    // A link inside the directory to a file inside it is refused too: nothing is followed.
    Files.createSymbolicLink(rules.resolve("data/alias.json"), rules.resolve("data/book.json"));
    assertThatThrownBy(() -> Scenario.read(rules, scenario("u.json", "data/alias.json")))
        .hasMessageContaining("经过符号链接 \"data/alias.json\"");
  }

  @Test
  void aScenarioFileThatIsALinkIsRefused() throws IOException {
    Path secret = Files.writeString(temp.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash\n");
    Path link = Files.createSymbolicLink(rules.resolve("scenario.json"), secret);
    assertThatThrownBy(() -> Scenario.read(rules, link))
        .isInstanceOf(InputException.class)
        .hasMessage(link + ":0:0: 场景文件经过符号链接 \"scenario.json\": 规则目录中的文件不跟随符号链接");
  }

  @Test
  void aNameThatIsNotAStringIsAScenarioError() throws IOException {
    Path file = rules.resolve("s.json");
    Files.writeString(file, "{\"asOf\": \"2023-06-30\",\n \"book\": [\"data/book.json\"], \"expect\": {}}");
    assertThatThrownBy(() -> Scenario.read(rules, file))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.problem()).startsWith("不是有效的场景 JSON: ");
        });
  }
}
