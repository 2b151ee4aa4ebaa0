package dev.kizuki.internal.data;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Declaration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A data folder's {@code kizuki-inputs.yaml} (format {@code kizuki-inputs/1}): what it says of each dataset.
 * Today that is only completeness; the evidence-input work adds sources, globs, sheets, column renames and
 * value maps as further parts of {@link Entry}, so that a manifest written today stays valid. Plain Java, so
 * the engine never sees the YAML. Immutable.
 *
 * @param source the file name, as issues and reports give it
 * @param datasets each dataset's entry, in the order written
 */
public record InputsManifest(String source, Map<String, Entry> datasets) {

  /** The value of the manifest's {@code format} key. */
  public static final String FORMAT = "kizuki-inputs/1";

  public InputsManifest {
    requireNonNull(source, "source");
    datasets = Collections.unmodifiableMap(new LinkedHashMap<>(datasets));
  }

  /**
   * What the manifest says of one dataset.
   *
   * @param dataset the dataset id, as written
   * @param complete the declaration of completeness, when {@code complete: true}
   */
  public record Entry(String dataset, Optional<Declaration> complete) {
    public Entry {
      requireNonNull(dataset, "dataset");
      requireNonNull(complete, "complete");
    }
  }

  /** Every declaration of completeness, in the order written. */
  public List<Declaration> declarations() {
    return datasets.values().stream().flatMap(e -> e.complete().stream()).toList();
  }
}
