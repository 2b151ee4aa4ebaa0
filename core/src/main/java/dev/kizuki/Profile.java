package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A tailoring profile (format {@code kizuki-profile/1}) with its inheritance resolved: which items and
 * categories of one checklist are selected, and which parameters and weights differ from the checklist's,
 * each change with its reason. Load one with {@link TailoringLoader}; apply it with {@link #applyTo}.
 *
 * <p>{@code chain} lists the profile ids from the root of the {@code extends} chain to this profile; {@code
 * changes} are every profile's changes in that order (parents first, so a child overrides its parent).
 * {@code source} is the file this profile was read from. Immutable and thread-safe.
 */
public record Profile(
    String id,
    Text title,
    Text description,
    String checklist,
    String source,
    List<String> chain,
    List<ProfileChange> changes) {

  /**
   * Checks every part and copies the collections (the rules are in the type's comment).
   *
   * @param id as {@link #id()}
   * @param title as {@link #title()}
   * @param description as {@link #description()}
   * @param checklist as {@link #checklist()}
   * @param source as {@link #source()}
   * @param chain as {@link #chain()}
   * @param changes as {@link #changes()}
   */
  public Profile {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(checklist, "checklist");
    requireNonNull(source, "source");
    chain = List.copyOf(chain);
    changes = List.copyOf(changes);
    if (chain.isEmpty() || !chain.get(chain.size() - 1).equals(id)) {
      throw new IllegalArgumentException("profile " + id + ": the chain must end with the profile itself, was " + chain);
    }
  }

  /**
   * Applies this profile to {@code checklist}: deselected items (and categories) are left out, parameters
   * and weights changed. Within one profile, category selections apply before item selections, so a profile
   * may deselect a category and select one of its items again; along the chain, a child's changes apply
   * after its parent's.
   *
   * @param checklist the checklist the profile is for
   * @return the tailored checklist with every change and every item left out
   * @throws ChecklistException if the profile is for another checklist, names an item, category or
   *     parameter the checklist lacks, gives a parameter a value of the wrong type, or leaves no item; every
   *     issue names the profile file, line and path
   */
  public Tailoring applyTo(Checklist checklist) {
    return Tailor.apply(this, requireNonNull(checklist, "checklist"));
  }
}
