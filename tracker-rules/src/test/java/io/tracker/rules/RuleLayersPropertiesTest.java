package io.tracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The two layers agree: a generated rule source mixing allowed statements with, or without, a
 * forbidden reference spelled in one of many ways is either refused by the source check, or compiles
 * to classes in which the bytecode verifier finds nothing forbidden; and benign sources are never
 * refused. The sources that pass are compiled together (one build) and verified.
 */
class RuleLayersPropertiesTest {
  static final List<String> SAFE = List.of(
      "BigDecimal x = BigDecimal.ONE.add(BigDecimal.TEN).setScale(2, java.math.RoundingMode.HALF_UP);",
      "int m = Math.max(1, $n.intValue());",
      "String s = \"Runtime.exec 与 System.exit 只是文字\";",
      "// Class.forName in a comment",
      "/* java.lang.System.exit(0); */",
      "List<String> l = new java.util.ArrayList<>(List.of(\"a\", \"b\"));",
      "long d = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2023, 1, 1), java.time.LocalDate.of(2023, 6, 30));",
      "StringBuilder b = new StringBuilder().append('x').append(drools.getRule().getName());",
      "String t = \"\"\"\n    文字块 System.exit(0)\n    \"\"\";",
      "java.util.function.BinaryOperator<BigDecimal> add = BigDecimal::add;",
      "java.util.Map<String, Integer> counts = new java.util.HashMap<>(); counts.merge(\"a\", 1, Integer::sum);",
      "java.time.YearMonth ym = java.time.YearMonth.of(2023, 6);",
      "Object o = java.util.Objects.requireNonNullElse(null, \"x\");",
      "int h = java . lang . Math . abs( -3 );",
      "insert( Integer.valueOf( 7 ) );");

  /** A forbidden member: its type, qualified, and the call after it. */
  record Forbidden(String type, String call, boolean noArguments) {
    String simpleType() {
      return type.substring(type.lastIndexOf('.') + 1);
    }

    String member() {
      return call.substring(0, call.indexOf('('));
    }
  }

  static final List<Forbidden> FORBIDDEN = List.of(
      new Forbidden("java.lang.System", "exit(0)", false),
      new Forbidden("java.lang.Runtime", "getRuntime()", true),
      new Forbidden("java.lang.Thread", "currentThread()", true),
      new Forbidden("java.time.Clock", "systemUTC()", true),
      new Forbidden("java.time.LocalDate", "now()", true),
      new Forbidden("java.time.Instant", "now()", true),
      new Forbidden("java.time.ZoneId", "systemDefault()", true),
      new Forbidden("java.util.Locale", "setDefault(java.util.Locale.ROOT)", false),
      new Forbidden("java.lang.Integer", "getInteger(\"user.home\")", false),
      new Forbidden("java.util.Collections", "nCopies(2, \"x\")", false),
      new Forbidden("java.lang.Math", "random()", true),
      new Forbidden("java.lang.ClassLoader", "getSystemClassLoader()", true),
      new Forbidden("java.lang.ProcessHandle", "current()", true));

  enum Spelling { QUALIFIED, IMPORTED, SPACED, LINE_BREAKS, COMMENTS, STATIC_IMPORT, STATIC_WILDCARD, WILDCARD_IMPORT,
    METHOD_REFERENCE, AFTER_TEXT_BLOCK, UNICODE_ESCAPE }

  /** One generated rule: its imports and its consequence. */
  record Sample(List<String> imports, List<String> statements, boolean forbidden) {
    String drl(String rule) {
      StringBuilder drl = new StringBuilder("package io.tracker.rules.generated;\nimport java.math.BigDecimal;\nimport java.util.List;\n");
      imports.forEach(i -> drl.append(i).append('\n'));
      drl.append("rule \"").append(rule).append("\"\nwhen\n  $n : Integer()\nthen\n");
      statements.forEach(s -> drl.append("  {\n    ").append(s).append("\n  }\n"));
      return drl.append("end\n").toString();
    }
  }

