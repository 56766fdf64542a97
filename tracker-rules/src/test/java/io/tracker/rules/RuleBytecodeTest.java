package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The bytecode verifier on its own: rules the source check would refuse are built without it, and the
 * verifier must refuse each of them from the classes Drools generated, naming the rule (or function).
 * One build holds all attacks (a build takes seconds).
 */
class RuleBytecodeTest {
  /** Rule name → consequence: every attack that compiles. */
  static final Map<String, String> ATTACKS = new LinkedHashMap<>();

  static {
    ATTACKS.put("exit", "System.exit( 3 );");
    ATTACKS.put("spaced", "java . lang . Runtime . getRuntime();");
    ATTACKS.put("commented", "java./* x */lang./* y */System.exit( 0 );");
    ATTACKS.put("textBlock", "String s = \"\"\"\n  a\n  \"\"\"; System.exit( 0 );");
    ATTACKS.put("unicodeEscape", "String s = \"\\u0022; System.exit(0); //\";");
    ATTACKS.put("methodReference", "java.util.function.Supplier<Object> r = Runtime::getRuntime;");
    ATTACKS.put("reflection", "Object m = \"x\".getClass();");
    ATTACKS.put("classLiteral", "Object m = String.class.getMethods();");
    ATTACKS.put("clock", "Object d = java.time.LocalDate.now();");
    ATTACKS.put("clockType", "Object c = java.time.Clock.systemUTC();");
    ATTACKS.put("instant", "Object i = java.time.Instant.now();");
    ATTACKS.put("zone", "Object z = java.time.ZoneId.systemDefault();");
    ATTACKS.put("locale", "java.util.Locale.setDefault( java.util.Locale.ROOT );");
    ATTACKS.put("contextLoader", "Object l = Thread.currentThread().getContextClassLoader();");
    ATTACKS.put("systemProperty", "Integer i = Integer.getInteger( \"user.home\" );");
    ATTACKS.put("engine", "drools.getKieRuntime();");
    ATTACKS.put("halt", "drools.halt();");
    ATTACKS.put("file", "new java.io.File( \"/tmp/x\" ).exists();");
    ATTACKS.put("loop", "int i = 0; while ( i < $n ) { i++; }");
    ATTACKS.put("lambda", "Runnable r = () -> { }; r.run();");
    ATTACKS.put("anonymousClass", "Object o = new Object() { public String toString() { return \"x\"; } };");
    ATTACKS.put("synchronized", "synchronized ( this ) { }");
    ATTACKS.put("hugeVirtualList", "Object l = java.util.Collections.nCopies( 3, \"x\" );");
  }

  static final String DRL = "package io.tracker.rules.attack;\n"
      + "global java.util.List sink;\n"
      + "function int down(int n) { return n <= 0 ? 0 : down(n - 1); }\n"
      + "function String home() { return System.getenv( \"HOME\" ); }\n"
      + "declare Evil\n  f : String = System.getProperty( \"user.home\" )\nend\n"
      + "declare Node\n  depth : int = new Node().getDepth() + 1\nend\n";

  static List<RuleProblem> problems;

  @BeforeAll
  static void buildWithoutTheSourceCheck() {
    StringBuilder drl = new StringBuilder(DRL);
    ATTACKS.forEach((name, code) -> drl.append("rule \"").append(name).append("\"\nwhen\n  $n : Integer()\nthen\n  ")
        .append(code).append("\nend\n"));
    drl.append("rule \"from\"\nwhen\n  $s : String() from System.getProperty( \"user.home\" )\nthen\nend\n");
    drl.append("rule \"eval\"\nwhen\n  eval( Runtime.getRuntime() != null )\nthen\nend\n");
    drl.append("rule \"callsFunctions\"\nwhen\nthen\n  int d = down( 3 ); String h = home();\nend\n");
    RuleSet rules = RuleSet.of(Map.of("attack.drl", drl.toString().getBytes(StandardCharsets.UTF_8)));
    KieServices services = KieServices.Factory.get();
    ReleaseId id = services.newReleaseId("io.tracker.rules", "bytecode-test", "1.0.0");
    try {
      KieBuilder builder = RuleCompiler.build(services, id, Map.of("attack.drl", drl.toString()));
      assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
      problems = RuleCompiler.verify(builder, PreparedRules.trusted(rules));
    } finally {
      services.getRepository().removeKieModule(id);
    }
  }

  @Test
  void everyAttackIsRefusedAndNamesItsRuleFileAndLine() {
    for (String rule : ATTACKS.keySet()) {
      assertThat(problems).as(rule).anySatisfy(p -> {
        assertThat(p.rule()).isEqualTo(rule);
        assertThat(p.file()).isEqualTo("attack.drl");
        assertThat(p.line()).isPositive();
        assertThat(p.message()).startsWith("字节码校验: ");
      });
    }
  }

  @Test
  void fromAndEvalExpressionsAreVerifiedToo() {
    assertThat(problems).anySatisfy(p -> assertThat(p.rule()).isEqualTo("from"));
    assertThat(problems).anySatisfy(p -> assertThat(p.rule()).isEqualTo("eval"));
  }

  @Test
  void recursiveAndForbiddenFunctionsAndDeclaredInitialValuesAreRefused() {
    assertThat(problems).anySatisfy(p -> assertThat(p.message()).startsWith("函数 \"down\"").contains("递归"));
    assertThat(problems).anySatisfy(p -> assertThat(p.message()).startsWith("函数 \"home\"").contains("java.lang.System"));
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.toString()).startsWith("attack.drl:5:0: declare \"Evil\": 字节码校验: ");
      assertThat(p.message()).contains("java.lang.System.getProperty");
    });
  }

  @Test
  void aDeclaredTypeWhoseInitialValueMakesItselfIsRecursion() {
    // new Node() runs the initialiser, which makes a new Node: a StackOverflowError in the host
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.toString()).startsWith("attack.drl:8:0: declare \"Node\": 字节码校验: ");
      assertThat(p.message()).contains("递归");
    });
  }

  @Test
  void thePrecompiledDefaultRulesPassTheVerifier() {
    Map<String, byte[]> archive = PrecompiledDefaults.archive();
    assertThat(archive.keySet()).anyMatch(name -> name.endsWith(".class"));
    assertThat(RuleBytecode.verify(archive)).isEmpty();
  }
}
