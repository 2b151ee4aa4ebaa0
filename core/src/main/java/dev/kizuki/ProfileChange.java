package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * One change a tailoring profile makes to a checklist, with the reason the profile gives for it and where it
 * is written.
 *
 * <p>{@code target} is an item id for the item kinds and a category id for the category kinds. {@code
 * parameter} is the parameter name for {@link Kind#SET_PARAMETER} and empty otherwise. {@code value} is the
 * new value for {@link Kind#SET_PARAMETER} (a {@code Long}, {@code BigDecimal}, {@code String} or {@code
 * Boolean} as written) and the new weight ({@code Double}) for the weight kinds; empty for selections. {@code
 * previous} is the value the change replaced, filled in once the profile is applied ({@link
 * Tailoring#changes()}); empty before that and for selections. Immutable.
 */
public record ProfileChange(
    String profile,
    Kind kind,
    String target,
    String parameter,
    Optional<Object> value,
    Optional<Object> previous,
    Text reason,
    Location location) {

  /** What a change does. */
  public enum Kind {
    /** Selects an item. */
    SELECT_ITEM,
    /** Leaves an item out. */
    DESELECT_ITEM,
    /** Selects every item of a category. */
    SELECT_CATEGORY,
    /** Leaves every item of a category out. */
    DESELECT_CATEGORY,
    /** Sets an item parameter. */
    SET_PARAMETER,
    /** Sets an item's weight. */
    SET_ITEM_WEIGHT,
    /** Sets a category's weight. */
    SET_CATEGORY_WEIGHT;

    /**
     * The name used in reports.
     *
     * @return the lower-case name, such as {@code set_parameter}
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the change targets a category.
     *
     * @return true for a category, false for an item
     */
    public boolean onCategory() {
      return this == SELECT_CATEGORY || this == DESELECT_CATEGORY || this == SET_CATEGORY_WEIGHT;
    }
  }

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param profile as {@link #profile()}
   * @param kind as {@link #kind()}
   * @param target as {@link #target()}
   * @param parameter as {@link #parameter()}
   * @param value as {@link #value()}
   * @param previous as {@link #previous()}
   * @param reason as {@link #reason()}
   * @param location as {@link #location()}
   */
  public ProfileChange {
    requireNonNull(profile, "profile");
    requireNonNull(kind, "kind");
    requireNonNull(target, "target");
    requireNonNull(parameter, "parameter");
    requireNonNull(value, "value");
    requireNonNull(previous, "previous");
    requireNonNull(reason, "reason");
    requireNonNull(location, "location");
    if (reason.ja().isBlank() || reason.en().isBlank()) {
      throw new IllegalArgumentException("change of " + target + " in profile " + profile + ": a reason is required");
    }
  }

  /**
   * This change with the value it replaced.
   *
   * @param replaced the checklist's value before the change
   * @return the change, {@link #previous()} set
   */
  public ProfileChange withPrevious(Object replaced) {
    return new ProfileChange(profile, kind, target, parameter, value, Optional.of(replaced), reason, location);
  }
}
