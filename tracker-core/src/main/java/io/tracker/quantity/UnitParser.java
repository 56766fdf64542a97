package io.tracker.quantity;

/** Reads printed units and quantities. Implemented with the target parser (issue 2). */
final class UnitParser {
  private UnitParser() {}

  static Unit parse(String printed) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  static Quantity parseQuantity(String printed) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
