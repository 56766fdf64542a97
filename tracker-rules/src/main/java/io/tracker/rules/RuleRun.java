package io.tracker.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The rules' part of one assessment, run within {@link RuleLimits} (规则执行上限): on a worker thread
 * of its own, so that the caller gets its answer, or a clear error, when the time budget ends;
 * each session fires at most {@link RuleLimits#maxFirings} times; the session in progress is halted
 * when the budget ends. Whatever a rule throws — an exception, {@link StackOverflowError},
 * {@link OutOfMemoryError} — and a limit reached become a {@link RuleSetException} naming the rule,
 * its file and line, never a stack trace.
 *
 * <p>What halting cannot do: stop a single library call already running (halting takes effect
 * between firings). The rules reaching the engine have no loops, recursion or callbacks (both layers
 * refuse them), so such a call ends by itself; its worker thread is a daemon and is abandoned.
 */
final class RuleRun {
  private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "tracker-rules-" + WORKER_NUMBER.incrementAndGet());
    thread.setDaemon(true);
    thread.setContextClassLoader(RuleRun.class.getClassLoader());
    return thread;
  });

  private final KieBase rules;
  private final RuleLimits limits;
  private final PreparedRules sources;
  private final long deadline;
  /** The sessions firing now, halted together when the budget ends. */
  private final Set<KieSession> running = ConcurrentHashMap.newKeySet();
  private volatile boolean stopped;

  RuleRun(KieBase rules, RuleLimits limits, PreparedRules sources) {
    this.rules = rules;
    this.limits = limits;
    this.sources = sources;
    this.deadline = System.nanoTime() + limits.timeBudget().toNanos();
  }

  /**
   * Runs {@code work} (which calls {@link #derive}) on a worker and waits for it within the budget.
   *
   * @throws RuleSetException when a rule fails or a limit is reached
   */
  <T> T call(Callable<T> work) {
    Future<T> future = WORKERS.submit(work);
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      stop();
      future.cancel(true);
      throw overBudget();
    } catch (InterruptedException e) {
      stop();
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("assessment interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Every fact a session held at its end, and the rule that inserted each derived one. */
  record Derived(List<Object> facts, Map<Object, String> insertedBy) {
    /** The name of the rule that inserted {@code fact}, or "" for a fact given to the session. */
    String rule(Object fact) {
      return insertedBy.getOrDefault(fact, "");
    }

    /** Only the facts {@code keep} accepts, with the rules that inserted them. */
    Derived keeping(Predicate<Object> keep) {
      List<Object> kept = facts.stream().filter(keep).toList();
      Map<Object, String> rules = new IdentityHashMap<>();
      kept.forEach(f -> {
        String rule = insertedBy.get(f);
        if (rule != null) {
          rules.put(f, rule);
        }
      });
      return new Derived(kept, rules);
    }
  }

  /**
   * Runs {@code work.apply(i)} for i from 0 to {@code count - 1}, pieces of work that each call
   * {@link #derive} independently of the others, side by side: at most one per core at a time.
   * Called from within {@link #call}; the first failure (or the budget's end) stops the others.
   *
   * @return the results in the order of {@code i}
   */
  <R> List<R> inParallel(int count, IntFunction<R> work) {
    List<R> results = new ArrayList<>(Collections.nCopies(count, null));
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < count && !stopped; i = next.getAndIncrement()) {
        results.set(i, work.apply(i));
      }
    };
    int parallel = Math.min(count, Runtime.getRuntime().availableProcessors());
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 1; w < parallel; w++) {
      futures.add(WORKERS.submit(worker));
    }
    try {
      worker.run();
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (RuntimeException | Error e) {
      stop();
      throw e;
    } catch (InterruptedException e) {
      stop();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("assessment interrupted", e);
    } catch (ExecutionException e) {
      stop();
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
    if (stopped) {
      throw overBudget();
    }
    return results;
  }

  /** Inserts {@code facts} into a new session, fires the rules within the limits and returns every fact it then holds. */
  List<Object> derive(List<Object> facts) {
    return derive(facts, false).facts();
  }

  /** As {@link #derive}, remembering which rule inserted each derived fact (for the result contract). */
  Derived deriveTraced(List<Object> facts) {
    return derive(facts, true);
  }

  private Derived derive(List<Object> facts, boolean traced) {
    if (stopped) {
      throw overBudget();
    }
    KieSession session = rules.newKieSession();
    Firings firings = new Firings();
    session.addEventListener(firings);
    Map<Object, String> insertedBy = traced ? new IdentityHashMap<>() : Map.of();
    if (traced) {
      session.addEventListener(new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
          if (event.getRule() != null) {
            insertedBy.put(event.getObject(), event.getRule().getName());
          }
        }
      });
    }
    running.add(session);
    try {
      facts.forEach(session::insert);
      long max = Math.min(Integer.MAX_VALUE - 1L, limits.maxFirings(facts.size()));
      int fired = session.fireAllRules((int) max + 1);
      if (stopped || System.nanoTime() - deadline > 0) {
        throw overBudget();
      }
      if (fired > max) {
        String rule = firings.mostFired();
        throw new RuleSetException(List.of(sources.locateRule(rule, "规则触发次数超过上限 " + max + " (" + facts.size()
            + " 个事实, RuleLimits.firingsPerFact): 触发最多的是这条规则 (" + firings.count(rule)
            + " 次), 规则可能在互相触发")));
      }
      return new Derived(new ArrayList<>(session.getObjects()), insertedBy);
    } catch (RuleSetException e) {
      throw e;
    } catch (ConsequenceException e) {
      throw failed(e.getMatch() != null ? e.getMatch().getRule().getName() : firings.current, e.getCause() != null ? e.getCause() : e);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw failed(firings.current, e);
    } finally {
      running.remove(session);
      session.dispose();
    }
  }

  private void stop() {
    stopped = true;
    running.forEach(KieSession::halt);
  }

  private RuleSetException overBudget() {
    return new RuleSetException(List.of(new RuleProblem("", 0, "", "评估超出时间预算 " + limits.timeBudget().toMillis()
        + " 毫秒 (RuleLimits.timeBudget), 已停止: 规则太慢或在互相触发")));
  }

  private RuleSetException failed(String rule, Throwable e) {
    String what = e instanceof StackOverflowError ? "栈溢出 (StackOverflowError)"
        : e instanceof OutOfMemoryError ? "内存不足 (OutOfMemoryError)"
        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
    String message = "规则执行出错: " + what;
    return new RuleSetException(List.of(rule == null ? new RuleProblem("", 0, "", message) : sources.locateRule(rule, message)));
  }

  /** Counts firings per rule, remembers the rule firing now, and halts when the budget is spent. */
  private final class Firings extends DefaultAgendaEventListener {
    private final Map<String, Integer> counts = new HashMap<>();
    volatile String current;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
      current = event.getMatch().getRule().getName();
      counts.merge(current, 1, Integer::sum);
      if (stopped || System.nanoTime() - deadline > 0) {
        stop();
      }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
      current = null;
    }

    String mostFired() {
      return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    int count(String rule) {
      return counts.getOrDefault(rule, 0);
    }
  }
}
