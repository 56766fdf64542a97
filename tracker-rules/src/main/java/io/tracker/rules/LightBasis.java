package io.tracker.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tracker.json.TrackerJson;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.ReportHistory;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
  private LightBasis() {}

  /** The digest of the year and the book (its JSON form), the rules' DRL and the policy. */
  static String basis(TaskBook book, PreparedRules rules, ScoringPolicy policy) {
    MessageDigest sha = sha256();
    try {
      update(sha, "book " + book.year());
      sha.update(TrackerJson.mapper().writeValueAsBytes(book));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    new TreeMap<>(rules.sources()).forEach((path, source) -> {
      update(sha, "rules " + path);
      update(sha, source.drl());
    });
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
    List<MessageDigest> slices = new ArrayList<>();
    monthEnds.forEach(m -> slices.add(sha256()));
    if (monthEnds.isEmpty()) {
      return Map.of();
    }
    for (Task task : tasks) {
      new TreeMap<Integer, ReportHistory>(byPosition(facts.histories(task.id()))).forEach((position, history) -> {
        for (ProgressReport r : history.reports()) {
          int slice = slice(monthEnds, r.asOf());
          if (slice >= 0) {
            update(slices.get(slice), position + "\u0001" + r);
          }
        }
      });
      facts.milestoneDates(task.id()).stream().sorted().forEach(date -> {
        int slice = slice(monthEnds, date);
        if (slice >= 0) {
          update(slices.get(slice), "milestone\u0001" + task.id() + "\u0001" + date);
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
