package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Rule sources (规则文件): an immutable map from a relative path ("risk.drl") to the file's bytes.
 * Drools tells the kind of a file by its name ({@code .drl}; decision tables must be named
 * {@code .drl.csv}, {@code .drl.xls} or {@code .drl.xlsx}) and ignores other files.
 *
 * <p>The defaults are {@value #SCORING} (completion, scores and rollups) and {@value #RISK} (flags
 * and task lights); {@code defaults().with(RISK, myRisk)} replaces the risk rules and keeps scoring.
 */
public final class RuleSet {
  /** Path of the default scoring rules. */
  public static final String SCORING = "scoring.drl";

  /** Path of the default risk rules. */
  public static final String RISK = "risk.drl";

  /** Path of the analysts' Chinese DSL (中文规则短语), used by .dslr files. */
  public static final String DSL = "tracker.dsl";

  private static final String RESOURCE_DIR = "/io/tracker/rules/";

  private final Map<String, byte[]> files;

  private RuleSet(Map<String, byte[]> files) {
    TreeMap<String, byte[]> copy = new TreeMap<>();
    files.forEach((path, bytes) -> copy.put(checkPath(path), requireNonNull(bytes, path).clone()));
    this.files = copy;
  }

  /** The default rules shipped in this jar under {@code io/tracker/rules/}. */
  public static RuleSet defaults() {
    return of(Map.of(SCORING, resource(SCORING), RISK, resource(RISK)));
  }

  /**
   * The defaults plus the Chinese DSL {@value #DSL}: the base an analyst's rule directory extends
   * ({@link #forDirectory}).
   */
  public static RuleSet analystDefaults() {
    return defaults().with(DSL, resource(DSL));
  }

  /**
   * The rules of an analyst's rule directory (规则目录): {@link #analystDefaults()} extended by every
   * file under {@code directory} ({@link #fromDirectory}, {@link #extendedBy}).
   */
  public static RuleSet forDirectory(Path directory) {
    return analystDefaults().extendedBy(fromDirectory(directory));
  }

  /** The given files, path → content. */
  public static RuleSet of(Map<String, byte[]> files) {
    return new RuleSet(requireNonNull(files, "files"));
  }

  /** Every regular file under {@code directory}, keyed by its path relative to it ('/'-separated). */
  public static RuleSet fromDirectory(Path directory) {
    requireNonNull(directory, "directory");
    TreeMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
        files.put(directory.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules in " + directory, e);
    }
    return new RuleSet(files);
  }

