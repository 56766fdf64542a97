package io.tracker.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of the {@code ./tracker} command line in a test: its exit status and what it printed. */
record CliRun(int status, String out, String err) {
  /** Runs {@code tracker args} with nothing on standard input. */
  static CliRun of(String... args) {
    return withInput(new ByteArrayInputStream(new byte[0]), args);
  }

  /** Runs {@code tracker args} reading {@code stdin}. */
  static CliRun withInput(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = TrackerCommand.execute(args, stdin, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(status, out.toString(), err.toString());
  }

  /** Standard error, line by line. */
  List<String> errLines() {
    return err.lines().toList();
  }
}
