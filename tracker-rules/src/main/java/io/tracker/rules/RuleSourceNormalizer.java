package io.tracker.rules;

import java.text.Normalizer;
import java.util.Map;

/**
 * Makes an analyst's DSL text (.dsl, .dslr) acceptable to the Drools DSL lexer, which rejects
 * full-width and CJK punctuation (，。、：；（）“”《》【】！？％) anywhere in a mapping line, even
 * inside a DRL string. Text is NFKC-normalised (full-width forms and the ideographic space become
 * ASCII) and the CJK punctuation NFKC leaves alone is mapped to its ASCII counterpart, so analysts
 * can type Chinese punctuation freely. ASCII text is returned unchanged; line breaks are kept, so
 * line numbers stay valid.
 */
final class RuleSourceNormalizer {
  /** CJK punctuation NFKC keeps, with the ASCII replacement the DSL lexer accepts. */
  static final Map<Character, Character> PUNCTUATION = Map.ofEntries(
      Map.entry('。', '.'), Map.entry('、', ','), Map.entry('｡', '.'), Map.entry('､', ','),
      Map.entry('“', '"'), Map.entry('”', '"'), Map.entry('„', '"'), Map.entry('‟', '"'),
      Map.entry('「', '"'), Map.entry('」', '"'), Map.entry('『', '"'), Map.entry('』', '"'),
      Map.entry('〝', '"'), Map.entry('〞', '"'), Map.entry('〃', '"'),
      Map.entry('‘', '\''), Map.entry('’', '\''), Map.entry('‚', '\''), Map.entry('‛', '\''),
      Map.entry('《', '<'), Map.entry('〈', '<'), Map.entry('》', '>'), Map.entry('〉', '>'),
      Map.entry('【', '['), Map.entry('〔', '['), Map.entry('〖', '['), Map.entry('〘', '['),
      Map.entry('〚', '['), Map.entry('】', ']'), Map.entry('〕', ']'), Map.entry('〗', ']'),
      Map.entry('〙', ']'), Map.entry('〛', ']'),
      Map.entry('—', '-'), Map.entry('―', '-'), Map.entry('‐', '-'), Map.entry('‑', '-'),
      Map.entry('‒', '-'), Map.entry('–', '-'), Map.entry('－', '-'),
      Map.entry('·', '.'), Map.entry('・', '.'), Map.entry('•', '.'),
      Map.entry('〜', '~'), Map.entry('‖', '|'), Map.entry('¦', '|'));

  /** Regular-expression metacharacters that are literal text when they appear in a DSL phrase. */
  private static final String KEY_METACHARACTERS = "()[]?+*|^$.";

  private RuleSourceNormalizer() {}

  /** {@code text} with full-width and CJK punctuation replaced by ASCII; idempotent. */
  static String normalize(String text) {
    // Until nothing changes: a mapped character may compose with a combining mark after it
    // ("》" + U+0338 becomes ">" + U+0338, which NFKC composes to "≯"), so one pass is not idempotent.
    String current = text;
    while (true) {
      String nfkc = Normalizer.normalize(current, Normalizer.Form.NFKC);
      StringBuilder out = new StringBuilder(nfkc.length());
      for (int i = 0; i < nfkc.length(); i++) {
        char c = nfkc.charAt(i);
        out.append(PUNCTUATION.getOrDefault(c, c));
      }
      String next = out.toString();
      if (next.equals(current)) {
        return next;
      }
      current = next;
    }
  }

  /**
   * A .dsl mapping file normalised as by {@link #normalize}, with the regular-expression
   * metacharacters of each phrase (the part of a {@code [when]}/{@code [then]} line before the
   * first unescaped {@code =}, outside {@code {variables}}) escaped, so that "滞后(含)" in a phrase
   * matches "滞后（含）" in a rule rather than being read as a regex group. Idempotent.
   */
  static String normalizeDsl(String text) {
    String normalized = normalize(text);
    StringBuilder out = new StringBuilder(normalized.length() + 16);
    int start = 0;
    while (start <= normalized.length()) {
      int end = normalized.indexOf('\n', start);
      if (end < 0) {
        end = normalized.length();
      }
      out.append(escapePhrase(normalized.substring(start, end)));
      if (end < normalized.length()) {
        out.append('\n');
      }
      start = end + 1;
    }
    return out.toString();
  }

  /** Escapes metacharacters in the phrase part of one mapping line; other lines are returned as is. */
  private static String escapePhrase(String line) {
    String trimmed = line.stripLeading();
    if (!trimmed.startsWith("[")) {
      return line;
    }
    int phraseStart = line.length() - trimmed.length();
    // Skip the scope and the optional meta section: [when], [then][meta] …
    for (int sections = 0; sections < 2 && phraseStart < line.length() && line.charAt(phraseStart) == '['; sections++) {
      int close = line.indexOf(']', phraseStart);
      if (close < 0) {
        return line;
      }
      phraseStart = close + 1;
    }
    StringBuilder out = new StringBuilder(line.length() + 8).append(line, 0, phraseStart);
    int depth = 0;
    for (int i = phraseStart; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        out.append(c).append(line.charAt(++i));
        continue;
      }
      if (c == '=' && depth == 0) {
        return out.append(line, i, line.length()).toString();
      }
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (depth == 0 && KEY_METACHARACTERS.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
