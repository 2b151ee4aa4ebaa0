/**
 * Progress between two JSON reports ({@code kizuki-report/1}) of the same organization. Entry point: {@link
 * dev.kizuki.diff.ReportDiff#read(java.nio.file.Path, java.nio.file.Path)}, written with {@link
 * dev.kizuki.diff.DiffWriter}.
 */
@NullMarked
package dev.kizuki.diff;

import org.jspecify.annotations.NullMarked;
