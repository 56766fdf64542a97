package io.tracker.target;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How the printed figure bounds the result. Bounds are inclusive. Each bound owns the words that
 * print it: the word shown after a figure in messages ({@link #word()}), and the comparison words
 * read before and after figures ({@link #comparisonsBefore()}, {@link #comparisonsAfter()}).
 */
public enum Bound {
  /** ≥: 以上, 不低于, 超过, 至少. */
  AT_LEAST("以上", List.of("及以上", "以上"), List.of("不低于", "不少于", "不小于", "至少", "超过", "超出", "突破",
      "高于", "多于", "超", "逾", "≥", "≧", ">=", ">", "＞")),
  /** About: 左右. */
  ABOUT("左右", List.of("左右", "上下"), List.of()),
  /** The plain figure. */
  EXACTLY("", List.of(), List.of()),
  /** ≤: 以内, 以下, 不超过, 控制在. */
  AT_MOST("以内", List.of("以下", "以内"), List.of("不超过", "不高于", "不多于", "不大于", "控制在", "低于", "少于",
      "≤", "≦", "<=", "<", "＜"));

  /** A comparison word and the bound it sets. */
  public record Comparison(String word, Bound bound) {}

  private static final List<Comparison> BEFORE = longestFirst(true);
  private static final List<Comparison> AFTER = longestFirst(false);

  private final String word;
  private final List<String> after;
  private final List<String> before;

  Bound(String word, List<String> after, List<String> before) {
    this.word = word;
    this.after = after;
    this.before = before;
  }

  /** The word printed after a figure with this bound in messages: 以上, 左右, 以内; "" for EXACTLY. */
  public String word() {
    return word;
  }

  /** Whether a lower result is the better one: true for AT_MOST (控制在5%以内), whose figure is a ceiling. */
  public boolean lowerIsBetter() {
    return this == AT_MOST;
  }

  /**
   * Every comparison word printed before a figure (不低于, 不超过, 控制在, ≥ …), longest first, so that
   * the first word a text ends with is the one meant: 不超过 (AT_MOST) before 超过 (AT_LEAST), 不高于
   * before 高于.
   */
  public static List<Comparison> comparisonsBefore() {
    return BEFORE;
  }

  /** Every comparison word printed after a figure (及以上, 以上, 以内, 以下, 左右, 上下), longest first. */
  public static List<Comparison> comparisonsAfter() {
    return AFTER;
  }

  private static List<Comparison> longestFirst(boolean before) {
    return Arrays.stream(values())
        .flatMap(b -> (before ? b.before : b.after).stream().map(w -> new Comparison(w, b)))
        .sorted(Comparator.comparingInt((Comparison c) -> c.word().length()).reversed())
        .toList();
  }
}
