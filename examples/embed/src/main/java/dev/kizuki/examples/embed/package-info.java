/**
 * How a compliance tool embeds kizuki. Entry point: {@link dev.kizuki.examples.embed.EmbeddingExample}.
 */
@NullMarked
package dev.kizuki.examples.embed;

import org.jspecify.annotations.NullMarked;
