package io.tracker.target;

import io.tracker.quantity.ChineseNumerals;
import java.util.List;

/**
 * Words and set phrases in which a numeral and a classifier make a word, not a figure: "一条龙",
 * "一张蓝图", "一场硬仗", "两个确立". A false target is worse than a missing one, so {@link FigureScanner}
 * reads no figure where one of these starts, and reads a lone 一 only where it cannot belong to a word.
 *
 * <p>Three rules, each tested by {@code SetPhrasesTest}:
 * <ol>
 *   <li>{@link #PHRASES}: the listed phrases (slogans, names of reforms, metaphors). Phrases whose
 *       second word is no classifier (一体化, 一站式, 一网通办, 一批, 一系列, 一盘棋) are listed too:
 *       they never read as figures anyway, and the list is the table the tests hold the parser to.</li>
 *   <li>The pattern 一X一Y ("一户一档", "一人一策", "一村一品", "一件事一次办"): one thing per thing,
 *       never a count.</li>
 *   <li>A 一 right after a character it makes a word with ({@link #BEFORE_YI}: 统一, 唯一, 同一, 第一,
 *       之一, 万一, 逐一, 每一, 这一, 另一, 迈上一个 …) is part of that word.</li>
 * </ol>
 */
final class SetPhrases {
  private SetPhrases() {}

  /** Phrases that start with a numeral and are no figure, as printed (simplified characters). */
  static final List<String> PHRASES = List.of(
      // reforms and services
      "一体化", "一站式", "一网通办", "一网统管", "一网办", "一窗受理", "一窗通办", "一门式", "一码通",
      "一证通办", "一件事", "一次办", "一条龙", "一张网", "一张图", "一张表", "一张清单", "一揽子",
      "一号工程", "一号文件", "一把手", "一肩挑", "一批", "一系列",
      // metaphors
      "一张蓝图", "一张名片", "一盘棋", "一条心", "一条主线", "一条路", "一条新路", "一场硬仗", "一场攻坚战",
      "一场战役", "一场革命", "一家人", "一家亲", "一个样", "一个不少", "一个都不能少", "一个中心", "一头",
      // slogans
      "两个确立", "两个维护", "两个毫不动摇", "两个健康", "两个基本点", "两个一百年", "两个大局", "两个务必",
      "两学一做", "两不愁", "两个翻番", "两个结合", "三个代表", "三个务必", "三个转变", "四个意识", "四个自信",
      "四个全面", "四个着力", "四个不摘", "五位一体");

  /** Characters that make a word with a 一 printed right after them: 统一, 唯一, 第一, 迈上一个. */
  static final String BEFORE_YI = "统唯同单第之万逐划合归专其另任何每某这那哪如上下周期初一不";

  /**
   * End of the listed phrase or the pattern 一X一Y starting at {@code start} of {@code text}, or
   * {@code start} when none does.
   */
  static int endAt(String text, int start) {
    for (String phrase : PHRASES) {
      if (text.startsWith(phrase, start)) {
        return start + phrase.length();
      }
    }
    boolean oneThingPerThing = start + 3 < text.length() && text.charAt(start) == '一'
        && text.charAt(start + 2) == '一' && isHan(text.charAt(start + 1)) && isHan(text.charAt(start + 3))
        && !ChineseNumerals.isNumeralCharacter(text.charAt(start + 1))
        && !ChineseNumerals.isNumeralCharacter(text.charAt(start + 3));
    return oneThingPerThing ? start + 4 : start;
  }

  /** Whether the 一 at {@code start} belongs to the word printed before it (统一, 唯一, 迈上一个). */
  static boolean yiInWord(String text, int start) {
    return text.charAt(start) == '一' && start > 0 && BEFORE_YI.indexOf(text.charAt(start - 1)) >= 0;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
