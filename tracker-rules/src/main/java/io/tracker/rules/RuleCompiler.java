package io.tracker.rules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * rule and line ({@link CompilerMessages}). Each build's module is removed from the KieRepository and
 * is named after a hash of its sources, so repeated builds (hot reloads) do not accumulate: with
 * random names the generated classes get new names each time and the class loaders' per-name
 * bookkeeping grew by about 50 KB a build.
 */
final class RuleCompiler {
  private static final String SOURCE_ROOT = "src/main/resources/tracker/rules/";
  private static final Object BUILD_LOCK = new Object();

  private RuleCompiler() {}

  static KieBase compile(RuleSet rules) {
    PreparedRules prepared = PreparedRules.prepare(rules);
    Map<String, String> drl = drl(prepared);
    KieServices services = KieServices.Factory.get();
    ReleaseId id = services.newReleaseId("io.tracker.rules", "ruleset-" + contentHash(drl), "1.0.0");
    // Builds of identical sources share a module name, so they must not overlap in the repository.
    synchronized (BUILD_LOCK) {
      return buildKieBase(services, id, prepared, drl);
    }
  }

  private static KieBase buildKieBase(
      KieServices services, ReleaseId id, PreparedRules prepared, Map<String, String> drl) {
    try {
      List<Message> errors;
      try {
        errors = build(services, id, drl).getResults().getMessages(Message.Level.ERROR);
      } catch (RuntimeException e) {
        throw new RuleSetException(List.of(CompilerMessages.thrown(prepared, e, RuleCompiler::buildThrows)));
      }
      if (!errors.isEmpty()) {
        throw new RuleSetException(CompilerMessages.problems(prepared, SOURCE_ROOT, errors));
      }
      return services.newKieContainer(id).newKieBase(services.newKieBaseConfiguration());
    } finally {
      services.getRepository().removeKieModule(id);
    }
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
