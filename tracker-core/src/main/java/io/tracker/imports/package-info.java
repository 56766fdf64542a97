/**
 * Importers for task lists (任务分解一览表): text extracted from a published notice, CSV and
 * tracker's JSON. The entry point is {@link io.tracker.imports.TaskBookReader}.
 */
package io.tracker.imports;
