package io.tracker.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.tracker.InputException;
import io.tracker.InputLimits;
import io.tracker.InputPlace;
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
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 *
 * <p>Nothing is printed until every line has been read and parsed: a bad line (not UTF-8, longer
 * than {@link InputLimits#maxTextChars}, a figure out of range) is one error line citing its line
 * number, exit status 2, and nothing on standard output, as for every other command. (Streaming line
 * by line would start output sooner, but a script could not tell a complete output from the part
 * before an error.) The input is bounded by {@link InputLimits#maxInputBytes}.
 */
@Command(
    name = "targets",
    description = "Reads task sentences from standard input (UTF-8), one per line, and prints for each "
        + "line the JSON array of its targets, once every line has been read; numerals it would not "
        + "guess are warnings on stderr.")
final class TargetsCommand implements Callable<Integer> {
  private static final String STDIN = "<stdin>";

  @ParentCommand private TrackerCommand parent;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    InputLimits limits = InputLimits.defaults();
    ObjectWriter writer = TrackerJson.mapper().writer();
    InputStream in = new BufferedInputStream(limits.bounded(parent.stdin(), STDIN));
    StringBuilder output = new StringBuilder();
    List<InputWarning> warnings = new ArrayList<>();
    int lineNumber = 0;
    for (Optional<byte[]> bytes = nextLine(in); bytes.isPresent(); bytes = nextLine(in)) {
      lineNumber++;
      String line = decode(bytes.get(), lineNumber);
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      limits.checkText(InputPlace.inText(STDIN, lineNumber, 1), "这一行", line);
      TargetExtraction extraction;
      try {
        extraction = TargetParser.extract(line);
      } catch (InputException e) {
        throw e.relocate(STDIN, lineNumber, 0);
      }
      for (InputWarning warning : extraction.warnings()) {
        warnings.add(warning.relocate(STDIN, lineNumber, 0));
      }
      output.append(writer.writeValueAsString(extraction.targets())).append(System.lineSeparator());
    }
    PrintWriter err = spec.commandLine().getErr();
    warnings.forEach(err::println);
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.print(output);
    out.flush();
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

  /** The line as text; bytes that are not UTF-8 are an error at the column where they start. */
  private static String decode(byte[] bytes, int lineNumber) {
    CharsetDecoder utf8 = UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      return utf8.decode(buffer).toString();
    } catch (CharacterCodingException e) {
      int column = new String(bytes, 0, buffer.position(), UTF_8).length() + 1;
      throw new InputException(STDIN, lineNumber, column, "这一行不是 UTF-8 文本: 应为 UTF-8 编码的句子", e);
    }
  }
}
