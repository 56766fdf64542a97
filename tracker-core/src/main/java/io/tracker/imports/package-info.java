/**
 * Importers for task lists (任务分解一览表) as offices publish them: published text in any layout,
 * Word, Excel, CSV and tracker's JSON. The entry point is {@link io.tracker.imports.TaskBookReader};
 * it returns an {@link io.tracker.imports.ImportResult}, the book with what the reader was unsure of.
 * Every format goes through one table model ({@code Cell}, {@code Table}), one column recognition
 * ({@link io.tracker.imports.TaskColumn}, {@code ColumnRecognition}) and one task assembly
 * ({@code TaskAssembly}).
 */
package io.tracker.imports;
