/**
 * Views of an assessment for supervisors (督查台账): {@link io.tracker.report.TerminalLedger} for a
 * terminal, {@link io.tracker.report.HtmlReport} for a self-contained offline web page with
 * charts, {@link io.tracker.report.AssessmentCsv} for Excel, and
 * {@link io.tracker.report.ReportWriter} for all of them at once.
 */
package io.tracker.report;
