package dev.kizuki.internal.engine;

import dev.kizuki.Text;
import dev.kizuki.internal.data.Row;

/**
 * A compiled predicate over the rows of one dataset. Immutable and thread-safe: all per-assessment state is
 * in the {@link EvalContext}.
 */
interface RowTest {

  /** {@link Tri#TRUE}, {@link Tri#FALSE}, {@link Tri#UNKNOWN} or {@link Tri#ERROR}. */
  int test(Row row, EvalContext ctx);

  /** The test in plain words. */
  Text describe();

  /** Why the test did not hold for {@code row}: called only for rows that did not pass, so it may be slow. */
  Text why(Row row, EvalContext ctx);

  /**
   * Adds to {@code out} the columns whose not-applicable blank in {@code row} this test read: called only
   * for rows the test left out ({@link Tri#OUT}), to say why.
   */
  default void notApplicable(Row row, java.util.Set<String> out) {}
}
