package io.tracker.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text normalisation shared by every importer: traditional characters to simplified (牽頭單位 →
 * 牵头单位), the pinyin a translation tool inserts after characters removed ("建設(shè)" → "建設"), full-width
 * digits to ASCII, and whitespace removed for comparing labels and names.
 *
 * <p>The character table ({@code traditional-simplified.txt} beside this class) maps each traditional
 * character outside GB2312 to its one simplified form; a character that is itself simplified is never
 * rewritten, so simplified text passes unchanged.
 */
final class ChineseText {
  private static final Map<Integer, Integer> SIMPLIFIED = load();

  /**
   * Pinyin in brackets right after a Chinese character: lower-case Latin letters with tone marks, a
   * tone digit or spaces, such as "(shè)" or "（jian she）". Plain ASCII words in brackets ("(PPP)") are
   * not pinyin: they are upper case or carry no tone mark and no tone digit.
   */
  private static final Pattern PINYIN = Pattern.compile(
      "(?<=\\p{IsHan})[(（](?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ\\s1-5]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜǹḿ1-5])"
          + "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ\\s1-5]+[)）]");

  private ChineseText() {}

  /** {@code text} with every traditional character replaced by its simplified form. */
  static String simplified(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      Integer s = SIMPLIFIED.get(c);
      if (s != null && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.appendCodePoint(s == null ? c : s);
      }
      i += Character.charCount(c);
    }
    return out == null ? text : out.toString();
  }

  /** {@code text} without pinyin a translation tool put in brackets after its characters. */
  static String withoutPinyin(String text) {
    return text.indexOf('(') < 0 && text.indexOf('（') < 0 ? text : PINYIN.matcher(text).replaceAll("");
  }

  /** Full-width digits, letters and the full stop (２０２３．) as ASCII. */
  static String asciiDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ'
          ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
    }
    return out.toString();
  }

  /** {@code text} without any whitespace (also ideographic and no-break spaces and a BOM). */
  static String withoutWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF')
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The form labels, headers and names are compared in: no whitespace, simplified, ASCII digits. */
  static String key(String text) {
    return asciiDigits(simplified(withoutWhitespace(withoutPinyin(text))));
  }

  private static Map<Integer, Integer> load() {
    Map<Integer, Integer> map = new HashMap<>();
    try (InputStream in = ChineseText.class.getResourceAsStream("traditional-simplified.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        int[] c = line.codePoints().toArray();
        for (int i = 0; i + 1 < c.length; i += 2) {
          map.put(c[i], c[i + 1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
