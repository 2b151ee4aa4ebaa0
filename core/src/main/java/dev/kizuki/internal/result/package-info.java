/**
 * The factories the engine builds results through ({@link dev.kizuki.internal.result.Results}). Not exported:
 * callers receive the result interfaces of {@code dev.kizuki} and never construct them.
 */
@NullMarked
package dev.kizuki.internal.result;

import org.jspecify.annotations.NullMarked;
