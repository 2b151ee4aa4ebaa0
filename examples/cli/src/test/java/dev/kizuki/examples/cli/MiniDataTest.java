package dev.kizuki.examples.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests of {@code assess} over fresh mini-checklist data ({@link Cli#miniData}) in a temporary folder. */
abstract class MiniDataTest {
  @TempDir Path tmp;
  Path data;

  @BeforeEach
  final void writeData() {
    data = Cli.miniData(tmp.resolve("data"));
  }

  /** The arguments of {@code assess} over the data, then {@code extra}. */
  final String[] args(String... extra) {
    return Cli.assessMini(data, extra);
  }

  /** Runs {@code assess} over the data with {@code extra}. */
  final Cli.Result assess(String... extra) {
    return Cli.run(args(extra));
  }
}
