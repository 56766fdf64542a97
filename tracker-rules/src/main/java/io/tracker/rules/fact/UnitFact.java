package io.tracker.rules.fact;

/** A responsible unit (责任单位) carrying at least one task, by resolved name. */
public record UnitFact(String name) {}
