/**
 * What the human-readable reports share: the fixed interface texts in both languages ({@link
 * dev.kizuki.internal.report.Label}), the view of an assessment in one language with its remediation plan
 * ({@link dev.kizuki.internal.report.ReportView}), and the chart geometry. The HTML templates are compiled
 * into {@code dev.kizuki.internal.report.jte} at build time.
 */
@NullMarked
package dev.kizuki.internal.report;

import org.jspecify.annotations.NullMarked;
