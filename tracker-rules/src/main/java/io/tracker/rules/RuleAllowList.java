package io.tracker.rules;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What analysts' rules may use (允许清单): the one list both the source check ({@link RuleSafety}) and
 * the bytecode verifier ({@link RuleBytecode}) ask. Names are binary class names with dots
 * ({@code java.util.Map$Entry}); a nested class is allowed when its outermost class is.
 *
 * <ul>
 *   <li>the library's fact and helper types (listed one by one: nothing that reads, writes, compiles
 *       or assesses);
 *   <li>from {@code java.lang}: the boxed numbers, {@code String}, {@code StringBuilder},
 *       {@code Math}, {@code Object} (only {@code equals}, {@code hashCode}, {@code toString}) and a
 *       few interfaces and runtime exceptions;
 *   <li>{@code java.math}; {@code java.time} with its {@code format} and {@code temporal} packages,
 *       without {@code Clock}, {@code now(…)} or the host's time zone;
 *   <li>{@code java.util} collections, {@code Optional*}, {@code Objects}, {@code Comparator},
 *       {@code Locale} (without {@code setDefault}), and the {@code java.util.function} interfaces.
 * </ul>
 *
 * Members that read the host's state, reflect or make huge virtual collections are refused even on
 * an allowed type ({@link #memberRefusal}).
 */
final class RuleAllowList {
  private static final Set<String> LIBRARY = Set.of(
      "io.tracker.rules.Light", "io.tracker.rules.RiskFlag", "io.tracker.rules.TaskLight", "io.tracker.rules.EarlierLight",
      "io.tracker.rules.TargetRef",
      "io.tracker.target.Bound", "io.tracker.target.Period", "io.tracker.target.Target",
      "io.tracker.target.TargetKind", "io.tracker.target.SourceSpan", "io.tracker.target.Due",
      "io.tracker.quantity.Magnitude", "io.tracker.quantity.Quantity", "io.tracker.quantity.Unit",
      "io.tracker.task.Deadline", "io.tracker.task.Responsibility", "io.tracker.task.ResponsibleUnit",
      "io.tracker.task.Role", "io.tracker.task.Section", "io.tracker.task.Task", "io.tracker.task.TaskBook",
      "io.tracker.ledger.ExpectedProgress", "io.tracker.ledger.ProgressReport",
      "io.tracker.ledger.ReportHistory", "io.tracker.ledger.Status", "io.tracker.ledger.ProgressLedger");

  /** Every public type of the facts package is a fact or a helper. */
  private static final String FACT_PACKAGE = "io.tracker.rules.fact";

  private static final Set<String> JAVA_LANG = Set.of(
      "Object", "String", "StringBuilder", "CharSequence", "Character", "Integer", "Long", "Short",
      "Byte", "Double", "Float", "Boolean", "Number", "Math", "StrictMath", "Comparable", "Iterable",
      "Enum", "Record", "Override", "SuppressWarnings", "RuntimeException", "IllegalArgumentException",
      "IllegalStateException", "ArithmeticException", "NullPointerException",
      "IndexOutOfBoundsException", "UnsupportedOperationException", "NumberFormatException");

  private static final Set<String> JAVA_UTIL = Set.of(
      "List", "Map", "Set", "Collection", "SortedMap", "SortedSet", "NavigableMap", "NavigableSet",
      "Queue", "Deque", "ArrayDeque", "Iterator", "ListIterator", "Optional", "OptionalInt",
      "OptionalLong", "OptionalDouble", "Objects", "Comparator", "ArrayList", "LinkedList", "HashMap",
      "HashSet", "LinkedHashMap", "LinkedHashSet", "TreeMap", "TreeSet", "EnumMap", "EnumSet",
      "Arrays", "Collections", "StringJoiner", "Locale", "AbstractMap", "NoSuchElementException");

  /** Packages all of whose public types are allowed (except those in {@link #TYPES_REFUSED}). */
  private static final Set<String> PACKAGES = Set.of(
      "java.math", "java.time", "java.time.format", "java.time.temporal", "java.util.function");

  private static final Set<String> TYPES_REFUSED = Set.of("java.time.Clock", "java.time.InstantSource");

  /** Members refused on any type: the clock, reflection, threads, the engine behind a rule. */
  private static final Map<String, String> MEMBERS_REFUSED_EVERYWHERE = Map.ofEntries(
      Map.entry("now", "规则里的\"今天\"是评估日期 (AsOf 事实), 不读系统时钟"),
      Map.entry("getClass", "反射"), Map.entry("getClassLoader", "类加载"),
      Map.entry("getContextClassLoader", "类加载"), Map.entry("forName", "类加载"),
      Map.entry("wait", "线程控制"), Map.entry("notify", "线程控制"), Map.entry("notifyAll", "线程控制"),
      Map.entry("currentThread", "线程控制"), Map.entry("setDefault", "改变宿主的全局设置"),
      Map.entry("systemDefault", "读宿主的时区"), Map.entry("systemDefaultZone", "读宿主的时区"),
      Map.entry("getRuntime", "进程控制"), Map.entry("exec", "进程控制"), Map.entry("exit", "进程控制"),
      Map.entry("halt", "控制规则引擎"), Map.entry("getKieRuntime", "访问规则引擎"),
      Map.entry("getKnowledgeRuntime", "访问规则引擎"), Map.entry("getWorkingMemory", "访问规则引擎"),
      Map.entry("getKieBase", "访问规则引擎"), Map.entry("getEntryPoint", "访问规则引擎"),
      Map.entry("getEntryPoints", "访问规则引擎"), Map.entry("getChannels", "访问规则引擎"),
      Map.entry("getSession", "访问规则引擎"), Map.entry("getAgenda", "访问规则引擎"),
      Map.entry("getContext", "访问规则引擎"), Map.entry("getMatch", "访问规则引擎"),
      Map.entry("setFocus", "访问规则引擎"), Map.entry("getProperty", "读系统属性"),
      Map.entry("getenv", "读环境变量"), Map.entry("invoke", "反射"), Map.entry("newInstance", "反射"),
      Map.entry("setAccessible", "反射"));

  /** Members refused on one allowed type. */
  private static final Map<String, Set<String>> MEMBERS_REFUSED = Map.of(
      "java.lang.Integer", Set.of("getInteger"),
      "java.lang.Long", Set.of("getLong"),
      "java.lang.Boolean", Set.of("getBoolean"),
      "java.lang.Math", Set.of("random"),
      "java.lang.StrictMath", Set.of("random"),
      "java.util.Collections", Set.of("nCopies"),
      "java.util.Locale", Set.of("setDefault"));

  /** {@code Object}'s members other than these reach the class, the monitor or the thread. */
  private static final Set<String> OBJECT_MEMBERS = Set.of("<init>", "equals", "hashCode", "toString");

  private RuleAllowList() {}

  /** Whether analysts' rules may use the type {@code binaryName}. */
  static boolean typeAllowed(String binaryName) {
    String name = outermost(binaryName);
    if (TYPES_REFUSED.contains(name) || LIBRARY.contains(name)) {
      return LIBRARY.contains(name);
    }
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return false;
    }
    String pkg = name.substring(0, dot);
    String simple = name.substring(dot + 1);
    return switch (pkg) {
      case "java.lang" -> JAVA_LANG.contains(simple);
      case "java.util" -> JAVA_UTIL.contains(simple);
      case FACT_PACKAGE -> true;
      default -> PACKAGES.contains(pkg);
    };
  }

  /** Whether every public type of package {@code name} is allowed (for {@code import name.*}). */
  static boolean packageAllowed(String name) {
    return name.equals(FACT_PACKAGE) || PACKAGES.contains(name);
  }

  /**
   * Why the member {@code member} of the allowed type {@code owner} is refused, if it is; for an
   * unknown owner ({@code null}) the members refused on every type.
   */
  static Optional<String> memberRefusal(String owner, String member) {
    String everywhere = MEMBERS_REFUSED_EVERYWHERE.get(member);
    if (everywhere != null) {
      return Optional.of(everywhere);
    }
    if (owner == null) {
      return Optional.empty();
    }
    if (owner.equals("java.lang.Object") && !OBJECT_MEMBERS.contains(member)) {
      return Optional.of("只能用 Object 的 equals/hashCode/toString");
    }
    if (MEMBERS_REFUSED.getOrDefault(outermost(owner), Set.of()).contains(member)) {
      return Optional.of(member.equals("nCopies") ? "可以造出不占内存的超大集合" : "读或改宿主的全局状态");
    }
    return Optional.empty();
  }

  private static String outermost(String binaryName) {
    int dollar = binaryName.indexOf('$');
    return dollar < 0 ? binaryName : binaryName.substring(0, dollar);
  }

  /** The message tail that says what is allowed and where the trust model is documented. */
  static final String HINT =
      ": 规则只能使用事实和辅助类型, java.lang 的数字/字符串/数学, java.math, java.time (不读时钟) 和集合 (见 docs/rules.md 信任模型)";
}
