/**
 * The fact model the rules reason over (规则事实): immutable records inserted by {@link
 * io.tracker.rules.Assessor} or derived by the default rules. Every type and field is listed in
 * {@code docs/facts.md}; analysts' rules and DSL are written against it, so keep it stable.
 *
 * <p>{@link io.tracker.rules.fact.Calc} and {@link io.tracker.rules.fact.Fmt} are arithmetic and
 * formatting helpers for rule consequences; they hold no policy.
 */
package io.tracker.rules.fact;
