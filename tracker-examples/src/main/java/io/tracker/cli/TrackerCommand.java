package io.tracker.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.tracker.InputException;
import io.tracker.rules.RuleSetException;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code ./tracker} command line. Each subcommand is its own class listed in
 * {@code subcommands} below; adding one is a one-line change there.
 *
 * <p>Exit status: 0 on success; 2 for bad input or bad arguments, with exactly one line on
 * standard error ({@code FILE:LINE:COLUMN: problem} for bad input) and nothing on standard output;
 * 1 for an internal error (one line; the stack trace only with {@code TRACKER_DEBUG} set). Standard output is UTF-8 whatever the platform default.
 */
@Command(
    name = "tracker",
    mixinStandardHelpOptions = true,
    version = "tracker 0.1.0",
    description = "Imports government work-report task lists (任务分解一览表) and extracts their targets.",
    subcommands = {
      ImportCommand.class,
      TargetsCommand.class,
      SimulateCommand.class,
      ScoreCommand.class,
      ReportCommand.class,
      TemplateCommand.class,
      CollectCommand.class,
      RulesCommand.class,
      HelpCommand.class,
    })
public final class TrackerCommand implements Callable<Integer> {
  /** Exit status for bad input or bad arguments. */
  public static final int BAD_INPUT = 2;

  private final InputStream stdin;

  @Spec private CommandSpec spec;

  /** The command reading standard input from {@code System.in}. */
  public TrackerCommand() {
    this(System.in);
  }

  TrackerCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Standard input, for subcommands that read it. */
  InputStream stdin() {
    return stdin;
  }

  /**
   * Without a subcommand: the main job, {@code report} on the sample (the seed assessed at
   * 2023-06-30 with its simulated ledger).
   */
  @Override
  public Integer call() {
    return spec.commandLine().getSubcommands().get("report").execute();
  }

  /**
   * The repository root the sample inputs and {@code target/report} are resolved against: the
   * {@code tracker.home} system property the {@code ./tracker} script sets, else the working directory.
   */
  static Path home() {
    return Path.of(System.getProperty("tracker.home", ""));
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), UTF_8), true);
    System.exit(execute(args, System.in, out, err));
  }

  /**
   * Runs the command line on {@code args} with the given streams and returns the exit status; used
   * by {@link #main} and by tests.
   */
  public static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new TrackerCommand(in));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler((ex, arguments) -> {
      ex.getCommandLine().getErr().println(ex.getCommandLine().getCommandName() + ": " + ex.getMessage()
          + " (see --help)");
      ex.getCommandLine().getErr().flush();
      return BAD_INPUT;
    });
    commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      if (ex instanceof InputException) {
        cmd.getErr().println(ex.getMessage());
        cmd.getErr().flush();
        return BAD_INPUT;
      }
      if (ex instanceof RuleSetException rules) {
        rules.problems().forEach(cmd.getErr()::println);
        cmd.getErr().flush();
        return BAD_INPUT;
      }
      cmd.getErr().println("tracker: internal error, please report: " + ex);
      if (System.getenv("TRACKER_DEBUG") != null) {
        ex.printStackTrace(cmd.getErr());
      }
      cmd.getErr().flush();
      return CommandLine.ExitCode.SOFTWARE;
    });
    int status = commandLine.execute(args);
    out.flush();
    return status;
  }
}