  /**
   * The scenario files of the rule directory {@code directory} (*.json outside {@code data/}
   * directories), sorted: the files of {@link #fromDirectory} that Drools does not read and that are
   * not data.
   */
  public static List<Path> scenarioFiles(Path directory) {
    requireNonNull(directory, "directory");
    try (Stream<Path> paths = Files.walk(directory)) {
      return paths.filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> PreparedRules.FileKind.of(directory.relativize(p).toString().replace('\\', '/'))
              == PreparedRules.FileKind.SCENARIO)
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list scenarios in " + directory, e);
    }
  }

  /** This set with {@code path} added or replaced by {@code content}. */
  public RuleSet with(String path, byte[] content) {
    TreeMap<String, byte[]> copy = new TreeMap<>(files);
    copy.put(path, requireNonNull(content, "content"));
    return new RuleSet(copy);
  }

  /**
   * This set extended by {@code other}, the way an analyst's rule directory extends the defaults:
   * a file of {@code other} replaces the file of this set with the same path, and a rule file of
   * {@code other} the file with the same name up to its first dot ({@code risk.dslr} replaces
   * {@code risk.drl}; a note {@code risk.md} or a scenario {@code scoring.json} replaces nothing); other files are added; and a rule in
   * a .drl or .dslr file of {@code other} named like a rule of this set's .drl files replaces that rule
   * (written with {@code enabled false}, it switches the default rule off).
   */
  public RuleSet extendedBy(RuleSet other) {
    requireNonNull(other, "other");
    java.util.Set<String> names = new java.util.HashSet<>();
    for (String path : other.paths()) {
      if (path.endsWith(".drl") || path.endsWith(".dslr")) {
        new String(other.files.get(path), StandardCharsets.UTF_8).lines()
            .forEach(line -> RuleHeader.name(line).ifPresent(names::add));
      }
    }
    TreeMap<String, byte[]> merged = new TreeMap<>();
    files.forEach((path, bytes) -> {
      boolean replaced = other.paths().stream()
          .anyMatch(p -> p.equals(path) || isRuleFile(p) && stem(p).equals(stem(path)));
      if (!replaced) {
        merged.put(path, path.endsWith(".drl") ? withoutRules(bytes, names) : bytes);
      }
    });
    merged.putAll(other.files);
    return new RuleSet(merged);
  }

  /** Whether {@code path} holds rules or DSL phrases: .drl, .dslr, .dsl or a decision table. */
  private static boolean isRuleFile(String path) {
    return path.endsWith(".drl") || path.endsWith(".dslr") || path.endsWith(".dsl") || path.endsWith(".drl.csv")
        || path.endsWith(".drl.xlsx") || path.endsWith(".drl.xls");
  }

  /**
   * SHA-256 over the paths and contents of the files, in path order, as 64 hex digits: what tells
   * one rule set from another (precompiled-model check, module names, the rules a report names).
   */
  public String digest() {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      for (String path : paths()) {
        byte[] content = files.get(path);
        sha.update((path + "\n" + content.length + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(content);
      }
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Directory and file name up to the first dot: {@code sub/risk} for {@code sub/risk.dslr}. */
  private static String stem(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.indexOf('.', slash + 1);
    return dot < 0 ? path : path.substring(0, dot);
  }

  /** DRL {@code bytes} with the rules named in {@code names} blanked out, line numbers kept. */
  private static byte[] withoutRules(byte[] bytes, java.util.Set<String> names) {
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    boolean removing = false;
    for (int i = 0; i < lines.length; i++) {
      if (!removing && RuleHeader.name(lines[i]).filter(names::contains).isPresent()) {
        removing = true;
      }
      if (removing) {
        removing = !lines[i].strip().equals("end");
        lines[i] = "";
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  /** This set without {@code path}. */
  public RuleSet without(String path) {
    TreeMap<String, byte[]> copy = new TreeMap<>(files);
    copy.remove(path);
    return new RuleSet(copy);
  }

  /** The paths, sorted. */
  public Set<String> paths() {
    return Collections.unmodifiableSet(files.keySet());
  }

  /** A copy of the content of {@code path}. */
  public byte[] content(String path) {
    byte[] bytes = files.get(path);
    if (bytes == null) {
      throw new IllegalArgumentException("no rule file " + path + " in " + paths());
    }
    return bytes.clone();
  }

  private static String checkPath(String path) {
    requireNonNull(path, "path");
    if (path.isBlank() || path.startsWith("/") || Arrays.asList(path.split("/")).contains("..")) {
      throw new IllegalArgumentException("rule file path must be relative: \"" + path + "\"");
    }
    return path;
  }

  private static byte[] resource(String name) {
    try (InputStream in = RuleSet.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("default rules missing from the jar: " + RESOURCE_DIR + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RuleSet other) || !files.keySet().equals(other.files.keySet())) {
      return false;
    }
    return files.entrySet().stream()
        .allMatch(e -> Arrays.equals(e.getValue(), other.files.get(e.getKey())));
  }

  @Override
  public int hashCode() {
    int hash = 0;
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      hash += e.getKey().hashCode() ^ Arrays.hashCode(e.getValue());
    }
    return hash;
  }

  @Override
  public String toString() {
    return "RuleSet" + paths();
  }
}
