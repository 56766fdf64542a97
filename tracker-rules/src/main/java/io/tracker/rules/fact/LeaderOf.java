package io.tracker.rules.fact;

/** Leader {@code leader} is in charge of (包抓) task {@code taskId}. */
public record LeaderOf(String taskId, String leader) {}
