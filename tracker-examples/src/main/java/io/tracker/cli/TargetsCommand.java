package io.tracker.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.tracker.InputException;
import io.tracker.json.TrackerJson;
import io.tracker.target.Target;
import io.tracker.target.TargetParser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tracker targets}: reads task sentences from standard input (UTF-8), one per line, and
 * prints for each line one line holding the JSON array of its targets.
 */
@Command(
    name = "targets",
    description = "Reads task sentences from standard input (UTF-8), one per line, and prints for each "
        + "line the JSON array of its targets.")
final class TargetsCommand implements Callable<Integer> {
  private static final String STDIN = "<stdin>";

  @ParentCommand private TrackerCommand parent;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ObjectWriter writer = TrackerJson.mapper().writer();
    PrintWriter out = spec.commandLine().getOut();
    BufferedReader in = new BufferedReader(new InputStreamReader(parent.stdin(),
        UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)));
    int lineNumber = 0;
    while (true) {
      String line;
      try {
        line = in.readLine();
      } catch (CharacterCodingException e) {
        throw new InputException(STDIN, lineNumber + 1, 1, "line is not UTF-8: expected UTF-8 text", e);
      }
      if (line == null) {
        break;
      }
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      List<Target> targets;
      try {
        targets = TargetParser.parse(line);
      } catch (InputException e) {
        throw e.relocate(STDIN, lineNumber, 0);
      }
      out.println(writer.writeValueAsString(targets));
      out.flush();
    }
    return 0;
  }
}
