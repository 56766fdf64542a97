package io.tracker.rules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles a {@link RuleSet} into a shareable (thread-safe) KieBase with the executable model. The
 * one place rules are compiled: the analyst's files are first prepared ({@link PreparedRules}: DSL
 * expansion, decision tables, safety check) and every problem is reported against the analyst's file,
 * rule and line ({@link CompilerMessages}); the classes the build generated are then verified
 * ({@link RuleBytecode}) before anything of them runs. Each build's module is removed from the KieRepository and
 * is named after a hash of its sources, so repeated builds (hot reloads) do not accumulate: with
 * random names the generated classes get new names each time and the class loaders' per-name
 * bookkeeping grew by about 50 KB a build.
 */
final class RuleCompiler {
  private static final String SOURCE_ROOT = "src/main/resources/tracker/rules/";
  private static final Object BUILD_LOCK = new Object();

  private RuleCompiler() {}

  /** A compiled rule set: the shareable KieBase and the prepared sources (to place run-time errors). */
  record Compiled(KieBase base, PreparedRules sources) {}

  static Compiled compile(RuleSet rules, RuleLimits limits) {
    PreparedRules prepared = PreparedRules.prepare(rules, limits);
    Map<String, String> drl = drl(prepared);
    KieServices services = KieServices.Factory.get();
    ReleaseId id = services.newReleaseId("io.tracker.rules", "ruleset-" + contentHash(drl), "1.0.0");
    // Builds of identical sources share a module name, so they must not overlap in the repository.
    synchronized (BUILD_LOCK) {
      return new Compiled(buildKieBase(services, id, prepared, drl), prepared);
    }
  }

  private static KieBase buildKieBase(
      KieServices services, ReleaseId id, PreparedRules prepared, Map<String, String> drl) {
    try {
      KieBuilder builder;
      List<Message> errors;
      try {
        builder = build(services, id, drl);
        errors = builder.getResults().getMessages(Message.Level.ERROR);
      } catch (RuntimeException e) {
        throw new RuleSetException(List.of(CompilerMessages.thrown(prepared, e, RuleCompiler::buildThrows)));
      } catch (StackOverflowError e) {
        throw new RuleSetException(List.of(new RuleProblem("", 0, "", "规则无法编译: 表达式嵌套太深 (StackOverflowError), 请拆开长表达式")));
      }
      if (!errors.isEmpty()) {
        throw new RuleSetException(CompilerMessages.problems(prepared, SOURCE_ROOT, errors));
      }
      List<RuleProblem> refused = verify(builder, prepared);
      if (!refused.isEmpty()) {
        throw new RuleSetException(refused);
      }
      return services.newKieContainer(id).newKieBase(services.newKieBaseConfiguration());
    } finally {
      services.getRepository().removeKieModule(id);
    }
  }

  /** The classes a successful build generated, by file name ({@code a/b/C.class}). */
  static Map<String, byte[]> generatedClasses(KieBuilder builder) {
    InternalKieModule module = (InternalKieModule) builder.getKieModule();
    Map<String, byte[]> classes = new java.util.TreeMap<>();
    module.getFileNames().stream().filter(n -> n.endsWith(".class")).forEach(n -> classes.put(n, module.getBytes(n)));
    return classes;
  }

  /** What the bytecode verifier finds in a successful build, placed at the rules that hold it. */
  static List<RuleProblem> verify(KieBuilder builder, PreparedRules prepared) {
    List<RuleProblem> problems = new java.util.ArrayList<>();
    RuleBytecode.verify(generatedClasses(builder)).forEach((finding, rules) -> {
      String message = "字节码校验: " + finding.message();
      if (rules.isEmpty()) {
        problems.add(new RuleProblem("", 0, "", message + " (在生成的类 " + finding.className().replace('/', '.') + " 中)"));
      }
      rules.forEach(rule -> problems.add(prepared.locateRule(rule, message)));
    });
    return List.copyOf(new java.util.LinkedHashSet<>(problems));
  }

  /** The DRL Drools is given for {@code prepared}, by path. */
  static Map<String, String> drl(PreparedRules prepared) {
    return prepared.sources().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().drl()));
  }

  /**
   * A name for the module derived from its sources: the executable model names its generated
   * classes after the module, so identical rules get identical class names and the class loader's
   * per-name bookkeeping does not grow with every reload.
   */
  private static String contentHash(Map<String, String> drl) {
    Map<String, byte[]> files = new java.util.HashMap<>();
    drl.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
    return RuleSet.of(files).digest().substring(0, 24);
  }

  /**
   * Builds {@code drl} (path → prepared DRL) as module {@code id} with the executable model; the
   * caller removes the module from the repository.
   */
  static KieBuilder build(KieServices services, ReleaseId id, Map<String, String> drl) {
    KieFileSystem files = services.newKieFileSystem();
    files.generateAndWritePomXML(id);
    drl.forEach((path, text) -> files.write(SOURCE_ROOT + path, text.getBytes(StandardCharsets.UTF_8)));
    return services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
  }

  /** Whether building {@code drl} alone throws (rather than reporting errors). */
  private static boolean buildThrows(Map<String, String> drl) {
    KieServices services = KieServices.Factory.get();
    ReleaseId id = services.newReleaseId("io.tracker.rules", "probe-" + contentHash(drl), "1.0.0");
    try {
      build(services, id, drl);
      return false;
    } catch (RuntimeException e) {
      return true;
    } finally {
      services.getRepository().removeKieModule(id);
    }
  }
}
