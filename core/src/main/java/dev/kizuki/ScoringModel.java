package dev.kizuki;

import java.util.Locale;

/**
 * How item scores add up, after the XCCDF 1.2 scoring models. Every model reports 0 to 100.
 *
 * <ul>
 *   <li>{@link #DEFAULT}: each category is the weighted mean of its items; the total is the mean of the
 *       categories weighted by category weight (XCCDF {@code urn:xccdf:scoring:default}).
 *   <li>{@link #FLAT}: the weighted mean of all items, ignoring categories.
 *   <li>{@link #FLAT_UNWEIGHTED}: the plain mean of all items.
 *   <li>{@link #ABSOLUTE}: 100 when every applicable item scores 1, else 0.
 * </ul>
 *
 * <p>Items that are NOT_APPLICABLE are left out. When nothing is left (every item not applicable) the score
 * is 0: a score is never claimed without something to back it.
 */
public enum ScoringModel {
  /** Categories weighted by category weight, items by item weight (XCCDF default). */
  DEFAULT("default", "urn:xccdf:scoring:default"),
  /** The weighted mean of all items. */
  FLAT("flat", "urn:xccdf:scoring:flat"),
  /** The plain mean of all items. */
  FLAT_UNWEIGHTED("flat-unweighted", "urn:xccdf:scoring:flat-unweighted"),
  /** 100 when every applicable item scores 1, else 0. */
  ABSOLUTE("absolute", "urn:xccdf:scoring:absolute");

  private final String id;
  private final String uri;

  ScoringModel(String id, String uri) {
    this.id = id;
    this.uri = uri;
  }

  /**
   * The name used on the command line and in reports.
   *
   * @return the id, such as {@code flat-unweighted}
   */
  public String id() {
    return id;
  }

  /**
   * The XCCDF scoring system this model follows.
   *
   * @return its URI
   */
  public String uri() {
    return uri;
  }

  /**
   * The model named {@code id} (case-insensitive; {@code weighted} is accepted for {@code default}).
   *
   * @param id the name
   * @return the model
   * @throws IllegalArgumentException naming the known models
   */
  public static ScoringModel of(String id) {
    String s = id.toLowerCase(Locale.ROOT).replace('_', '-');
    if (s.equals("weighted")) {
      return DEFAULT;
    }
    for (ScoringModel m : values()) {
      if (m.id.equals(s)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "scoring model must be one of default, flat, flat-unweighted, absolute, was: " + id);
  }
}
