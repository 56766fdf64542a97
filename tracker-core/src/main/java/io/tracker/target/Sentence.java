package io.tracker.target;

/**
 * One task sentence as printed ({@link #original}) and in the form the parser reads ({@link #text}),
 * offset for offset, with the clause and word helpers that figure reading, role assignment and
 * target reading share.
 *
 * <p>The read form maps, character for character: full-width ASCII forms (０-９, ％, ．, ，, （ …)
 * to ASCII and the ideographic space to a space; the traditional characters of the words the parser
 * knows (units, magnitudes, verbs, bound words: 萬 億 噸 畝 個 項 增長 達到 以內 …) to simplified ones;
 * 「」 to “”. Metrics and spans are always cut from the original, so "新增就業一萬二千人" keeps its
 * printed 新增就業 while reading 1.2万人.
 */
final class Sentence {
  /** Clause ends: ，；。！？： and line breaks (in their read form). */
  static final String BOUNDARIES = ",;。!?:\n\r";
  /** Words joining figures into a group: 、 和 及 与 或. */
  static final String CONNECTORS = "、和及与或";

  /** Traditional characters, each followed by its simplified form. */
  private static final String TRADITIONAL = "萬万億亿兩两貳贰參叁陸陆點点個个戶户條条臺台檯台張张項项場场"
      + "輛辆間间處处棟栋頭头隻只噸吨畝亩頃顷時时歲岁標标準准歐欧餘余幾几內内與与設设實实現现舉举動动"
      + "產产裝装機机總总資资積积築筑佔占劃划計计預预爭争確确續续進进鞏巩級级農农鄉乡鎮镇縣县區区業业"
      + "專专後后於于過过減减壓压較较別别長长達达穩稳維维創创務务開开紮扎著着並并為为見见規规辦办細细"
      + "則则線线庫库號号約约數数統统單单「“」”";

  private static final char[] SIMPLIFIED = new char[0x10000];

  static {
    for (int i = 0; i + 1 < TRADITIONAL.length(); i += 2) {
      SIMPLIFIED[TRADITIONAL.charAt(i)] = TRADITIONAL.charAt(i + 1);
    }
  }

  final String original;
  final String text;

  Sentence(String original) {
    this.original = original;
    this.text = normalise(original);
  }

  /** The read form of {@code s}, of the same length (see the class comment). */
  static String normalise(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= '\uFF01' && c <= '\uFF5E') {
        chars[i] = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        chars[i] = ' ';
      } else if (SIMPLIFIED[c] != 0) {
        chars[i] = SIMPLIFIED[c];
      }
    }
    return new String(chars);
  }

  int length() {
    return text.length();
  }

  char at(int i) {
    return text.charAt(i);
  }

  /** The original text from {@code start} to {@code end}. */
  String printed(int start, int end) {
    return original.substring(start, end);
  }

  int clauseStart(int pos) {
    int i = Math.min(pos, text.length());
    while (i > 0 && BOUNDARIES.indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  int clauseEnd(int pos) {
    int i = pos;
    while (i < text.length() && BOUNDARIES.indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  boolean sameClause(int from, int to) {
    return noneOf(from, to, BOUNDARIES);
  }

  boolean noneOf(int from, int to, String chars) {
    for (int i = from; i < to; i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  boolean onlyConnectors(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (CONNECTORS.indexOf(c) < 0 && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  int trimRight(int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  boolean startsWith(String word, int at) {
    return text.startsWith(word, at);
  }

  boolean endsWith(int start, int end, String word) {
    return end - start >= word.length() && text.startsWith(word, end - word.length());
  }

  /** The first of {@code words} that the text from {@code start} to {@code end} ends with, or null. */
  String suffix(int start, int end, String[] words) {
    for (String word : words) {
      if (endsWith(start, end, word)) {
        return word;
      }
    }
    return null;
  }

  /** The first of {@code words} that the text from {@code start} to {@code end} starts with, or null. */
  String prefix(int start, int end, String[] words) {
    for (String word : words) {
      if (end - start >= word.length() && text.startsWith(word, start)) {
        return word;
      }
    }
    return null;
  }

  /** Whether a word (a Han character other than a connector) starts at {@code pos}. */
  boolean isWordAt(int pos) {
    return pos < text.length() && isHan(text.charAt(pos)) && CONNECTORS.indexOf(text.charAt(pos)) < 0;
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
