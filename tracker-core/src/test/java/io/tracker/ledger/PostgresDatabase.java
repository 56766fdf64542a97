package io.tracker.ledger;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test fixture: a PostgreSQL database of its own on the local server (Debian's postgresql, as
 * {@code .ci/run} starts it), created through {@code su postgres -c psql} with a user of its own,
 * and dropped with the user by {@link #close()}. Without a running server the test is skipped,
 * except on CI (environment variable CI set), where it fails.
 */
public final class PostgresDatabase implements AutoCloseable {
  private final String name;
  private final String password;

  private PostgresDatabase(String name, String password) {
    this.name = name;
    this.password = password;
  }

  /** A new empty database and its owner, both named {@code tracker_test_<pid>_<nanos>}. */
  public static PostgresDatabase create() throws IOException, InterruptedException {
    String absent = serverAbsent();
    if (absent != null) {
      if (System.getenv("CI") != null) {
        fail(absent);
      }
      assumeTrue(false, absent);
    }
    String name = "tracker_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    String password = Long.toHexString(Double.doubleToLongBits(Math.random()));
    psql("CREATE USER " + name + " PASSWORD '" + password + "'");
    psql("CREATE DATABASE " + name + " OWNER " + name);
    return new PostgresDatabase(name, password);
  }

  /** The JDBC URL of the database, with the user and password as parameters. */
  public String url() {
    return "jdbc:postgresql://localhost:5432/" + name + "?user=" + name + "&password=" + password;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    psql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    psql("DROP USER IF EXISTS " + name);
  }

  /** Why the server cannot be used, or null when it can. */
  private static String serverAbsent() throws InterruptedException {
    try {
      Process ready = new ProcessBuilder("pg_isready", "-h", "localhost", "-p", "5432").redirectErrorStream(true)
          .start();
      if (ready.waitFor(30, TimeUnit.SECONDS) && ready.exitValue() == 0) {
        return null;
      }
      return "no PostgreSQL server on localhost:5432 (pg_ctlcluster 15 main start): "
          + new String(ready.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "PostgreSQL is not installed (apt-get install postgresql): " + e.getMessage();
    }
  }

  private static void psql(String sql) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(List.of("su", "postgres", "-c", "psql -v ON_ERROR_STOP=1 -qc \"" + sql + "\""))
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("psql " + sql + " failed: " + output);
    }
  }
}
