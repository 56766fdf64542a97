package io.tracker;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * Text written into cells that a spreadsheet program opens (CSV exports, XLSX ledgers and forms),
 * kept from being read as a formula (CSV/formula injection): a cell that starts with {@code = + - @},
 * a tab or a carriage return could run a formula such as {@code =HYPERLINK(…)} when a clerk opens
 * the file. Following OWASP, such text gets a leading apostrophe, which spreadsheet programs read as
 * "text follows"; a plain number such as {@code -1.5} stays a number.
 */
public final class SpreadsheetText {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

  private SpreadsheetText() {}

  /** Whether {@code text} would be read as a formula (or a DDE command) by a spreadsheet program. */
  public static boolean isFormulaLike(String text) {
    requireNonNull(text, "text");
    if (text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }

  /** {@code text} with a leading apostrophe when it is formula-like, else unchanged. */
  public static String neutralised(String text) {
    return isFormulaLike(text) ? "'" + text : text;
  }
}
