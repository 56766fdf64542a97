package io.tracker.cli;

import io.tracker.json.TrackerJson;
import io.tracker.rules.Assessment;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tracker score --book FILE --ledger FILE --as-of DATE [--rules DIR]}: prints the assessment
 * as JSON. Nothing is printed to standard output unless every input was read and checked.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Assesses a task book against its progress ledger at a date and prints the assessment as JSON.")
final class ScoreCommand implements Callable<Integer> {
  @Mixin private AssessmentInputs inputs;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    AssessmentInputs.Loaded loaded = inputs.load(new Progress(spec.commandLine().getErr(), true));
    Assessment assessment = loaded.assess();
    String json = TrackerJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(assessment);
    PrintWriter out = spec.commandLine().getOut();
    out.println(json);
    out.flush();
    return 0;
  }
}
