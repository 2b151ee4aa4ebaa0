/**
 * The {@code kizuki} command-line tool, built on picocli. Entry point: {@link dev.kizuki.examples.cli.Kizuki}
 * ({@code main} for the jar, {@link dev.kizuki.examples.cli.Kizuki#run} to run it in-process), with one class
 * per subcommand.
 */
@NullMarked
package dev.kizuki.examples.cli;

import org.jspecify.annotations.NullMarked;
