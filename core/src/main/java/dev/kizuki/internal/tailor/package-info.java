/**
 * Tailoring and waivers around the engine: {@link dev.kizuki.internal.tailor.Tailor} applies a profile to a
 * checklist, {@link dev.kizuki.internal.tailor.Waiving} applies waivers to an assessment. Neither changes how
 * an item is evaluated; both work on the model and on the engine's results.
 */
@NullMarked
package dev.kizuki.internal.tailor;

import org.jspecify.annotations.NullMarked;
