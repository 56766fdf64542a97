package io.tracker.imports;

/** Leaders' names (包抓领导) as printed in task lists: two to four Chinese characters, not a unit. */
final class PersonNames {
  private PersonNames() {}

  /**
   * Whether {@code key} (simplified, without whitespace) reads as a person's name: two or three
   * Chinese characters, not a unit and not starting like one (县, 市, 省, 区, 各).
   */
  static boolean isPersonName(String key) {
    int length = key.codePointCount(0, key.length());
    return length >= 2 && length <= 3
        && key.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        && !key.startsWith("县") && !key.startsWith("市") && !key.startsWith("省") && !key.startsWith("区")
        && !key.startsWith("各")
        && !OrganisationNames.hasUnitSuffix(key);
  }
}
