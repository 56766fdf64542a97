package io.tracker.rules;

/** Derived: the light of a task (任务亮灯), its worst flag's light. */
public record TaskLight(String taskId, Light light) {}
