/**
 * Report forms (填报表): one Excel workbook per lead unit listing its tasks and targets for a month
 * ({@link io.tracker.forms.ReportFormWriter}), and the filled forms read back as progress reports
 * ({@link io.tracker.forms.ReportFormReader}, {@link io.tracker.forms.CollectedReports}) for the ledger.
 */
package io.tracker.forms;
