/**
 * Report writers: each renders an {@link dev.kizuki.Assessment} in one format and never evaluates rules or
 * recomputes scores. Entry point: {@link dev.kizuki.report.ReportFormat#writer()}.
 *
 * <p>All formats show the same figures, built once by one report model: points (the score, the score with
 * waivers, category scores, gains) rounded half-even to 2 decimals; shares (0 to 1) to 4 decimals in JSON
 * and CSV and as percentages with 1 decimal elsewhere; and one remediation plan, holding every item that
 * neither passes nor does not apply, ranked by gain as shown (highest first), then severity (highest
 * first), then checklist order. Diffing two JSON reports is in {@code dev.kizuki.diff}.
 */
@NullMarked
package dev.kizuki.report;

import org.jspecify.annotations.NullMarked;
