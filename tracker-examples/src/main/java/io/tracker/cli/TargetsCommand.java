package io.tracker.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.tracker.InputException;
import io.tracker.json.TrackerJson;
import io.tracker.InputWarning;
import io.tracker.target.TargetExtraction;
import io.tracker.target.TargetParser;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tracker targets}: reads task sentences from standard input (UTF-8), one per line, and
 * prints for each line one line holding the JSON array of its targets; a numeral it would not guess
 * is a warning {@code <stdin>:LINE:COLUMN: 警告: …} on standard error.
 */
@Command(
    name = "targets",
    description = "Reads task sentences from standard input (UTF-8), one per line, and prints for each "
        + "line the JSON array of its targets; numerals it would not guess are warnings on stderr.")
final class TargetsCommand implements Callable<Integer> {
  private static final String STDIN = "<stdin>";

  @ParentCommand private TrackerCommand parent;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ObjectWriter writer = TrackerJson.mapper().writer();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputStream in = new BufferedInputStream(parent.stdin());
    int lineNumber = 0;
    for (Optional<byte[]> bytes = nextLine(in); bytes.isPresent(); bytes = nextLine(in)) {
      lineNumber++;
      String line = decode(bytes.get(), lineNumber);
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      TargetExtraction extraction;
      try {
        extraction = TargetParser.extract(line);
      } catch (InputException e) {
        throw e.relocate(STDIN, lineNumber, 0);
      }
      for (InputWarning warning : extraction.warnings()) {
        err.println(warning.relocate(STDIN, lineNumber, 0));
      }
      err.flush();
      out.println(writer.writeValueAsString(extraction.targets()));
      out.flush();
    }
    return 0;
  }

  /** The bytes of the next line without its line break; empty at the end of input. */
  private static Optional<byte[]> nextLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b = in.read();
    if (b < 0) {
      return Optional.empty();
    }
    while (b >= 0 && b != '\n') {
      line.write(b);
      b = in.read();
    }
    byte[] bytes = line.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, bytes.length - 1);
    }
    return Optional.of(bytes);
  }

  private static String decode(byte[] bytes, int lineNumber) {
    try {
      return UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputException(STDIN, lineNumber, 1, "line is not UTF-8: expected UTF-8 text", e);
    }
  }
}
