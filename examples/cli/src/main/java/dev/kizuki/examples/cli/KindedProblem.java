package dev.kizuki.examples.cli;

import dev.kizuki.KizukiException;
import dev.kizuki.Text;
import java.io.IOException;

/**
 * Problems found in a file of a named kind (a profile, a waiver file), so that the message's lead line names
 * that kind rather than "the checklist".
 */
final class KindedProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final transient Text kind;
  final KizukiException problems;

  private KindedProblem(Text kind, KizukiException problems) {
    super(problems.getMessage(), problems);
    this.kind = kind;
    this.problems = problems;
  }

  /** A loading step; may throw {@link IOException}. */
  interface Load<T> {
    T load() throws IOException;
  }

  /** What {@code load} gives; its {@link KizukiException} is labelled with {@code kind}. */
  static <T> T of(Text kind, Load<T> load) throws IOException {
    try {
      return load.load();
    } catch (KizukiException e) {
      throw new KindedProblem(kind, e);
    }
  }
}
