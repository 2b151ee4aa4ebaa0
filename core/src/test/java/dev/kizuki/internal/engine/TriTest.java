package dev.kizuki.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kleene logic plus error, as whole truth tables: F = false, T = true, U = unknown (blank), E = error (invalid). */
class TriTest {
  private static int tri(char c) {
    return switch (c) {
      case 'F' -> Tri.FALSE;
      case 'T' -> Tri.TRUE;
      case 'U' -> Tri.UNKNOWN;
      default -> Tri.ERROR;
    };
  }

  /** A definite false decides an and, a definite true an or; else an error wins over unknown. */
  @ParameterizedTest(name = "{0} and/or {1} = {2}/{3}")
  @CsvSource({
    "F, F, F, F", "F, T, F, T", "F, U, F, U", "F, E, F, E",
    "T, F, F, T", "T, T, T, T", "T, U, U, T", "T, E, E, T",
    "U, F, F, U", "U, T, U, T", "U, U, U, U", "U, E, E, E",
    "E, F, F, E", "E, T, E, T", "E, U, E, E", "E, E, E, E",
  })
  void andOr_truthTables(char a, char b, char and, char or) {
    assertThat(Tri.and(tri(a), tri(b))).isEqualTo(tri(and));
    assertThat(Tri.or(tri(a), tri(b))).isEqualTo(tri(or));
  }

  @ParameterizedTest(name = "not {0} = {1}")
  @CsvSource({"F, T", "T, F", "U, U", "E, E"})
  void not_truthTable(char a, char not) {
    assertThat(Tri.not(tri(a))).isEqualTo(tri(not));
  }
}
