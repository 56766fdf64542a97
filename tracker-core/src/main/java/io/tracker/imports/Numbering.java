package io.tracker.imports;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering printed at the start of a line or in a 序号 cell: 一、 and 第一部分 (headings), (一)
 * (groups), 1. 1、 and bare digits (tasks), (1), ① and 5.1 (sub-items).
 *
 * @param kind what the numbering numbers
 * @param id the task or sub-item number ("5", "5.1", "3" for ③); for headings the marker
 * @param marker the numbering as printed, punctuation kept ("一、", "(二)")
 * @param length how many characters of the text it takes, with the space after it
 */
record Numbering(Kind kind, String id, String marker, int length) {
  enum Kind { SECTION, GROUP, TASK, SUB }

  private static final String HAN_NUMBER = "[一二三四五六七八九十百零〇]+";
  private static final Pattern SECTION =
      Pattern.compile("^\\s*((?:第" + HAN_NUMBER + "(?:部分|章|篇))|" + HAN_NUMBER + "\\s*[、.．])\\s*");
  private static final Pattern GROUP = Pattern.compile("^\\s*([(（]\\s*" + HAN_NUMBER + "\\s*[)）])[、.．]?\\s*");
  /** Characters after a decimal figure, not after a sub-item's number: "3.5万亩" is no item 3.5. */
  private static final String MEASURE = "万亿千百个米元吨亩户人家所条项座辆台套倍‰%％";
  private static final Pattern SUB_DOTTED =
      Pattern.compile("^\\s*(\\d{1,3}[.．]\\d{1,3})(?![\\d" + MEASURE + "])[、.．]?\\s*");
  private static final Pattern TASK = Pattern.compile("^\\s*(\\d{1,3})\\s*(?:[.．、]|$)(?![\\d%％])\\s*");
  private static final Pattern SUB = Pattern.compile("^\\s*(?:[(（]\\s*(\\d{1,3})\\s*[)）]|([①-⑳]))[、.．]?\\s*");

  /** The numbering {@code text} starts with, if any. */
  static Optional<Numbering> at(String text) {
    String t = ChineseText.asciiDigits(text);
    Matcher m = SECTION.matcher(t);
    if (m.find()) {
      return Optional.of(new Numbering(Kind.SECTION, m.group(1).replaceAll("\\s", ""),
          m.group(1).replaceAll("\\s", ""), m.end()));
    }
    m = GROUP.matcher(t);
    if (m.find()) {
      String marker = m.group(1).replaceAll("\\s", "");
      return Optional.of(new Numbering(Kind.GROUP, marker, marker, m.end()));
    }
    m = SUB_DOTTED.matcher(t);
    if (m.find()) {
      return Optional.of(new Numbering(Kind.SUB, m.group(1).replace('．', '.'), m.group(1), m.end()));
    }
    m = TASK.matcher(t);
    if (m.find()) {
      return Optional.of(new Numbering(Kind.TASK, Integer.toString(Integer.parseInt(m.group(1))),
          m.group(1), m.end()));
    }
    m = SUB.matcher(t);
    if (m.find()) {
      String n = m.group(1) != null ? m.group(1) : Integer.toString(m.group(2).charAt(0) - '①' + 1);
      return Optional.of(new Numbering(Kind.SUB, Integer.toString(Integer.parseInt(n)), m.group().strip(), m.end()));
    }
    return Optional.empty();
  }

  /** Whether {@code text} is nothing but a numbering (a 序号 cell: "1", "1.", "一、", "(1)"). */
  static Optional<Numbering> whole(String text) {
    return at(text).filter(n -> text.substring(Math.min(n.length(), text.length())).isBlank());
  }
}
