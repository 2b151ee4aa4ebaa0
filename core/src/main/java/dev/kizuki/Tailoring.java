package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A checklist tailored by a profile: the tailored {@code checklist} (only selected items, changed parameters
 * and weights), every change the profile made (with the value each replaced), and the items it did not
 * select, so that a report can list them rather than let them disappear. Compile it with {@link
 * CompiledChecklist#compile(Tailoring)}. Immutable.
 */
public record Tailoring(Profile profile, Checklist checklist, List<ProfileChange> changes,
    List<NotSelected> notSelected) {

  /** An item the profile left out, and the change that decided it. */
  public record NotSelected(Item item, ProfileChange because) {
    /**
     * Checks every part (the rules are in the type's comment).
     *
     * @param item as {@link #item()}
     * @param because as {@link #because()}
     */
    public NotSelected {
      requireNonNull(item, "item");
      requireNonNull(because, "because");
    }
  }

  /**
   * Checks every part and copies the collections (the rules are in the type's comment).
   *
   * @param profile as {@link #profile()}
   * @param checklist as {@link #checklist()}
   * @param changes as {@link #changes()}
   * @param notSelected as {@link #notSelected()}
   */
  public Tailoring {
    requireNonNull(profile, "profile");
    requireNonNull(checklist, "checklist");
    changes = List.copyOf(changes);
    notSelected = List.copyOf(notSelected);
  }

  /**
   * A left-out item.
   *
   * @param itemId the item's id
   * @return the item and the change that left it out, or empty when it was selected
   */
  public Optional<NotSelected> notSelected(String itemId) {
    return notSelected.stream().filter(n -> n.item().id().equals(itemId)).findFirst();
  }
}
