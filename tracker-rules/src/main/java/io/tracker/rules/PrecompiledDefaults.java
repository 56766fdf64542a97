package io.tracker.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The executable model of the default rules ({@link RuleSet#defaults()}), generated and compiled at
 * build time, so that {@link Assessor#withDefaultRules()} is ready in about a second instead of
 * generating and compiling Java for the rules at run time (BENCHMARKS.md).
 *
 * <p>The build ({@code process-classes}, see the module's pom) runs {@link #main} on every build; it
 * checks the sources and verifies the generated classes exactly as for analysts' rules (so the build
 * fails if the defaults ever need more than analysts may use) and writes {@value #ARCHIVE}: the model's classes, the names of its {@code Model} classes and a SHA-256
 * of the default rule files it was generated from. At run time the classes are defined by a class
 * loader of their own (so they can never be confused with classes of rules compiled at run time) and
 * the KieBase is built straight from the models. If the archive is missing, or the rule files in the
 * jar are not the ones it was generated from, {@link #load} gives nothing and the caller compiles.
 */
final class PrecompiledDefaults {
  /** Class-path resource written at build time. */
  static final String ARCHIVE = "/io/tracker/rules/defaults-model.zip";

  private static final String SOURCES_DIGEST = "sources.sha256";
  private static final String MODELS = "models.txt";

  private PrecompiledDefaults() {}

  /**
   * A new KieBase of {@code defaults} from the precompiled model, or empty when the archive is absent
   * or was generated from other rule files.
   */
  static Optional<KieBase> load(RuleSet defaults) {
    Map<String, byte[]> entries = archive();
    byte[] digest = entries.get(SOURCES_DIGEST);
    if (digest == null || !new String(digest, StandardCharsets.US_ASCII).equals(defaults.digest())) {
      return Optional.empty();
    }
    ClassLoader loader = new ModelClassLoader(entries, PrecompiledDefaults.class.getClassLoader());
    List<Model> models = new ArrayList<>();
    for (String name : new String(entries.get(MODELS), StandardCharsets.UTF_8).split("\n")) {
      try {
        models.add((Model) loader.loadClass(name).getConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("precompiled default rules are broken: " + name, e);
      }
    }
    return Optional.of(KieBaseBuilder.createKieBaseFromModel(models,
        KieServices.Factory.get().newKieBaseConfiguration()));
  }

  /** The entries of {@value #ARCHIVE} by name; empty when it is absent. */
  static Map<String, byte[]> archive() {
    Map<String, byte[]> entries = new TreeMap<>();
    try (InputStream in = PrecompiledDefaults.class.getResourceAsStream(ARCHIVE)) {
      if (in == null) {
        return entries;
      }
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(in.readAllBytes()))) {
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
          entries.put(e.getName(), zip.readAllBytes());
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ARCHIVE, e);
    }
  }

  /**
   * Build time: generates and compiles the executable model of {@link RuleSet#defaults()} (read from
   * the build's class path) and writes it to {@value #ARCHIVE} under the directory {@code args[0]}.
   */
  public static void main(String[] args) throws IOException {
    RuleSet defaults = RuleSet.defaults();
    KieServices services = KieServices.Factory.get();
    ReleaseId release = services.newReleaseId("io.tracker.rules", "defaults", "1.0.0");
    // Exactly what the run-time path compiles and verifies: the prepared files, built by RuleCompiler.
    PreparedRules prepared = PreparedRules.prepare(defaults, RuleLimits.defaults());
    KieBuilder builder = RuleCompiler.build(services, release, RuleCompiler.drl(prepared));
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("the default rules do not compile: " + errors);
    }
    List<RuleProblem> refused = RuleCompiler.verify(builder, prepared);
    if (!refused.isEmpty()) {
      throw new IllegalStateException("the bytecode verifier refuses the default rules: " + refused);
    }
    InternalKieModule module = (InternalKieModule) builder.getKieModule();
    String modelList = "META-INF/kie/" + release.getGroupId() + "/" + release.getArtifactId() + "/drools-model";
    List<String> models = new String(module.getBytes(modelList), StandardCharsets.UTF_8).lines()
        .filter(line -> !line.isBlank() && !line.startsWith("Drools-Model-Version")).toList();
    Path archive = Path.of(args[0], ARCHIVE.substring(1));
    Files.createDirectories(archive.getParent());
    try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, SOURCES_DIGEST, defaults.digest().getBytes(StandardCharsets.US_ASCII));
      put(zip, MODELS, String.join("\n", models).getBytes(StandardCharsets.UTF_8));
      for (String name : module.getFileNames().stream().filter(n -> n.endsWith(".class")).sorted().toList()) {
        put(zip, name, module.getBytes(name));
      }
    }
    services.getRepository().removeKieModule(release);
    System.out.println("precompiled " + models + " from " + defaults + " into " + archive);
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(0); // reproducible archive
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  /** Defines the precompiled model's classes; everything else comes from the parent. */
  private static final class ModelClassLoader extends ClassLoader {
    private final Map<String, byte[]> entries;

    ModelClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
      super(parent);
      this.entries = entries;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = entries.get(name.replace('.', '/') + ".class");
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
