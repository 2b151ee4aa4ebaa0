package dev.kizuki.internal.engine;

import dev.kizuki.ScoringModel;

/**
 * Scoring arithmetic over item scores in [0, 1]. Pure functions; see {@link ScoringModel} for the models.
 * Items not scored (NOT_APPLICABLE) are left out everywhere; with nothing left a score is 0.
 */
final class Scoring {
  private Scoring() {}

  /** Scores 0 to 100 of each category: the weighted mean (plain mean for FLAT_UNWEIGHTED; all-or-nothing for ABSOLUTE). */
  static double[] categories(ScoringModel model, double[] score, boolean[] scored, double[] weight, int[] category,
      int categories) {
    double[] num = new double[categories];
    double[] den = new double[categories];
    boolean[] allPass = new boolean[categories];
    java.util.Arrays.fill(allPass, true);
    for (int i = 0; i < score.length; i++) {
      if (!scored[i]) {
        continue;
      }
      double w = model == ScoringModel.FLAT_UNWEIGHTED ? 1 : weight[i];
      num[category[i]] += w * score[i];
      den[category[i]] += w;
      allPass[category[i]] &= score[i] >= 1;
    }
    double[] out = new double[categories];
    for (int c = 0; c < categories; c++) {
      if (den[c] > 0) {
        out[c] = model == ScoringModel.ABSOLUTE ? (allPass[c] ? 100 : 0) : 100 * num[c] / den[c];
      }
    }
    return out;
  }

  /** The overall score, 0 to 100. */
  static double total(ScoringModel model, double[] score, boolean[] scored, double[] weight, int[] category,
      double[] categoryWeight) {
    switch (model) {
      case DEFAULT: {
        double[] cat = categories(model, score, scored, weight, category, categoryWeight.length);
        boolean[] used = new boolean[categoryWeight.length];
        for (int i = 0; i < score.length; i++) {
          used[category[i]] |= scored[i];
        }
        double num = 0;
        double den = 0;
        for (int c = 0; c < categoryWeight.length; c++) {
          if (used[c]) {
            num += categoryWeight[c] * cat[c];
            den += categoryWeight[c];
          }
        }
        return den > 0 ? num / den : 0;
      }
      case FLAT:
      case FLAT_UNWEIGHTED: {
        double num = 0;
        double den = 0;
        for (int i = 0; i < score.length; i++) {
          if (scored[i]) {
            double w = model == ScoringModel.FLAT ? weight[i] : 1;
            num += w * score[i];
            den += w;
          }
        }
        return den > 0 ? 100 * num / den : 0;
      }
      case ABSOLUTE: {
        boolean any = false;
        for (int i = 0; i < score.length; i++) {
          if (scored[i]) {
            any = true;
            if (score[i] < 1) {
              return 0;
            }
          }
        }
        return any ? 100 : 0;
      }
      default:
        throw new AssertionError(model);
    }
  }

  /** For each scored item below 1, how many points the total would rise if it scored 1; else 0. */
  static double[] gains(ScoringModel model, double[] score, boolean[] scored, double[] weight, int[] category,
      double[] categoryWeight) {
    double base = total(model, score, scored, weight, category, categoryWeight);
    double[] gains = new double[score.length];
    double[] trial = score.clone();
    for (int i = 0; i < score.length; i++) {
      if (scored[i] && score[i] < 1) {
        trial[i] = 1;
        gains[i] = Math.max(0, total(model, trial, scored, weight, category, categoryWeight) - base);
        trial[i] = score[i];
      }
    }
    return gains;
  }
}
