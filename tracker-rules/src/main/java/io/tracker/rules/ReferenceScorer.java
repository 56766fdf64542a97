package io.tracker.rules;

import static java.util.Objects.requireNonNull;

import io.tracker.ledger.ExpectedProgress.Basis;
import io.tracker.ledger.ProgressLedger;
import io.tracker.ledger.ProgressReport;
import io.tracker.ledger.ReportHistory;
import io.tracker.ledger.Status;
import io.tracker.target.Target;
import io.tracker.target.TargetKind;
import io.tracker.task.Role;
import io.tracker.task.Task;
import io.tracker.task.TaskBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The default policy in plain Java (默认评分规则的纯 Java 实现), written from the issue text without the
 * DRL or its helpers: the oracle of the differential test ({@code AssessorPropertiesTest}) and the
 * "what plain Java would do" limit of {@code ./tracker bench}. It gives the same scores, lights, flag
 * codes, targets, unit and leader results as {@link Assessor#withDefaultRules()}; its flags carry
 * code, light and target only (rule "reference", no message), so compare through {@link #comparable}.
 * Besides the assessment it gives the light of every task judged at every earlier month end
 * ({@link #monthEndLights}), what the rules see as {@code EarlierLight}.
 *
 * <p>Linear: the ledger is indexed by task and target once, when the scorer is made; each task is then
 * judged from its own reports only. Not a replacement for the rules — analysts change those.
 */
public final class ReferenceScorer {
  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final BigDecimal HALF_POINT = new BigDecimal("0.5");
  private static final BigDecimal TWO_PERCENT = new BigDecimal("0.02");
  /** Actions of a deadline that mean completion; any other action makes its date a milestone. */
  private static final List<String> COMPLETION_ACTIONS = List.of("完成", "全面完成", "完工", "建成", "竣工", "办结");

  private final TaskBook book;
  private final ScoringPolicy policy;
  private final int year;

  /** Each task's effective report histories and milestones, indexed once. */
  private final Map<String, TaskReports> reports;

  /** A scorer of {@code book} with the reports of {@code ledger} under {@code policy}. */
  public ReferenceScorer(TaskBook book, ProgressLedger ledger, ScoringPolicy policy) {
    this.book = requireNonNull(book, "book");
    this.policy = requireNonNull(policy, "policy");
    this.year = book.year();
    this.reports = index(book, requireNonNull(ledger, "ledger"));
  }

  /** A task's reports: the status history, one history per target, and the first date each milestone was reported. */
  private record TaskReports(ReportHistory status, ReportHistory[] targets, Map<String, LocalDate> milestones) {}

  private static Map<String, TaskReports> index(TaskBook book, ProgressLedger ledger) {
    Map<String, Integer> targetCounts = new HashMap<>(book.tasks().size() * 2);
    book.tasks().forEach(t -> targetCounts.put(t.id(), t.targets().size()));
    Map<String, List<ProgressReport>> status = new HashMap<>();
    Map<String, List<List<ProgressReport>>> targets = new HashMap<>();
    Map<String, Map<String, LocalDate>> milestones = new HashMap<>();
    for (ProgressReport r : ledger.reports()) {
      Integer count = targetCounts.get(r.taskId());
      if (count == null) {
        continue;
      }
      if (!r.milestone().isEmpty()) {
        milestones.computeIfAbsent(r.taskId(), k -> new HashMap<>()).merge(r.milestone(), r.asOf(),
            (a, b) -> a.isBefore(b) ? a : b);
      }
      if (r.target().isEmpty()) {
        if (r.status().isPresent() || r.value().isPresent()) {
          status.computeIfAbsent(r.taskId(), k -> new ArrayList<>()).add(r);
        }
      } else if (r.target().getAsInt() >= 1 && r.target().getAsInt() <= count) {
        List<List<ProgressReport>> byTarget = targets.computeIfAbsent(r.taskId(), k -> {
          List<List<ProgressReport>> lists = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            lists.add(new ArrayList<>());
          }
          return lists;
        });
        byTarget.get(r.target().getAsInt() - 1).add(r);
      }
    }
    Map<String, TaskReports> index = new HashMap<>(book.tasks().size() * 2);
    for (Task task : book.tasks()) {
      ReportHistory[] histories = new ReportHistory[task.targets().size()];
      List<List<ProgressReport>> byTarget = targets.get(task.id());
      for (int i = 0; i < histories.length; i++) {
        histories[i] = ReportHistory.of(byTarget == null ? List.of() : byTarget.get(i));
      }
      index.put(task.id(), new TaskReports(ReportHistory.of(status.getOrDefault(task.id(), List.of())), histories,
          milestones.getOrDefault(task.id(), Map.of())));
    }
    return index;
  }

  /** What the rules and this scorer must agree on: scores, lights, flag codes and targets; not messages or rule names. */
  public static Assessment comparable(Assessment a) {
    return new Assessment(a.asOf(), a.tasks().stream().map(t -> new TaskResult(t.id(), t.score(), t.light(),
        t.flags().stream().map(f -> new RiskFlag(f.taskId(), f.target(), f.code(), f.light(), "", "", Map.of()))
            .sorted(Comparator.comparingInt((RiskFlag f) -> f.target().orElse(0)).thenComparing(RiskFlag::code))
            .toList(),
        t.targets())).toList(), a.units(), a.leaders(), a.total(), a.tallies());
  }

  /** Month end → task → light, for every task judged at a month end strictly before {@code asOf}. */
  public Map<LocalDate, Map<String, Light>> monthEndLights(LocalDate asOf) {
    Map<LocalDate, Map<String, Light>> lights = new LinkedHashMap<>();
    for (int month = 1; month <= 12; month++) {
      LocalDate monthEnd = YearMonth.of(year, month).atEndOfMonth();
      if (!monthEnd.isBefore(asOf)) {
        break;
      }
      Map<String, Light> byTask = new LinkedHashMap<>();
      for (Task task : book.tasks()) {
        judge(task, monthEnd, true, false).ifPresent(j -> byTask.put(task.id(), j.light()));
      }
      lights.put(monthEnd, byTask);
    }
    return lights;
  }

  /** The assessment at {@code asOf}, with the reports dated on or before it. */
  public Assessment assess(LocalDate asOf) {
    Map<String, LocalDate> lastRed = new LinkedHashMap<>();
    monthEndLights(asOf).forEach((monthEnd, byTask) -> byTask.forEach((task, light) -> {
      if (light == Light.RED) {
        lastRed.put(task, monthEnd);
      }
    }));
    List<TaskResult> tasks = new ArrayList<>();
    for (Task task : book.tasks()) {
      Judged j = judge(task, asOf, false, lastRed.containsKey(task.id())).orElseThrow();
      tasks.add(new TaskResult(task.id(), j.score, j.light(), j.flags, j.targets));
    }
    return new Assessment(asOf, tasks, units(tasks), leaders(tasks), mean(tasks.stream().map(TaskResult::score).toList()));
  }

  private record Judged(BigDecimal score, List<RiskFlag> flags, List<TargetResult> targets) {
    Light light() {
      Light light = Light.GREEN;
      for (RiskFlag f : flags) {
        light = light.worse(f.light());
      }
      return light;
    }
  }

  private Optional<Judged> judge(Task task, LocalDate asOf, boolean monthEnd, boolean wasRed) {
    List<RiskFlag> flags = new ArrayList<>();
    List<TargetResult> targets = new ArrayList<>();
    Optional<LocalDate> printedDate = task.deadline().flatMap(d -> d.date());
    Optional<String> milestone = task.deadline().flatMap(d -> d.milestone())
        .filter(action -> printedDate.isPresent() && !COMPLETION_ACTIONS.contains(action));
    LocalDate deadline = milestone.isPresent() ? LocalDate.of(year, 12, 31) : printedDate.orElse(LocalDate.of(year, 12, 31));
    long daysLeft = ChronoUnit.DAYS.between(asOf, deadline);
    boolean afterJanuary = asOf.isAfter(LocalDate.of(year, 1, 31));
    BigDecimal score;
    if (task.targets().isEmpty()) {
      List<ProgressReport> reports = this.reports.get(task.id()).status().asOf(asOf).reports();
      if (monthEnd && reports.isEmpty()) {
        return Optional.empty();
      }
      Optional<ProgressReport> latest = reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
      Status status = latest.flatMap(ProgressReport::status).orElse(null);
      if (status == Status.DONE) {
        score = new BigDecimal("100.00");
      } else if (status == Status.IN_PROGRESS) {
        score = latest.get().percent().map(p -> p.max(BigDecimal.ZERO).min(HUNDRED)).orElse(new BigDecimal(50))
            .setScale(2, RoundingMode.HALF_UP);
      } else {
        score = new BigDecimal("0.00");
      }
      boolean done = status == Status.DONE;
      BigDecimal doneShare = status == Status.NOT_STARTED ? BigDecimal.ZERO
          : status == Status.IN_PROGRESS ? latest.get().percent().map(p -> p.divide(HUNDRED, 4, RoundingMode.HALF_UP)
              .max(BigDecimal.ZERO).min(BigDecimal.ONE)).orElse(null) : null;
      if (doneShare != null) {
        BigDecimal behind = expectedShare(TargetKind.AMOUNT, deadline, asOf).subtract(doneShare).multiply(HUNDRED)
            .setScale(2, RoundingMode.HALF_UP);
        if (behind.compareTo(BigDecimal.TEN) >= 0 && behind.compareTo(new BigDecimal(30)) <= 0) {
          flags.add(flag(task, 0, "LAGGING", Light.YELLOW));
        } else if (behind.compareTo(new BigDecimal(30)) > 0) {
          flags.add(flag(task, 0, "SEVERELY_LAGGING", Light.RED));
        }
      }
      if (status == Status.BLOCKED) {
        flags.add(flag(task, 0, "BLOCKED", Light.RED));
      }
      if (daysLeft < 0 && !done) {
        flags.add(flag(task, 0, "OVERDUE", Light.RED));
      }
      if (daysLeft >= 0 && daysLeft <= 30 && !done) {
        flags.add(flag(task, 0, "DUE_SOON", Light.BLUE));
      }
      if (latest.isPresent() ? ChronoUnit.DAYS.between(latest.get().asOf(), asOf) > 31 : afterJanuary) {
        flags.add(flag(task, 0, "NO_REPORT", Light.YELLOW));
      }
    } else {
      BigDecimal weighted = BigDecimal.ZERO;
      BigDecimal weights = BigDecimal.ZERO;
      for (int p = 1; p <= task.targets().size(); p++) {
        Target target = task.targets().get(p - 1);
        ReportHistory history = this.reports.get(task.id()).targets()[p - 1].asOf(asOf);
        List<BigDecimal> values = history.reports().stream().map(r -> r.value().orElseThrow()).toList();
        if (monthEnd && values.isEmpty()) {
          continue;
        }
        BigDecimal t = target.value().amount();
        boolean reported = !values.isEmpty();
        BigDecimal completion;
        if (!reported) {
          completion = BigDecimal.ZERO;
        } else if (target.kind() == TargetKind.MAINTAIN) {
          BigDecimal worst = BigDecimal.ONE;
          for (BigDecimal v : values) {
            worst = worst.min(completion(target, v));
          }
          completion = worst;
        } else {
          completion = completion(target, values.get(values.size() - 1));
        }
        completion = completion.max(BigDecimal.ZERO).min(policy.cap()).setScale(4, RoundingMode.HALF_UP);
        BigDecimal targetScore = completion.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        LocalDate due = target.due().map(x -> x.date(year)).orElse(deadline);
        BigDecimal share = expectedShare(target.kind(), due, asOf);
        BigDecimal behind = share.subtract(completion).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        boolean met = completion.compareTo(BigDecimal.ONE) >= 0;
        targets.add(new TargetResult(p, completion, targetScore, reported, share, behind));
        BigDecimal w = policy.targetWeights().getOrDefault(new TargetRef(task.id(), p),
            target.part() ? BigDecimal.ZERO : BigDecimal.ONE); // a part (其中…) adds no weight
        weighted = weighted.add(w.multiply(targetScore));
        weights = weights.add(w);

        if (reported && behind.compareTo(BigDecimal.TEN) >= 0 && behind.compareTo(new BigDecimal(30)) <= 0) {
          flags.add(flag(task, p, "LAGGING", Light.YELLOW));
        }
        if (reported && behind.compareTo(new BigDecimal(30)) > 0) {
          flags.add(flag(task, p, "SEVERELY_LAGGING", Light.RED));
        }
        if (daysLeft < 0 && !met) {
          flags.add(flag(task, p, "OVERDUE", Light.RED));
        }
        if (daysLeft >= 0 && daysLeft <= 30 && !met) {
          flags.add(flag(task, p, "DUE_SOON", Light.BLUE));
        }
        ProgressReport last = reported ? history.reports().get(values.size() - 1) : null;
        if (reported ? ChronoUnit.DAYS.between(last.asOf(), asOf) > 31 : afterJanuary) {
          flags.add(flag(task, p, "NO_REPORT", Light.YELLOW));
        }
        if (target.kind() == TargetKind.AMOUNT && values.size() >= 2
            && values.get(values.size() - 1).compareTo(values.get(values.size() - 2)) < 0) {
          flags.add(flag(task, p, "REGRESSION", Light.YELLOW));
        }
        if (target.kind() == TargetKind.AMOUNT && !target.bound().lowerIsBetter() && reported && !met) {
          long reportDays = ChronoUnit.DAYS.between(LocalDate.of(year, 1, 1), last.asOf()) + 1;
          long dueDays = ChronoUnit.DAYS.between(LocalDate.of(year, 1, 1), due) + 1;
          if (reportDays > 0) {
            BigDecimal forecast = values.get(values.size() - 1).multiply(BigDecimal.valueOf(dueDays))
                .divide(BigDecimal.valueOf(reportDays), 4, RoundingMode.HALF_UP);
            if (forecast.compareTo(t) < 0) {
              flags.add(flag(task, p, "FORECAST_MISS", Light.YELLOW));
            }
          }
        }
        if (target.due().isPresent()) {
          LocalDate end = target.due().get().date(year);
          if (asOf.isAfter(end)) {
            Optional<ProgressReport> atEnd = history.at(end);
            if (atEnd.isEmpty() || completion(target, atEnd.get().value().orElseThrow()).compareTo(BigDecimal.ONE) < 0) {
              flags.add(flag(task, p, "PHASE_MISSED", Light.RED));
            }
          }
        }
      }
      if (monthEnd && targets.isEmpty()) {
        return Optional.empty();
      }
      score = weights.signum() == 0 ? new BigDecimal("0.00") : weighted.divide(weights, 2, RoundingMode.HALF_UP);
    }
    LocalDate reached = milestone.isPresent() ? this.reports.get(task.id()).milestones().get(milestone.get()) : null;
    if (milestone.isPresent() && asOf.isAfter(printedDate.get()) && (reached == null || reached.isAfter(asOf))) {
      flags.add(flag(task, 0, "MILESTONE_MISSED", Light.RED));
    }
    Map<String, Role> roles = task.responsibility().roles();
    if (roles.size() >= 2 && !roles.containsValue(Role.LEAD)) {
      flags.add(flag(task, 0, "NO_LEAD", Light.BLUE));
    }
    if (wasRed && flags.stream().noneMatch(f -> f.light() == Light.RED || f.code().equals("LAGGING"))) {
      flags.add(flag(task, 0, "CAUGHT_UP", Light.YELLOW));
    }
    return Optional.of(new Judged(score, flags, targets));
  }

  /** Completion of one value against the target's bound, before clamping. */
  private static BigDecimal completion(Target target, BigDecimal v) {
    BigDecimal t = target.value().amount();
    switch (target.bound()) {
      case AT_MOST:
        return v.compareTo(t) <= 0 ? BigDecimal.ONE : divide(t, v);
      case ABOUT:
        BigDecimal gap = v.subtract(t).abs();
        boolean within = target.value().unit().isPercent()
            ? gap.compareTo(HALF_POINT) <= 0
            : gap.compareTo(t.abs().multiply(TWO_PERCENT)) <= 0;
        return within ? BigDecimal.ONE : divide(v, t);
      default:
        return divide(v, t);
    }
  }

  private static BigDecimal divide(BigDecimal a, BigDecimal b) {
    if (b.signum() == 0) {
      return a.signum() >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    return a.divide(b, 4, RoundingMode.HALF_UP);
  }

  private BigDecimal expectedShare(TargetKind kind, LocalDate due, LocalDate asOf) {
    if (kind != TargetKind.AMOUNT || !asOf.isBefore(due)) {
      return new BigDecimal("1.0000");
    }
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    long done;
    long total;
    if (policy.basis() == Basis.MONTHS) {
      done = 0;
      for (YearMonth m = YearMonth.of(year, 1); !m.atEndOfMonth().isAfter(asOf); m = m.plusMonths(1)) {
        done++;
      }
      total = ChronoUnit.MONTHS.between(YearMonth.of(year, 1), YearMonth.from(due)) + 1;
    } else {
      done = ChronoUnit.DAYS.between(jan1, asOf) + 1;
      total = ChronoUnit.DAYS.between(jan1, due) + 1;
    }
    if (done <= 0 || total <= 0) {
      return new BigDecimal("0.0000");
    }
    return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP).min(new BigDecimal("1.0000"));
  }

  private static RiskFlag flag(Task task, int position, String code, Light light) {
    return new RiskFlag(task.id(), position == 0 ? OptionalInt.empty() : OptionalInt.of(position), code, light,
        "reference", "", Map.of());
  }

  private List<UnitResult> units(List<TaskResult> results) {
    Map<String, BigDecimal[]> sums = new LinkedHashMap<>(); // weighted sum, weights
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (int i = 0; i < results.size(); i++) {
      TaskResult r = results.get(i);
      book.tasks().get(i).responsibility().roles().forEach((unit, role) -> {
        BigDecimal w = role == Role.LEAD ? policy.leadWeight() : policy.coWeight();
        BigDecimal[] s = sums.computeIfAbsent(unit, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        s[0] = s[0].add(w.multiply(r.score()));
        s[1] = s[1].add(w);
        int[] c = counts.computeIfAbsent(unit, k -> new int[4]);
        c[role == Role.LEAD ? 0 : 1]++;
        c[2] += r.light() == Light.RED ? 1 : 0;
        c[3] += r.light() == Light.YELLOW ? 1 : 0;
      });
    }
    List<UnitResult> units = new ArrayList<>();
    sums.forEach((unit, s) -> {
      int[] c = counts.get(unit);
      units.add(new UnitResult(unit, s[0].divide(s[1], 2, RoundingMode.HALF_UP), c[0], c[1], c[2], c[3]));
    });
    return units;
  }

  private List<LeaderResult> leaders(List<TaskResult> results) {
    Map<String, List<TaskResult>> byLeader = new LinkedHashMap<>();
    for (int i = 0; i < results.size(); i++) {
      for (String leader : new LinkedHashSet<>(book.tasks().get(i).leaders())) {
        byLeader.computeIfAbsent(leader, k -> new ArrayList<>()).add(results.get(i));
      }
    }
    List<LeaderResult> leaders = new ArrayList<>();
    byLeader.forEach((leader, rs) -> leaders.add(new LeaderResult(leader,
        mean(rs.stream().map(TaskResult::score).toList()),
        count(rs, Light.RED), count(rs, Light.YELLOW), count(rs, Light.BLUE), count(rs, Light.GREEN))));
    return leaders;
  }

  private static int count(List<TaskResult> results, Light light) {
    return (int) results.stream().filter(r -> r.light() == light).count();
  }

  private static BigDecimal mean(List<BigDecimal> scores) {
    if (scores.isEmpty()) {
      return new BigDecimal("0.00");
    }
    return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
  }
}
