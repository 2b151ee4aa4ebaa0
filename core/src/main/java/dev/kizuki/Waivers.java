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

  public Waivers {
    requireNonNull(source, "source");
    waivers = List.copyOf(waivers);
  }

  /** The waiver of {@code itemId}, if there is one. */
  public Optional<Waiver> forItem(String itemId) {
    return waivers.stream().filter(w -> w.item().equals(itemId)).findFirst();
  }

  /** Whether there is no waiver. */
  public boolean isEmpty() {
    return waivers.isEmpty();
  }
}
