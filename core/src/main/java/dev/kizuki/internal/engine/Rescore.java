package dev.kizuki.internal.engine;

import dev.kizuki.Assessment;
import dev.kizuki.Category;
import dev.kizuki.CategoryResult;
import dev.kizuki.Coverage;
import dev.kizuki.ItemResult;
import dev.kizuki.Outcome;
import dev.kizuki.ScoringModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an assessment again after item results were replaced (an item a waiver says not to evaluate) or left
 * out (the figures with waivers), with the same arithmetic as the engine ({@link Scoring}). Pure functions.
 */
public final class Rescore {
  private Rescore() {}

  /** Item scores as the scoring arithmetic takes them; categories in checklist order. */
  private record Inputs(double[] score, boolean[] scored, double[] weight, int[] category, double[] categoryWeight) {
    static Inputs of(Assessment a, List<ItemResult> items, boolean[] excluded) {
      List<Category> categories = a.checklist().categories();
      Map<String, Integer> index = new HashMap<>();
      for (int c = 0; c < categories.size(); c++) {
        index.put(categories.get(c).id(), c);
      }
      int n = items.size();
      Inputs in = new Inputs(new double[n], new boolean[n], new double[n], new int[n],
          categories.stream().mapToDouble(Category::weight).toArray());
      for (int i = 0; i < n; i++) {
        ItemResult r = items.get(i);
        in.score[i] = r.score();
        in.scored[i] = r.scored() && !excluded[i];
        in.weight[i] = r.item().weight();
        in.category[i] = index.get(r.item().category());
      }
      return in;
    }

    double total(ScoringModel model) {
      return Scoring.total(model, score, scored, weight, category, categoryWeight);
    }

    double[] categories(ScoringModel model) {
      return Scoring.categories(model, score, scored, weight, category, categoryWeight.length);
    }
  }

  /**
   * {@code a} with {@code items} (same items, same order, some results replaced): score, gains, category
   * scores and counts, and coverage recomputed; the scores with waivers are set to the new scores.
   */
  public static Assessment honest(Assessment a, List<ItemResult> items) {
    ScoringModel model = a.scoringModel();
    Inputs in = Inputs.of(a, items, new boolean[items.size()]);
    double[] gains = Scoring.gains(model, in.score, in.scored, in.weight, in.category, in.categoryWeight);
    double[] categoryScores = in.categories(model);
    List<ItemResult> rescored = new ArrayList<>();
    double[] basis = new double[3];
    for (int i = 0; i < items.size(); i++) {
      ItemResult r = items.get(i);
      rescored.add(new ItemResult(r.item(), r.outcome(), r.score(), gains[i], r.basis(), r.dataOutcome(),
          r.evidence(), r.answer(), r.reason(), r.rule()));
      if (in.scored[i]) {
        basis[r.basis().ordinal()] += r.item().weight();
      }
    }
    List<CategoryResult> categories = new ArrayList<>();
    for (int c = 0; c < a.checklist().categories().size(); c++) {
      int count = 0;
      int scored = 0;
      int passing = 0;
      for (int i = 0; i < items.size(); i++) {
        if (in.category[i] == c) {
          count++;
          scored += in.scored[i] ? 1 : 0;
          passing += items.get(i).outcome() == Outcome.PASS ? 1 : 0;
        }
      }
      categories.add(new CategoryResult(a.checklist().categories().get(c), categoryScores[c], count, scored, passing));
    }
    double total = in.total(model);
    return new Assessment(a.checklist(), a.asOf(), model, total, total, Coverage.of(basis[0], basis[1], basis[2]),
        categories, rescored, a.datasets(), a.dataIssues(), a.tailoring(), a.waivers());
  }

  /**
   * The overall score (element 0) and each category's score (elements 1…, in checklist order) when {@code
   * items} are scored with the {@code excluded} ones left out, as NOT_APPLICABLE items are.
   */
  public static double[] without(Assessment a, List<ItemResult> items, boolean[] excluded) {
    Inputs in = Inputs.of(a, items, excluded);
    double[] categories = in.categories(a.scoringModel());
    double[] out = new double[categories.length + 1];
    out[0] = in.total(a.scoringModel());
    System.arraycopy(categories, 0, out, 1, categories.length);
    return out;
  }
}
