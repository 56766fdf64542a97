package io.tracker.ledger;

import io.tracker.task.TaskBook;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A ledger kept in a file. Appending writes the kept reports, unchanged and in order, then the new
 * ones to a file beside it, which then replaces the file in one move: a reader sees the old ledger
 * or the new one, never half of one.
 */
final class LedgerFile implements LedgerStore {
  private final Path file;
  private final LedgerFormat format;

  LedgerFile(Path file) {
    this.file = file;
    this.format = LedgerFormat.of(file);
  }

  @Override
  public ProgressLedger read(TaskBook book) throws IOException {
    return LedgerReader.read(file, book);
  }

  @Override
  public void append(List<ProgressReport> reports) throws IOException {
    List<ProgressReport> all = new ArrayList<>(exists() ? LedgerReader.read(file).reports() : List.of());
    all.addAll(reports);
    Path absolute = file.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path next = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
        if (format == LedgerFormat.CSV) {
          LedgerWriter.writeCsv(ProgressLedger.of(all), out);
        } else {
          LedgerWriter.writeJson(ProgressLedger.of(all), out);
        }
      }
      Files.move(next, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(next);
    }
  }

  @Override
  public boolean exists() {
    return Files.exists(file);
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
