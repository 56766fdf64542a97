package io.tracker.rules;

/** One assessor with the default rules for the whole test run: compiling takes seconds. */
final class DefaultRules {
  private DefaultRules() {}

  private static final class Holder {
    static final Assessor ASSESSOR = Assessor.withDefaultRules();
  }

  static Assessor assessor() {
    return Holder.ASSESSOR;
  }
}
