package io.tracker.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's bad-input catalogue is what the program does: every {@code console} block of its
 * "Bad input" section is run as the shell session it shows, each in an empty directory, with
 * {@code ./tracker} run through {@link TrackerCommand#execute} in-process, and the lines it prints
 * and the exit status it returns must be exactly those written under the command.
 *
 * <p>A block may use these lines, as a shell reads them: {@code $ cat > FILE <<'EOF'} … {@code EOF};
 * {@code $ printf 'FORMAT' > FILE} (with {@code %%}, {@code \n} and {@code \xHH}); {@code $ mkdir -p
 * DIR}; {@code $ ln -s TARGET LINK}; {@code $ ./tracker ARGS [< FILE]} followed by what it prints;
 * {@code $ echo $?} followed by the status. Anything else fails the test, so that the README shows
 * nothing this test does not run. The files are made in a temporary directory, and {@code seeds/}
 * is the repository's; an argument naming either (the value of --book, --ledger, --rules, --ratings or --out,
 * or another word, not a command name, whose first path part the block made) is given to the
 * command under that directory, and the directory is taken out of what the command prints again.
 */
class BadInputCatalogueTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Set<String> PATH_OPTIONS = Set.of("--book", "--ledger", "--rules", "--out", "--old", "--new",
      "--ratings");
  private static final Set<String> COMMAND_WORDS = Set.of("import", "targets", "simulate", "score", "report",
      "rules", "check", "test", "diff", "help");
  private static final Pattern CAT = Pattern.compile("\\$ cat > (\\S+) <<'EOF'");
  private static final Pattern PRINTF = Pattern.compile("\\$ printf '([^']*)' > (\\S+)");
  private static final Pattern MKDIR = Pattern.compile("\\$ mkdir -p (\\S+)");
  private static final Pattern LINK = Pattern.compile("\\$ ln -s (\\S+) (\\S+)");
  private static final Pattern TRACKER = Pattern.compile("\\$ \\./tracker(.*?)(?: < (\\S+))?");

  @TempDir Path temp;

  /** The console blocks of the README's "## Bad input" section, each with the heading it is under. */
  private static List<Case> cases() throws IOException {
    List<String> lines = Files.readAllLines(README, UTF_8);
    int start = lines.indexOf("## Bad input");
    assertThat(start).as("the README's bad-input section").isNotNegative();
    List<Case> cases = new ArrayList<>();
    String heading = "";
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      if (lines.get(i).startsWith("### ")) {
        heading = lines.get(i).substring(4);
      } else if (lines.get(i).equals("```console")) {
        int end = lines.subList(i, lines.size()).indexOf("```") + i;
        cases.add(new Case(heading, i + 1, lines.subList(i + 1, end)));
        i = end;
      }
    }
    return cases;
  }

  private record Case(String heading, int line, List<String> session) {
    String name() {
      String command = session.stream().filter(l -> l.startsWith("$ ./tracker")).findFirst().orElse("?");
      return heading + " (README.md:" + line + "): " + command.substring(2);
    }
  }

  @Test
  void theCatalogueCoversEveryAreaItNames() throws IOException {
    List<Case> cases = cases();
    assertThat(cases.stream().map(Case::heading).distinct())
        .contains("Ledgers (`--ledger`)", "Command-line options", "Output (`--out`)",
            "Scenarios (`rules check`, `rules test`)", "Target sentences (`targets`)");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
  }

  @TestFactory
  Stream<DynamicTest> everyCaseGivesTheLinesAndStatusTheReadmeShows() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
  }

  private void run(Case c) throws IOException {
    Path dir = Files.createTempDirectory(temp, "case");
    List<String> session = c.session();
    int commands = 0;
    for (int i = 0; i < session.size(); i++) {
      String line = session.get(i);
      Matcher m;
      if ((m = CAT.matcher(line)).matches()) {
        int end = session.subList(i, session.size()).indexOf("EOF") + i;
        assertThat(end).as("EOF closing line %s", i).isGreaterThan(i);
        write(dir.resolve(m.group(1)), (String.join("\n", session.subList(i + 1, end)) + "\n").getBytes(UTF_8));
        i = end;
      } else if ((m = PRINTF.matcher(line)).matches()) {
        write(dir.resolve(m.group(2)), printf(m.group(1)));
      } else if ((m = MKDIR.matcher(line)).matches()) {
        Files.createDirectories(dir.resolve(m.group(1)));
      } else if ((m = LINK.matcher(line)).matches()) {
        Path link = dir.resolve(m.group(2));
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, Path.of(m.group(1)));
      } else if ((m = TRACKER.matcher(line)).matches()) {
        List<String> printed = new ArrayList<>();
        for (i++; i < session.size() && !session.get(i).startsWith("$ "); i++) {
          printed.add(session.get(i));
        }
        assertThat(i + 1 < session.size() && session.get(i).equals("$ echo $?"))
            .as("\"$ echo $?\" and the status after %s", line).isTrue();
        int status = Integer.parseInt(session.get(++i));
        byte[] stdin = m.group(2) == null ? new byte[0] : Files.readAllBytes(dir.resolve(m.group(2)));
        runTracker(dir, arguments(dir, m.group(1).trim()), stdin, printed, status);
        commands++;
      } else {
        fail("README.md:%d: a catalogue line this test cannot run: %s", c.line() + i, line);
      }
    }
    assertThat(commands).as("./tracker commands in the case").isPositive();
  }

  private static void runTracker(Path dir, String[] args, byte[] stdin, List<String> printed, int status) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(stdin);
    int actual = TrackerCommand.execute(args, in, new PrintWriter(out), new PrintWriter(err));
    String shown = err.toString().replace(dir + "/", "").replace("../seeds/", "seeds/");
    assertThat(shown.lines()).as("what %s prints", String.join(" ", args)).containsExactlyElementsOf(printed);
    assertThat(out.toString()).as("standard output").isEmpty();
    assertThat(actual).as("exit status").isEqualTo(status);
  }

  /** The command's arguments, paths placed under the case's directory (or the repository's seeds). */
  private static String[] arguments(Path dir, String line) {
    String[] words = line.isEmpty() ? new String[0] : line.split(" +");
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      boolean pathValue = i > 0 && PATH_OPTIONS.contains(words[i - 1]);
      if (word.startsWith("seeds/")) {
        words[i] = "../" + word;
      } else if (pathValue || !word.startsWith("-") && !COMMAND_WORDS.contains(word)
          && Files.exists(dir.resolve(word.split("/")[0]))) {
        words[i] = dir.resolve(word).toString();
      }
    }
    return words;
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  /** The bytes printf writes for {@code format}: UTF-8 text with %%, \n and \xHH. */
  private static byte[] printf(String format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < format.length(); i += Character.charCount(format.codePointAt(i))) {
      int c = format.codePointAt(i);
      if (c == '%' && format.startsWith("%%", i)) {
        bytes.write('%');
        i++;
      } else if (c == '\\' && format.startsWith("\\n", i)) {
        bytes.write('\n');
        i++;
      } else if (c == '\\' && format.startsWith("\\x", i)) {
        bytes.write(Integer.parseInt(format.substring(i + 2, i + 4), 16));
        i += 3;
      } else if (c == '%' || c == '\\') {
        fail("printf format this test does not read: %s", format);
      } else {
        bytes.writeBytes(Character.toString(c).getBytes(UTF_8));
      }
    }
    return bytes.toByteArray();
  }
}
