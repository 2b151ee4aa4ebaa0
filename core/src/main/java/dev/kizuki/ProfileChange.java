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
    SELECT_ITEM,
    DESELECT_ITEM,
    SELECT_CATEGORY,
    DESELECT_CATEGORY,
    SET_PARAMETER,
    SET_ITEM_WEIGHT,
    SET_CATEGORY_WEIGHT;

    /** The lower-case name used in reports, such as {@code set_parameter}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the target is a category (else an item). */
    public boolean onCategory() {
      return this == SELECT_CATEGORY || this == DESELECT_CATEGORY || this == SET_CATEGORY_WEIGHT;
    }
  }

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

  /** This change with the value it replaced. */
  public ProfileChange withPrevious(Object replaced) {
    return new ProfileChange(profile, kind, target, parameter, value, Optional.of(replaced), reason, location);
  }
}
