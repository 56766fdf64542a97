package io.tracker.cli;

import static io.tracker.InputException.quote;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.tracker.InputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The {@code --out} of every command that writes files ({@code report} a directory, {@code simulate}
 * a file): checked before any work is done, so that a path that cannot be written is bad input (exit
 * status 2, one line {@code --out:1:1: problem}) and not an internal error after the work; a failure
 * while writing is reported the same way.
 */
final class OutputPath {
  /** The option's name, also the FILE of its error lines. */
  static final String OPTION = "--out";

  /** Writes one output file. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes the files of an output directory. */
  @FunctionalInterface
  interface Writing {
    void run() throws IOException;
  }

  private OutputPath() {}

  /**
   * Checks that {@code dir} can be written into: an existing writable directory, or one to create
   * whose parent is an existing writable directory (or, with {@code createParents}, can be made).
   * Nothing is created yet.
   */
  static Path directory(Path dir, boolean createParents) {
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) {
        throw error(quote(dir.toString()) + " 是文件, 不是目录: 应为输出目录");
      }
      if (!Files.isWritable(dir)) {
        throw error("目录 " + quote(dir.toString()) + " 不可写入: 应为可写入的输出目录");
      }
      return dir;
    }
    Path parent = existingParent(dir.toAbsolutePath().getParent(), createParents);
    if (parent != null) {
      checkParent(dir, parent);
    }
    return dir;
  }

  /**
   * Checks that {@code file} can be written: not a directory, not a read-only file, in an existing
   * writable directory.
   */
  static Path file(Path file) {
    if (Files.isDirectory(file)) {
      throw error(quote(file.toString()) + " 是目录: 应为要写入的文件");
    }
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw error("文件 " + quote(file.toString()) + " 不可写入");
    }
    checkParent(file, file.toAbsolutePath().getParent());
    return file;
  }

  /** Creates the directory {@link #directory} checked, and runs {@code writing}; a failure is bad input. */
  static void writeInto(Path dir, Writing writing) {
    try {
      Files.createDirectories(dir);
      writing.run();
    } catch (IOException e) {
      throw cannotWrite(dir, e);
    }
  }

  /**
   * Writes {@code file} (checked by {@link #file}) in UTF-8, whole or not at all: into a temporary
   * file beside it, then moved over it, so that a failure never leaves half a file.
   */
  static void write(Path file, Content content) {
    Path absolute = file.toAbsolutePath();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
      try (Writer out = Files.newBufferedWriter(temporary, UTF_8)) {
        content.writeTo(out);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw cannotWrite(file, e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary != null) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // Already reported: the write failed; a stray temporary file is all that is left.
      }
    }
  }

  /** The nearest existing ancestor when parents may be created, else {@code parent} itself. */
  private static Path existingParent(Path parent, boolean createParents) {
    Path p = parent;
    while (createParents && p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    return p;
  }

  /** Checks {@code parent}, an ancestor of {@code target}, which is named as given when it can be. */
  private static void checkParent(Path target, Path parent) {
    boolean direct = target.getParent() != null && parent.equals(target.toAbsolutePath().getParent());
    String shown = quote(target.toString()) + " 所在的 " + quote((direct ? target.getParent() : parent).toString());
    if (!Files.exists(parent)) {
      throw error(shown + " 不存在: 应先建立这个目录");
    }
    if (!Files.isDirectory(parent)) {
      throw error(shown + " 是文件, 不是目录");
    }
    if (!Files.isWritable(parent)) {
      throw error(shown + " 不可写入: 应为可写入的目录");
    }
  }

  private static InputException cannotWrite(Path where, IOException e) {
    String reason = e instanceof AccessDeniedException ? "没有写入权限"
        : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : where.toString();
    return new InputException(OPTION, 1, 1, "无法写入 " + quote(file) + ": " + quote(reason), e);
  }

  private static InputException error(String problem) {
    return new InputException(OPTION, 1, 1, problem);
  }
}
