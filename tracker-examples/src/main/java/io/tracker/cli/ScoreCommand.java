package io.tracker.cli;

import static io.tracker.InputException.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tracker.InputException;
import io.tracker.json.TrackerJson;
import io.tracker.rules.Assessment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tracker score --book FILE --ledger FILE --as-of DATE [--rules DIR] [--previous FILE]}: prints
 * the assessment as JSON. With {@code --previous}, the JSON this command printed for an earlier date
 * of the same book and rules: the month ends it judged are taken from its light record instead of
 * being judged again (the result is the same). Nothing is printed to standard output unless every
 * input was read and checked.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Assesses a task book against its progress ledger at a date and prints the assessment as JSON.")
final class ScoreCommand implements Callable<Integer> {
  @Mixin private AssessmentInputs inputs;

  @Spec private CommandSpec spec;

  @Option(names = "--previous", paramLabel = "FILE",
      description = "The assessment JSON printed for an earlier date of the same book and rules: its month-end lights are taken, not judged again.")
  private Path previous;

  @Override
  public Integer call() throws Exception {
    AssessmentInputs.Loaded loaded = inputs.load(new Progress(spec.commandLine().getErr(), true));
    Assessment assessment = previous == null ? loaded.assess() : assessGiven(loaded, read(previous));
    String json = TrackerJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(assessment);
    PrintWriter out = spec.commandLine().getOut();
    out.println(json);
    out.flush();
    return 0;
  }

  /** The assessment given the previous one; a previous one that does not fit is bad input in its file. */
  private Assessment assessGiven(AssessmentInputs.Loaded loaded, Assessment earlier) {
    try {
      return loaded.assess(earlier);
    } catch (InputException e) { // the book, ledger, ratings and date were checked on reading: it is the previous one
      throw new InputException(previous.toString(), 0, 0, e.problem(), e);
    }
  }

  private static Assessment read(Path file) {
    try (Reader reader = Files.newBufferedReader(file)) {
      return TrackerJson.mapper().readValue(reader, Assessment.class);
    } catch (JsonProcessingException e) {
      throw TrackerJson.inputException(e, file.toString());
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, 0, "无法读取上一期评估: " + quote(String.valueOf(e.getMessage())), e);
    }
  }
}
