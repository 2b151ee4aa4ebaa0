package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The waivers of one file (format {@code kizuki-waivers/1}), at most one per item. Bind them when
 * compiling, with {@link CompiledChecklist.Builder#waivers(Waivers)}. Immutable.
 */
public record Waivers(String source, List<Waiver> waivers) {

  /** No waivers: the assessment is not waived at all. */
  public static final Waivers NONE = new Waivers("", List.of());

  /**
   * Checks every part and copies the collections (the rules are in the type's comment).
   *
   * @param source as {@link #source()}
   * @param waivers as {@link #waivers()}
   */
  public Waivers {
    requireNonNull(source, "source");
    waivers = List.copyOf(waivers);
  }

  /**
   * The waiver of an item.
   *
   * @param itemId the item's id
   * @return the waiver, or empty when the item has none
   */
  public Optional<Waiver> forItem(String itemId) {
    return waivers.stream().filter(w -> w.item().equals(itemId)).findFirst();
  }

  /**
   * Whether there is no waiver.
   *
   * @return true when there is none
   */
  public boolean isEmpty() {
    return waivers.isEmpty();
  }
}
