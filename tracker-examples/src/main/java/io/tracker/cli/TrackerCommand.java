package io.tracker.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.tracker.InputException;
import io.tracker.rules.RuleSetException;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
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
      GenerateCommand.class,
      BenchCommand.class,
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
    CommandLine commandLine = withErrorHandling(new CommandLine(new TrackerCommand(in)));
    commandLine.setOut(out);
    commandLine.setErr(err);
    int status = commandLine.execute(args);
    out.flush();
    return status;
  }

  /**
   * {@code commandLine} printing every problem as one line on standard error: bad arguments and bad
   * input (exit {@link #BAD_INPUT}), an internal error (exit 1, the stack trace only with
   * {@code TRACKER_DEBUG} set).
   */
  static CommandLine withErrorHandling(CommandLine commandLine) {
    commandLine.setParameterExceptionHandler((ex, arguments) -> {
      ex.getCommandLine().getErr().println(usageProblem(ex));
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
      cmd.getErr().println("tracker: 内部错误, 请报告: " + InputException.quote(ex.toString()));
      if (System.getenv("TRACKER_DEBUG") != null) {
        ex.printStackTrace(cmd.getErr());
      }
      cmd.getErr().flush();
      return CommandLine.ExitCode.SOFTWARE;
    });
    return commandLine;
  }

  /**
   * The one line for arguments picocli could not take: {@code tracker report: 缺少选项 --as-of=DATE
   * (见 tracker report --help)}.
   */
  static String usageProblem(ParameterException ex) {
    String command = ex.getCommandLine().getCommandSpec().qualifiedName();
    String problem;
    if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      problem = "缺少" + (missing.getMissing().get(0).isOption() ? "选项 " : "参数 ")
          + missing.getMissing().stream().map(TrackerCommand::label).collect(Collectors.joining(", "));
    } else if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      problem = "不认识的参数 " + InputException.quote(unmatched.getUnmatched().get(0));
    } else if (ex.getArgSpec() != null && ex.getValue() != null) {
      ArgSpec arg = ex.getArgSpec();
      problem = (arg instanceof OptionSpec option ? "选项 " + option.longestName() : "参数 " + arg.paramLabel())
          + " 的值 " + InputException.quote(ex.getValue()) + " 无效: 应为" + expected(arg);
    } else {
      problem = "参数有误: " + InputException.quote(ex.getMessage());
    }
    return command + ": " + problem + " (见 " + command + " --help)";
  }

  /** What a value of {@code arg} looks like, for the message refusing one. */
  private static String expected(ArgSpec arg) {
    Class<?> type = arg.type();
    if (type == LocalDate.class) {
      return "日期, 如 2023-06-30";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "整数";
    }
    if (type == Charset.class) {
      return "字符集名称, 如 GBK";
    }
    return " " + arg.paramLabel();
  }

  /** {@code --as-of=DATE} for an option, {@code FILE} for a positional parameter. */
  private static String label(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() + "=" + option.paramLabel() : arg.paramLabel();
  }
}
