package io.tracker.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.tracker.InputException;
import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * A progress ledger kept in a relational database over plain JDBC: the append-only table
 * {@code progress_report}, one row per report, a correction being a new row (docs/ledger.md,
 * "Database form", gives the schema and its MySQL and 达梦 variants).
 *
 * <p>The schema is versioned SQL shipped in this jar ({@code io/tracker/ledger/sql/V1__….sql}),
 * applied by {@link #migrate()} and recorded in {@code tracker_schema_version}; {@link #append}
 * migrates first, so writing to an empty database just works. Tested with H2 2.x and PostgreSQL 15.
 *
 * <pre>{@code
 * JdbcLedgerStore store = JdbcLedgerStore.of(dataSource, "台账库");
 * store.append(List.of(ProgressReport.value("5", 2, asOf, new BigDecimal("3.2"), "县财政局")));
 * ProgressLedger ledger = store.read(book);
 * }</pre>
 *
 * <p>Values and percents are kept exactly as reported, scale included (3.20 stays 3.20), up to 28
 * digits before and 10 after the decimal point; the offset of {@code reportedAt} is kept too
 * (PostgreSQL's {@code TIMESTAMP WITH TIME ZONE} keeps only the instant). A report that does not fit
 * the table (a longer text, more decimals) is refused whole with {@link IllegalArgumentException}
 * before anything is written.
 */
public final class JdbcLedgerStore implements LedgerStore {
  /** The versions of the schema, in order; version N is {@code sql/V<N>__<name>.sql}. */
  private static final List<String> MIGRATIONS = List.of("V1__progress_report.sql", "V2__milestone.sql");
  private static final String TABLE = "progress_report";
  private static final String VERSIONS = "tracker_schema_version";
  private static final String[] COLUMNS = {
    "id", "task", "target", "as_of", "reported_value", "reported_value_scale", "status", "percent", "percent_scale", "note",
    "problems", "next_steps", "reporter", "reported_at", "reported_offset", "milestone"
  };
  private static final int MAX_TEXT = 4000;
  private static final int MAX_SCALE = 10;
  private static final int MAX_INTEGER_DIGITS = 28;

  private final DataSource dataSource;
  private final String name;

  private JdbcLedgerStore(DataSource dataSource, String name) {
    this.dataSource = dataSource;
    this.name = name;
  }

  /**
   * The ledger in the database {@code dataSource} connects to (its default schema).
   *
   * @param name what error messages call the database, e.g. its URL without credentials
   */
  public static JdbcLedgerStore of(DataSource dataSource, String name) {
    return new JdbcLedgerStore(requireNonNull(dataSource, "dataSource"), requireNonNull(name, "name"));
  }

  /**
   * The ledger in the database at {@code url}, connected with {@link DriverManager} (the driver must
   * be on the class path: H2 and PostgreSQL are, for the command line). Messages name the URL without
   * its parameters ({@code ?…} and {@code ;…}), where credentials may be.
   */
  public static JdbcLedgerStore open(String url) {
    requireNonNull(url, "url");
    return new JdbcLedgerStore(new DriverManagerSource(url), withoutParameters(url));
  }

  static String withoutParameters(String url) {
    int end = url.length();
    for (char c : new char[] {'?', ';'}) {
      int at = url.indexOf(c);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return url.substring(0, end);
  }

  /** The schema version the database has: 0 before {@link #migrate()}. */
  public int schemaVersion() throws IOException {
    try (Connection c = dataSource.getConnection()) {
      return schemaVersion(c);
    } catch (SQLException e) {
      throw failure("读取表结构版本", e);
    }
  }

  /**
   * Brings the schema to this library's version, applying the versions the database lacks in order;
   * does nothing when it is current.
   *
   * @throws IllegalStateException if the database has a newer schema than this library knows
   */
  public void migrate() throws IOException {
    try (Connection c = dataSource.getConnection()) {
      if (!hasTable(c, VERSIONS)) {
        try (Statement s = c.createStatement()) {
          s.execute("CREATE TABLE " + VERSIONS + " (version INTEGER PRIMARY KEY, script VARCHAR(200) NOT NULL)");
        }
      }
      int current = schemaVersion(c);
      if (current > MIGRATIONS.size()) {
        throw new IllegalStateException("数据库 " + name + " 的台账表结构版本为 " + current + "，高于本程序所知的 "
            + MIGRATIONS.size() + "：应使用更新版本的 tracker");
      }
      for (int version = current + 1; version <= MIGRATIONS.size(); version++) {
        apply(c, version, MIGRATIONS.get(version - 1));
      }
    } catch (SQLException e) {
      throw failure("建立台账表", e);
    }
  }

  private void apply(Connection c, int version, String script) throws SQLException {
    inTransaction(c, () -> {
      try (Statement s = c.createStatement()) {
        for (String statement : statements(script)) {
          s.execute(statement);
        }
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO " + VERSIONS + " (version, script) VALUES (?, ?)")) {
        p.setInt(1, version);
        p.setString(2, script);
        p.executeUpdate();
      }
    });
  }

  /** Work on a connection that is committed whole or rolled back whole. */
  @FunctionalInterface
  private interface SqlWork {
    void run() throws SQLException;
  }

  private static void inTransaction(Connection c, SqlWork work) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      work.run();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /** The statements of a migration script: separated by ";" at the end of a line, "--" comments left out. */
  static List<String> statements(String script) {
    String text;
    try (InputStream in = JdbcLedgerStore.class.getResourceAsStream("sql/" + script)) {
      if (in == null) {
        throw new IllegalStateException("sql/" + script + " is missing from the class path");
      }
      text = new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder code = new StringBuilder();
    text.lines().filter(l -> !l.strip().startsWith("--")).forEach(l -> code.append(l).append('\n'));
    return Arrays.stream(code.toString().split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private int schemaVersion(Connection c) throws SQLException {
    if (!hasTable(c, VERSIONS)) {
      return 0;
    }
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM " + VERSIONS)) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  /** Whether the connection's current schema has table {@code table} (upper, lower or as written). */
  private static boolean hasTable(Connection c, String table) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    for (String candidate : new String[] {table, table.toUpperCase(java.util.Locale.ROOT)}) {
      try (ResultSet r = meta.getTables(c.getCatalog(), c.getSchema(), candidate, new String[] {"TABLE"})) {
        if (r.next()) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public boolean exists() throws IOException {
    try (Connection c = dataSource.getConnection()) {
      return hasTable(c, TABLE);
    } catch (SQLException e) {
      throw failure("连接", e);
    }
  }

  /**
   * Every report in recording order (by {@code id}), each checked against {@code book}. A problem is
   * cited as {@code NAME:ID:COLUMN}: the row's id and the 1-based position of the column in the table.
   *
   * @throws InputException for a row that fails a check, or a database without the ledger table
   */
  @Override
  public ProgressLedger read(TaskBook book) throws IOException {
    LedgerCheck check = LedgerCheck.of(book);
    List<ProgressReport> reports = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      if (!hasTable(c, TABLE)) {
        throw new InputException(name, 0, 0, "数据库中没有进度台账表 " + TABLE
            + "：应为 collect --out 写入过的台账数据库（或先执行 docs/ledger.md 中的建表语句）");
      }
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT " + String.join(", ", COLUMNS) + " FROM " + TABLE + " ORDER BY id")) {
        while (r.next()) {
          long id = r.getLong("id");
          ProgressReport report = report(r, id);
          Optional<LedgerProblem> problem = check.problem(report);
          if (problem.isPresent()) {
            throw new InputException(name, (int) Math.min(id, Integer.MAX_VALUE), columnOf(problem.get().column()),
                problem.get().message());
          }
          reports.add(report);
        }
      }
    } catch (SQLException e) {
      throw failure("读取台账", e);
    }
    return ProgressLedger.of(reports);
  }

  private ProgressReport report(ResultSet r, long id) throws SQLException {
    int target = r.getInt("target");
    OptionalInt position = r.wasNull() ? OptionalInt.empty() : OptionalInt.of(target);
    String statusText = r.getString("status");
    Optional<Status> status = Optional.empty();
    if (statusText != null) {
      status = Optional.of(Arrays.stream(Status.values()).filter(v -> v.name().equals(statusText)).findFirst()
          .orElseThrow(() -> new InputException(name, (int) id, columnOf(LedgerColumn.STATUS), "状态 "
              + InputException.quote(statusText) + " 无法识别：应为 " + Arrays.toString(Status.values()))));
    }
    OffsetDateTime at = r.getObject("reported_at", OffsetDateTime.class);
    int offset = r.getInt("reported_offset");
    Optional<OffsetDateTime> reportedAt = at == null ? Optional.empty()
        : Optional.of(r.wasNull() ? at : at.toInstant().atOffset(ZoneOffset.ofTotalSeconds(offset)));
    return new ProgressReport(r.getString("task"), position, r.getObject("as_of", LocalDate.class),
        decimal(r, "reported_value"), status, decimal(r, "percent"), r.getString("note"), r.getString("problems"),
        r.getString("next_steps"), r.getString("reporter"), reportedAt, r.getString("milestone"));
  }

  /** The decimal in {@code column} at the scale kept beside it; without one, without trailing zeros. */
  private static Optional<BigDecimal> decimal(ResultSet r, String column) throws SQLException {
    BigDecimal stored = r.getBigDecimal(column);
    if (stored == null) {
      return Optional.empty();
    }
    int scale = r.getInt(column + "_scale");
    if (r.wasNull()) {
      BigDecimal plain = stored.stripTrailingZeros();
      return Optional.of(plain.scale() < 0 ? plain.setScale(0) : plain);
    }
    return Optional.of(stored.setScale(scale, RoundingMode.UNNECESSARY));
  }

  private static int columnOf(LedgerColumn column) {
    String sql = switch (column) {
      case TASK -> "task";
      case TARGET -> "target";
      case AS_OF -> "as_of";
      case VALUE -> "reported_value";
      case STATUS -> "status";
      case PERCENT -> "percent";
      case NOTE -> "note";
      case PROBLEMS -> "problems";
      case NEXT_STEPS -> "next_steps";
      case REPORTER -> "reporter";
      case REPORTED_AT -> "reported_at";
      case MILESTONE -> "milestone";
    };
    return Arrays.asList(COLUMNS).indexOf(sql) + 1;
  }

  /**
   * Appends {@code reports} in one transaction, after migrating the schema if needed.
   *
   * @throws IllegalArgumentException if a report does not fit the table; nothing is written then
   */
  @Override
  public void append(List<ProgressReport> reports) throws IOException {
    requireNonNull(reports, "reports");
    reports.forEach(JdbcLedgerStore::checkFits);
    migrate();
    String insert = "INSERT INTO " + TABLE + " (" + String.join(", ", Arrays.asList(COLUMNS).subList(1, COLUMNS.length))
        + ") VALUES (" + "?, ".repeat(COLUMNS.length - 2) + "?)";
    try (Connection c = dataSource.getConnection()) {
      inTransaction(c, () -> {
        try (PreparedStatement p = c.prepareStatement(insert)) {
          for (ProgressReport report : reports) {
            bind(p, report);
            p.addBatch();
          }
          p.executeBatch();
        }
      });
    } catch (SQLException e) {
      throw failure("写入台账", e);
    }
  }

  private static void bind(PreparedStatement p, ProgressReport r) throws SQLException {
    p.setString(1, r.taskId());
    if (r.target().isPresent()) {
      p.setInt(2, r.target().getAsInt());
    } else {
      p.setNull(2, Types.INTEGER);
    }
    p.setObject(3, r.asOf());
    bindDecimal(p, 4, r.value());
    p.setString(6, r.status().map(Status::name).orElse(null));
    bindDecimal(p, 7, r.percent());
    p.setString(9, r.note());
    p.setString(10, r.problems());
    p.setString(11, r.nextSteps());
    p.setString(12, r.reporter());
    if (r.reportedAt().isPresent()) {
      p.setObject(13, r.reportedAt().get());
      p.setInt(14, r.reportedAt().get().getOffset().getTotalSeconds());
    } else {
      p.setNull(13, Types.TIMESTAMP_WITH_TIMEZONE);
      p.setNull(14, Types.INTEGER);
    }
    p.setString(15, r.milestone());
  }

  private static void bindDecimal(PreparedStatement p, int index, Optional<BigDecimal> value) throws SQLException {
    if (value.isPresent()) {
      p.setBigDecimal(index, value.get());
      p.setInt(index + 1, value.get().scale());
    } else {
      p.setNull(index, Types.DECIMAL);
      p.setNull(index + 1, Types.SMALLINT);
    }
  }

  private static void checkFits(ProgressReport r) {
    String what = "任务 " + InputException.quote(r.taskId()) + " 截至 " + r.asOf() + " 的报送";
    checkLength(what, "task", r.taskId(), 32);
    checkLength(what, "note", r.note(), MAX_TEXT);
    checkLength(what, "problems", r.problems(), MAX_TEXT);
    checkLength(what, "next_steps", r.nextSteps(), MAX_TEXT);
    checkLength(what, "reporter", r.reporter(), 200);
    checkLength(what, "milestone", r.milestone(), 200);
    for (Optional<BigDecimal> decimal : List.of(r.value(), r.percent())) {
      decimal.ifPresent(d -> {
        if (d.scale() > MAX_SCALE || d.precision() - d.scale() > MAX_INTEGER_DIGITS) {
          throw new IllegalArgumentException(what + "：数值 " + d.toPlainString() + " 超出台账表的范围：应至多 "
              + MAX_INTEGER_DIGITS + " 位整数、" + MAX_SCALE + " 位小数");
        }
      });
    }
  }

  private static void checkLength(String what, String column, String text, int max) {
    if (text.length() > max) {
      throw new IllegalArgumentException(what + "：" + column + " 有 " + text.length() + " 个字符，超出台账表的 "
          + max + " 个");
    }
  }

  private IOException failure(String doing, SQLException e) {
    return new IOException(name + ": " + doing + "失败: " + e.getMessage(), e);
  }

  @Override
  public String toString() {
    return name;
  }

  /** Connections from {@link DriverManager}, for a store named by its URL. */
  private record DriverManagerSource(String url) implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public java.io.PrintWriter getLogWriter() {
      return DriverManager.getLogWriter();
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) {
      throw new UnsupportedOperationException("DriverManager's log writer is global");
    }

    @Override
    public void setLoginTimeout(int seconds) {
      throw new UnsupportedOperationException("DriverManager's login timeout is global");
    }

    @Override
    public int getLoginTimeout() {
      return DriverManager.getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger() {
      return java.util.logging.Logger.getLogger("io.tracker.ledger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