  static Optional<String[]> spell(Forbidden f, Spelling spelling) {
    String q = f.type();
    String s = f.simpleType();
    return Optional.ofNullable(switch (spelling) {
      case QUALIFIED -> new String[] {"", q + "." + f.call() + ";"};
      case IMPORTED -> new String[] {"import " + q + ";", s + "." + f.call() + ";"};
      case SPACED -> new String[] {"", String.join(" . ", q.split("\\.")) + " . " + f.call() + ";"};
      case LINE_BREAKS -> new String[] {"", String.join(".\n    ", q.split("\\.")) + ".\n    " + f.call() + ";"};
      case COMMENTS -> new String[] {"", String.join("./* 注释 */", q.split("\\.")) + "./**/" + f.call() + ";"};
      case STATIC_IMPORT -> new String[] {"import static " + q + "." + f.member() + ";", f.call() + ";"};
      case STATIC_WILDCARD -> new String[] {"import static " + q + ".*;", f.call() + ";"};
      case WILDCARD_IMPORT -> new String[] {"import " + q.substring(0, q.lastIndexOf('.')) + ".*;", s + "." + f.call() + ";"};
      case METHOD_REFERENCE -> f.noArguments()
          ? new String[] {"", "java.util.function.Supplier<Object> r = " + q + "::" + f.member() + ";"} : null;
      case AFTER_TEXT_BLOCK -> new String[] {"", "String tb = \"\"\"\n    x\n    \"\"\"; " + q + "." + f.call() + ";"};
      case UNICODE_ESCAPE -> new String[] {"", q.replace(".", ".\\u0020") + "." + f.call() + ";"};
    });
  }

  static Gen<Sample> samples() {
    Gen<List<String>> safe = lists().of(Generate.pick(SAFE)).ofSizeBetween(0, 6);
    Gen<Integer> forbidden = integers().between(-1, FORBIDDEN.size() - 1);
    Gen<Spelling> spellings = Generate.enumValues(Spelling.class);
    return safe.zip(forbidden, spellings, integers().between(0, 6), (statements, f, spelling, at) -> {
      List<String> body = new ArrayList<>(statements);
      List<String> imports = new ArrayList<>();
      Optional<String[]> spelled = f < 0 ? Optional.empty() : spell(FORBIDDEN.get(f), spelling);
      spelled.ifPresent(parts -> {
        if (!parts[0].isEmpty()) {
          imports.add(parts[0]);
        }
        body.add(Math.min(at, body.size()), parts[1]);
      });
      return new Sample(imports, body, spelled.isPresent());
    });
  }

  @Test
  void everySourceIsRefusedOrVerifiesCleanAndBenignOnesAreNeverRefused() {
    List<String> passed = new ArrayList<>();
    qt().withFixedSeed(2023L).withExamples(300).forAll(samples()).checkAssert(sample -> {
      String rule = "样本" + passed.size();
      List<RuleProblem> problems = RuleSafety.check("g.drl", sample.drl(rule));
      if (sample.forbidden()) {
        assertThat(problems).as(sample.drl(rule)).isNotEmpty();
      } else {
        assertThat(problems).as(sample.drl(rule)).isEmpty();
      }
      if (problems.isEmpty() && passed.size() < 60) {
        passed.add(sample.drl(rule));
      }
    });
    assertThat(passed).hasSizeGreaterThan(20);
    KieServices services = KieServices.Factory.get();
    ReleaseId id = services.newReleaseId("io.tracker.rules", "layers-properties", "1.0.0");
    Map<String, String> files = new java.util.TreeMap<>();
    for (int i = 0; i < passed.size(); i++) {
      files.put("g" + i + ".drl", passed.get(i));
    }
    try {
      KieBuilder builder = RuleCompiler.build(services, id, files);
      assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
      Map<String, byte[]> utf8 = new java.util.TreeMap<>();
      files.forEach((path, text) -> utf8.put(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(RuleCompiler.verify(builder, PreparedRules.trusted(RuleSet.of(utf8)))).isEmpty();
    } finally {
      services.getRepository().removeKieModule(id);
    }
  }
}
