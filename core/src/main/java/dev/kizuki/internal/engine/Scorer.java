package dev.kizuki.internal.engine;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Category;
import dev.kizuki.CategoryResult;
import dev.kizuki.Checklist;
import dev.kizuki.Coverage;
import dev.kizuki.ItemResult;
import dev.kizuki.Outcome;
import dev.kizuki.ScoringModel;
import dev.kizuki.internal.result.Results;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one scorer: the honest figures and the figures with waivers of an assessment, from its final item
 * results, in one go ({@link Scoring} does the arithmetic). Stateless.
 */
final class Scorer {
  private Scorer() {}

  /** What the scorer gives: the items with their gains, the categories, both totals and the coverage. */
  record Scores(List<ItemResult> items, List<CategoryResult> categories, double score, double scoreWithWaivers,
      Coverage coverage) {}

  /**
   * Scores {@code items} (in checklist order, gains still 0). For the figures with waivers item {@code i}
   * scores {@code waivedScore[i]} and counts only when {@code waivedScored[i]}: a waived item is left out as
   * a NOT_APPLICABLE one is, and a row-waived item scores what its other rows give.
   */
  static Scores score(Checklist checklist, ScoringModel model, List<ItemResult> items, double[] waivedScore,
      boolean[] waivedScored) {
    List<Category> categories = checklist.categories();
    Map<String, Integer> categoryIndex = new HashMap<>();
    for (int c = 0; c < categories.size(); c++) {
      categoryIndex.put(categories.get(c).id(), c);
    }
    int n = items.size();
    double[] score = new double[n];
    boolean[] scored = new boolean[n];
    double[] weight = new double[n];
    int[] category = new int[n];
    double[] categoryWeight = categories.stream().mapToDouble(Category::weight).toArray();
    double[] basis = new double[3];
    for (int i = 0; i < n; i++) {
      ItemResult r = items.get(i);
      score[i] = r.score();
      scored[i] = r.scored();
      weight[i] = r.item().weight();
      // The loader rejects an item whose category the checklist does not declare.
      category[i] = requireNonNull(categoryIndex.get(r.item().category()), r.item().category());
      if (scored[i]) {
        basis[r.basis().ordinal()] += weight[i];
      }
    }
    double[] gains = Scoring.gains(model, score, scored, weight, category, categoryWeight);
    double[] honest = Scoring.categories(model, score, scored, weight, category, categories.size());
    double[] waived = Scoring.categories(model, waivedScore, waivedScored, weight, category, categories.size());

    List<ItemResult> withGains = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      withGains.add(Results.withGain(items.get(i), gains[i]));
    }
    List<CategoryResult> categoryResults = new ArrayList<>(categories.size());
    for (int c = 0; c < categories.size(); c++) {
      int count = 0;
      int counted = 0;
      int passing = 0;
      for (int i = 0; i < n; i++) {
        if (category[i] == c) {
          count++;
          counted += scored[i] ? 1 : 0;
          passing += items.get(i).outcome() == Outcome.PASS ? 1 : 0;
        }
      }
      categoryResults.add(Results.categoryResult(categories.get(c), honest[c], waived[c], count, counted, passing));
    }
    return new Scores(withGains, categoryResults,
        Scoring.total(model, score, scored, weight, category, categoryWeight),
        Scoring.total(model, waivedScore, waivedScored, weight, category, categoryWeight),
        Coverage.of(basis[0], basis[1], basis[2]));
  }
}
