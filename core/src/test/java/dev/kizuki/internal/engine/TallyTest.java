package dev.kizuki.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Outcome;
import dev.kizuki.RowRef;
import dev.kizuki.Text;
import dev.kizuki.internal.result.Results;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class TallyTest {
  private static Tally random(Random rnd, int part, int cap) {
    Tally t = new Tally(cap);
    t.applicable = rnd.nextInt(100);
    t.passing = rnd.nextInt(100);
    t.failing = rnd.nextInt(100);
    t.unknown = rnd.nextInt(10);
    t.errors = rnd.nextInt(3);
    int rows = rnd.nextInt(cap * 2);
    long line = 1;
    for (int i = 0; i < rows; i++) {
      line += 1 + rnd.nextInt(5);
      t.keep(part, Results.rowRef("d", "p" + part + ".csv", line, "k" + line, Outcome.FAIL, Text.EMPTY));
    }
    return t;
  }

  /** (a + b) + c == a + (b + c), and the order of parts does not matter either. */
  @RepeatedTest(200)
  void merge_isAssociativeAndCommutative(RepetitionInfo repetition) {
    Random rnd = new Random(repetition.getCurrentRepetition());
    Tally a = random(rnd, 0, 5);
    Tally b = random(rnd, 1, 5);
    Tally c = random(rnd, 2, 5);

    assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
    assertThat(a.merge(b)).isEqualTo(b.merge(a));
  }

  @Test
  void merge_keepsTheEarliestRowsUpToCap() {
    Tally a = new Tally(2);
    a.keep(1, Results.rowRef("d", "b.csv", 2, "x", Outcome.FAIL, Text.EMPTY));
    Tally b = new Tally(2);
    b.keep(0, Results.rowRef("d", "a.csv", 9, "y", Outcome.FAIL, Text.EMPTY));
    b.keep(0, Results.rowRef("d", "a.csv", 10, "z", Outcome.FAIL, Text.EMPTY));

    assertThat(a.merge(b).refs()).extracting(RowRef::key).containsExactly("y", "z");
  }

  @Test
  void merge_withEmpty_isIdentity() {
    Tally a = random(new Random(7), 0, 4);

    assertThat(a.merge(new Tally(4))).isEqualTo(a);
    assertThat(new Tally(4).merge(a)).isEqualTo(a);
  }

  /** The property tests above compare tallies with equals: it must tell counts and kept rows apart. */
  @Test
  void equals_differentCountsOrRows_areNotEqual() {
    Tally a = new Tally(4);
    a.applicable = 2;
    a.failing = 1;
    a.keep(0, Results.rowRef("d", "a.csv", 2, "x", Outcome.FAIL, Text.EMPTY));
    Tally same = a.merge(new Tally(4));
    Tally fewer = a.merge(new Tally(4));
    fewer.failing--;
    Tally otherRows = a.merge(new Tally(4));
    otherRows.rows.clear();

    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(fewer).isNotEqualTo(otherRows);
  }

  @Test
  void keep_pastTheCap_keepsOnlyTheFirstCapRows() {
    Tally t = new Tally(2);
    for (long line = 2; line <= 5; line++) {
      t.keep(0, Results.rowRef("d", "a.csv", line, "k" + line, Outcome.FAIL, Text.EMPTY));
    }

    assertThat(t.refs()).extracting(RowRef::line).containsExactly(2L, 3L);
    assertThat(t.wants()).isFalse();
  }
}
