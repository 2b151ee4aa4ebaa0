/**
 * Report writers: each renders an {@link dev.kizuki.Assessment} in one format and never evaluates rules or
 * recomputes scores. Entry point: {@link dev.kizuki.report.JsonReportWriter}.
 */
@NullMarked
package dev.kizuki.report;

import org.jspecify.annotations.NullMarked;
