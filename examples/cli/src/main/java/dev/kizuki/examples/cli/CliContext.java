package dev.kizuki.examples.cli;

/**
 * What the commands know about where they run: whether stderr is a terminal that may show progress.
 *
 * @param interactive whether to show progress lines on stderr
 */
record CliContext(boolean interactive) {}
