package dev.kizuki.checklists;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Checklist;
import dev.kizuki.ChecklistLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The checklists that ship with kizuki, by explicit name.
 *
 * <p>Each checklist is loaded from this module's resources the first time it is asked for and then kept;
 * every call returns the same immutable {@link Checklist}. Thread-safe. A bundled checklist that fails to
 * load is a packaging bug: the {@link dev.kizuki.ChecklistException} from the loader is thrown as is.
 *
 * <pre>{@code
 * Checklist nisc = BundledChecklists.nisc2020();
 * Checklist same = BundledChecklists.byName("nisc-2020");
 * }</pre>
 */
public final class BundledChecklists {

  /** The id of the NISC FY2020 checklist, as used by {@link #byName(String)}. */
  public static final String NISC_2020 = "nisc-2020";

  /** Where the JSON Schema of the checklist format is on the class path. */
  public static final String SCHEMA_RESOURCE = "/dev/kizuki/checklists/kizuki-checklist-1.schema.json";

  private static final List<String> NAMES = List.of(NISC_2020);

  private BundledChecklists() {}

  /**
   * The checklist built from NISC's FY2020 supplementary survey of critical infrastructure ("2020年度
   * 重要インフラにおける補完調査について", published 2021-05-31): every lesson and countermeasure of its nine
   * cases as scored items.
   */
  public static Checklist nisc2020() {
    return Nisc2020Holder.CHECKLIST;
  }

  /** The names {@link #byName(String)} accepts, in a stable order. */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * The bundled checklist called {@code name}.
   *
   * @throws IllegalArgumentException if no bundled checklist has that name; the message lists the names
   */
  public static Checklist byName(String name) {
    requireNonNull(name, "name");
    if (name.equals(NISC_2020)) {
      return nisc2020();
    }
    throw new IllegalArgumentException(
        "no bundled checklist is named '" + name + "'; the bundled checklists are " + NAMES);
  }

  static Checklist load(String resource) {
    try (InputStream in = BundledChecklists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled checklist resource is missing: " + resource);
      }
      return ChecklistLoader.create().load(resource.substring(resource.lastIndexOf('/') + 1), in);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read bundled checklist " + resource, e);
    }
  }

  /** Lazy holder: the class is initialized, and the file loaded, on first use only. */
  private static final class Nisc2020Holder {
    static final Checklist CHECKLIST = load("/dev/kizuki/checklists/nisc-2020.yaml");
  }
}
