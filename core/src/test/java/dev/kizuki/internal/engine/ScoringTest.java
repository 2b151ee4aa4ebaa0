package dev.kizuki.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.ScoringModel;
import org.junit.jupiter.api.Test;

/**
 * Category scores on arrays worked by hand: items 0 and 1 in category 0, items 2 and 3 in category 1, item
 * weights 1, 3, 2, 2.
 */
class ScoringTest {
  private static final double[] WEIGHT = {1, 3, 2, 2};
  private static final int[] CATEGORY = {0, 0, 1, 1};

  private static double[] categories(ScoringModel model, double[] score, boolean[] scored) {
    return Scoring.categories(model, score, scored, WEIGHT, CATEGORY, 2);
  }

  /** Fail closed: under ABSOLUTE a category with nothing scored is 0, never an unearned 100. */
  @Test
  void categories_absolute_categoryWithNothingScored_is0() {
    double[] c = categories(ScoringModel.ABSOLUTE, new double[] {1, 1, 1, 1}, new boolean[] {true, true, false, false});

    assertThat(c).containsExactly(100, 0);
  }

  @Test
  void categories_absolute_itemNotScored_doesNotPullItsCategoryDown() {
    double[] c = categories(ScoringModel.ABSOLUTE, new double[] {1, 0, 1, 0.5}, new boolean[] {true, false, true, true});

    assertThat(c).containsExactly(100, 0);
  }

  @Test
  void categories_eachWeightedModel_categoryWithNothingScored_is0() {
    for (ScoringModel m : new ScoringModel[] {ScoringModel.DEFAULT, ScoringModel.FLAT, ScoringModel.FLAT_UNWEIGHTED}) {
      assertThat(categories(m, new double[] {1, 0, 1, 1}, new boolean[] {true, true, false, false})).as("%s", m)
          .containsExactly(m == ScoringModel.FLAT_UNWEIGHTED ? 50 : 25, 0);
    }
  }
}
