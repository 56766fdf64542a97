package io.tracker.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.tracker.json.TrackerJson;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.ReportHistory;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What the lights at a month end depend on, as digests (SHA-256, hex) kept in a {@link LightRecord}:
 * the {@linkplain #basis basis} (the year, the task book, the rules and the scoring policy) and, per
 * month end, the {@linkplain #ledger reports} dated on or before it. A month end judged for one
 * assessment is valid for another when both digests agree.
 */
final class LightBasis {
  private static final ObjectWriter BOOK_JSON = TrackerJson.mapper().writerFor(TaskBook.class);
  /** The digests of the last book and rules asked for: a host assesses the same ones again and again. */
  private static volatile Cached lastBook = new Cached(new WeakReference<>(null), "");
  private static volatile Cached lastRules = new Cached(new WeakReference<>(null), "");

  private record Cached(WeakReference<Object> of, String digest) {}

  private LightBasis() {}

  /** The digest of the year and the book (its JSON form), the rules' DRL and the policy. */
  static String basis(TaskBook book, PreparedRules rules, ScoringPolicy policy) {
    MessageDigest sha = sha256();
    update(sha, "book " + book.year() + " " + digestOf(book));
    update(sha, "rules " + digestOf(rules));
    update(sha, "policy " + policy.cap() + " " + policy.leadWeight() + " " + policy.coWeight() + " " + policy.basis());
    policy.targetWeights().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(TargetRef::taskId).thenComparingInt(TargetRef::position)))
        .forEach(e -> update(sha, "weight " + e.getKey().taskId() + " " + e.getKey().position() + " " + e.getValue()));
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * For each of {@code monthEnds} (in date order), the digest of the effective reports (corrections
   * applied) of {@code tasks} dated on or before it and the dates their milestones were reported:
   * each report is hashed once, into the slice of the first month end on or after its date; a month
   * end's digest chains the previous one's with its slice. Reports after the last month end count for
   * none.
   */
  static Map<LocalDate, String> ledger(Facts facts, List<Task> tasks, List<LocalDate> monthEnds) {
    if (monthEnds.isEmpty()) {
      return Map.of();
    }
    List<Slice> slices = new ArrayList<>();
    monthEnds.forEach(m -> slices.add(new Slice()));
    for (Task task : tasks) {
      new TreeMap<Integer, ReportHistory>(byPosition(facts.histories(task.id()))).forEach((position, history) -> {
        for (ProgressReport r : history.reports()) {
          int slice = slice(monthEnds, r.asOf());
          if (slice >= 0) {
            slices.get(slice).add(position, r);
          }
        }
      });
      facts.milestoneDates(task.id()).stream().sorted().forEach(date -> {
        int slice = slice(monthEnds, date);
        if (slice >= 0) {
          slices.get(slice).text("milestone").text(task.id()).text(date.toString());
        }
      });
    }
    Map<LocalDate, String> digests = new LinkedHashMap<>();
    byte[] chained = new byte[0];
    for (int i = 0; i < monthEnds.size(); i++) {
      MessageDigest month = sha256();
      month.update(chained);
      month.update(slices.get(i).digest());
      chained = month.digest();
      digests.put(monthEnds.get(i), HexFormat.of().formatHex(chained));
    }
    return digests;
  }

  /** The texts of one month's reports, each with its length in front, hashed in blocks. */
  private static final class Slice {
    private final MessageDigest sha = sha256();
    private final StringBuilder block = new StringBuilder();

    /** Adds every field of {@code r}, the report for target {@code position} (0: none). */
    void add(int position, ProgressReport r) {
      text("report").text(r.taskId()).number(position).number(r.asOf().toEpochDay());
      text(r.value().map(BigDecimal::toString).orElse("-")).text(r.status().map(Enum::name).orElse("-"));
      text(r.percent().map(BigDecimal::toString).orElse("-")).text(r.note()).text(r.problems()).text(r.nextSteps());
      text(r.reporter()).text(r.reportedAt().map(Object::toString).orElse("-")).text(r.milestone());
    }

    /** Adds {@code text} with its length in front, so that no two sequences of texts read alike. */
    Slice text(String text) {
      block.append(text.length()).append(':').append(text);
      if (block.length() > 1 << 16) {
        flush();
      }
      return this;
    }

    private Slice number(long n) {
      block.append(n).append(';');
      return this;
    }

    byte[] digest() {
      flush();
      return sha.digest();
    }

    private void flush() {
      sha.update(block.toString().getBytes(StandardCharsets.UTF_8));
      block.setLength(0);
    }
  }

  private static String digestOf(TaskBook book) {
    Cached cached = lastBook;
    if (cached.of().get() != book) {
      MessageDigest sha = sha256();
      try {
        sha.update(BOOK_JSON.writeValueAsBytes(book));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      cached = new Cached(new WeakReference<>(book), HexFormat.of().formatHex(sha.digest()));
      lastBook = cached;
    }
    return cached.digest();
  }

  private static String digestOf(PreparedRules rules) {
    Cached cached = lastRules;
    if (cached.of().get() != rules) {
      MessageDigest sha = sha256();
      new TreeMap<>(rules.sources()).forEach((path, source) -> {
        update(sha, path);
        update(sha, source.drl());
      });
      cached = new Cached(new WeakReference<>(rules), HexFormat.of().formatHex(sha.digest()));
      lastRules = cached;
    }
    return cached.digest();
  }

  private static Map<Integer, ReportHistory> byPosition(Map<OptionalInt, ReportHistory> histories) {
    Map<Integer, ReportHistory> byPosition = new LinkedHashMap<>();
    histories.forEach((target, history) -> byPosition.put(target.orElse(0), history));
    return byPosition;
  }

  /** The index of the first of {@code monthEnds} on or after {@code date}; -1 after the last. */
  private static int slice(List<LocalDate> monthEnds, LocalDate date) {
    for (int i = 0; i < monthEnds.size(); i++) {
      if (!date.isAfter(monthEnds.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Hashes {@code text} with its length in front, so that no two sequences of texts hash alike. */
  private static void update(MessageDigest sha, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
