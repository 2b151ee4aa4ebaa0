package dev.kizuki;

/**
 * A category's score over its scored items. A category with no scored item has score 0 and does not count
 * towards the total. Built by the engine only; not meant to be implemented outside kizuki. Immutable; equal
 * when all parts are equal.
 */
public interface CategoryResult {

  /**
   * The category.
   *
   * @return the category
   */
  Category category();

  /**
   * The honest score.
   *
   * @return 0 to 100 under the assessment's scoring model
   */
  double score();

  /**
   * The score with waived items and rows left out.
   *
   * @return 0 to 100; equal to {@link #score()} when nothing in the category is waived
   */
  double scoreWithWaivers();

  /**
   * How many items the category has.
   *
   * @return the number of items
   */
  int items();

  /**
   * How many of its items count towards the score.
   *
   * @return the number of items that are not NOT_APPLICABLE
   */
  int scored();

  /**
   * How many of its items pass.
   *
   * @return the number of passing items
   */
  int passing();
}
