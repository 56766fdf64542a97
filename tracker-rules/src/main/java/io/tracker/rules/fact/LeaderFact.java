package io.tracker.rules.fact;

/** A leader in charge (包抓领导) of at least one task. */
public record LeaderFact(String name) {}
