package io.tracker.rules.fact;

import java.math.BigDecimal;

/** A score with its weight in a weighted mean. */
public interface Weighted {
  BigDecimal score();

  BigDecimal weight();
}
