package io.tracker.quantity;

import java.math.BigDecimal;
import java.util.Optional;

/** Chinese magnitude prefix of a unit: 万元 is {@link #WAN} × 元. */
public enum Magnitude {
  ONE("", BigDecimal.ONE),
  /** 百 */
  BAI("百", BigDecimal.valueOf(100)),
  /** 千 */
  QIAN("千", BigDecimal.valueOf(1_000)),
  /** 万 */
  WAN("万", BigDecimal.valueOf(10_000)),
  /** 亿 */
  YI("亿", BigDecimal.valueOf(100_000_000)),
  /** 万亿 */
  WAN_YI("万亿", new BigDecimal("1000000000000"));

  private final String prefix;
  private final BigDecimal factor;

  Magnitude(String prefix, BigDecimal factor) {
    this.prefix = prefix;
    this.factor = factor;
  }

  /** The prefix as printed: "万", "亿"; empty for {@link #ONE}. */
  public String prefix() {
    return prefix;
  }

  /** Multiplier to the base unit: 10000 for 万. */
  public BigDecimal factor() {
    return factor;
  }

  /** The magnitude printed as {@code prefix}, if any. */
  public static Optional<Magnitude> ofPrefix(String prefix) {
    for (Magnitude m : values()) {
      if (m.prefix.equals(prefix)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
