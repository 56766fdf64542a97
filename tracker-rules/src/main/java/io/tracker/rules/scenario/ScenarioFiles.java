package io.tracker.rules.scenario;

import static io.tracker.InputException.quote;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.tracker.InputException;
import io.tracker.InputLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The files one scenario reads, kept inside its rule directory: the scenario itself and the task
 * book and ledger files it names. A name is a path relative to the scenario; it must stay inside the
 * rule directory after {@code ..} is resolved, no part of it may be a symbolic link, and it must be a
 * regular file. A rule directory may come from someone else (an analyst's upload), so a scenario
 * must not be a way to read {@code /etc/passwd} or a device.
 *
 * <p>The check is made on the path before the file is read; a link put in place between the check
 * and the read (by someone who can already write to the rule directory at that moment) is not caught.
 */
final class ScenarioFiles {
  private final Path root;
  private final Path scenario;

  ScenarioFiles(Path ruleDirectory, Path scenario) {
    this.root = ruleDirectory.toAbsolutePath().normalize();
    this.scenario = scenario;
  }

  /** The scenario's text: a regular file inside the rule directory, UTF-8, within the input limit. */
  String scenarioText() throws IOException {
    String name = scenario.toString();
    Path absolute = scenario.toAbsolutePath().normalize();
    if (!absolute.startsWith(root) || absolute.equals(root)) {
      throw new InputException(name, 0, 0, "场景文件不在规则目录 " + quote(root.toString()) + " 之内");
    }
    Path link = firstLink(absolute);
    if (link != null) {
      throw new InputException(name, 0, 0, "场景文件经过符号链接 " + quote(root.relativize(link).toString())
          + ": 规则目录中的文件不跟随符号链接");
    }
    byte[] bytes;
    try (InputStream in = InputLimits.defaults().bounded(Files.newInputStream(absolute, LinkOption.NOFOLLOW_LINKS),
        name)) {
      bytes = in.readAllBytes();
    }
    try {
      return UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(name, 0, 0, "场景文件不是 UTF-8 文本: 应为 UTF-8 编码的 JSON", e);
    }
  }

  /**
   * The data file {@code name} given as {@code property} ("book", "ledgerFile"), checked: a path to
   * read, as the scenario's sibling.
   *
   * @throws InputException at the line of the name in the scenario when it may not be read
   */
  Path path(String property, Name name) {
    String text = name.text();
    String given = "\"" + property + "\" 的值 " + quote(text);
    if (text.isEmpty()) {
      throw refuse(name, "\"" + property + "\" 的值为空: 应为规则目录内的相对路径, 如 \"data/book.txt\"");
    }
    Path relative;
    try {
      relative = Path.of(text);
    } catch (InvalidPathException e) {
      throw refuse(name, given + " 不是有效的路径: 应为规则目录内的相对路径, 如 \"data/book.txt\"");
    }
    if (relative.isAbsolute() || relative.getRoot() != null) {
      throw refuse(name, given + " 是绝对路径: 应为规则目录内的相对路径, 如 \"data/book.txt\"");
    }
    Path absolute = scenario.toAbsolutePath().getParent().resolve(relative).normalize();
    if (!absolute.startsWith(root) || absolute.equals(root)) {
      throw refuse(name, given + " 指向规则目录之外: 数据文件应在规则目录之内, 如 \"data/book.txt\"");
    }
    Path link = firstLink(absolute);
    if (link != null) {
      throw refuse(name, given + " 经过符号链接 " + quote(root.relativize(link).toString())
          + ": 数据文件不跟随符号链接, 应把文件本身放入规则目录");
    }
    if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw refuse(name, given + " 指向的文件不存在");
    }
    if (!Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw refuse(name, given + " 不是普通文件: 应为任务清单或台账文件");
    }
    return scenario.resolveSibling(relative).normalize();
  }

  /** The first part of {@code absolute} (a path inside the root) below the root that is a symbolic link. */
  private Path firstLink(Path absolute) {
    Path part = root;
    for (Path name : root.relativize(absolute)) {
      part = part.resolve(name);
      if (Files.isSymbolicLink(part)) {
        return part;
      }
    }
    return null;
  }

  private InputException refuse(Name name, String problem) {
    return new InputException(scenario.toString(), name.line(), name.column(), problem);
  }

  /**
   * A data file name as written in the scenario, with where it is, so that a refusal cites the line.
   *
   * @param text the name
   * @param line 1-based line of the name's string in the scenario
   * @param column 1-based column of its opening quote
   */
  @JsonDeserialize(using = Name.Reader.class)
  record Name(String text, int line, int column) {
    /** Reads a JSON string, keeping its location. */
    static final class Reader extends StdDeserializer<Name> {
      private static final long serialVersionUID = 1L;

      Reader() {
        super(Name.class);
      }

      @Override
      public Name deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
          return (Name) context.handleUnexpectedToken(Name.class, parser);
        }
        JsonLocation at = parser.currentTokenLocation();
        return new Name(parser.getText(), at.getLineNr(), at.getColumnNr());
      }
    }
  }
}
