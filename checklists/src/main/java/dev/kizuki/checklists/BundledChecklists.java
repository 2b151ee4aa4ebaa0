package dev.kizuki.checklists;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Checklist;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.Profile;
import dev.kizuki.TailoringLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

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
 * Tailoring small = BundledChecklists.profile("small-operator").applyTo(nisc);
 * }</pre>
 *
 * <p>Tailoring profiles of the bundled checklists ship too ({@link #profileNames()}); {@link
 * #tailoringLoader()} loads profile files whose {@code extends} names one of them.
 */
public final class BundledChecklists {

  /** The id of the NISC FY2020 checklist, as used by {@link #byName(String)}. */
  public static final String NISC_2020 = "nisc-2020";

  /** Where the JSON Schema of the checklist format is on the class path. */
  public static final String SCHEMA_RESOURCE = "/dev/kizuki/checklists/kizuki-checklist-1.schema.json";

  private static final List<String> NAMES = List.of(NISC_2020);

  /** The bundled tailoring profiles, by id. */
  private static final List<String> PROFILES = List.of("small-operator", "strict");

  private BundledChecklists() {}

  /**
   * The checklist built from NISC's FY2020 supplementary survey of critical infrastructure ("2020年度
   * 重要インフラにおける補完調査について", published 2021-05-31): every lesson and countermeasure of its nine
   * cases as scored items.
   *
   * @return the checklist, built once from generated code
   */
  public static Checklist nisc2020() {
    return Nisc2020Holder.CHECKLIST;
  }

  /**
   * The names {@link #byName(String)} accepts.
   *
   * @return the names, in a stable order
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * The bundled checklist called {@code name}.
   *
   * @param name a name from {@link #names()}
   * @return the checklist
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

  /**
   * The ids of the bundled tailoring profiles (all for {@code nisc-2020}).
   *
   * @return the ids, in a stable order
   */
  public static List<String> profileNames() {
    return PROFILES;
  }

  /**
   * The bundled tailoring profile {@code id}, such as {@code small-operator} or {@code strict}.
   *
   * @param id an id from {@link #profileNames()}
   * @return the profile
   * @throws IllegalArgumentException if no bundled profile has that id; the message lists the ids
   */
  public static Profile profile(String id) {
    requireNonNull(id, "id");
    if (!PROFILES.contains(id)) {
      throw new IllegalArgumentException(
          "no bundled profile is named '" + id + "'; the bundled profiles are " + PROFILES);
    }
    return tailoringLoader().namedProfile(id);
  }

  /**
   * A loader of profiles and waivers whose {@code extends} may name a bundled profile.
   *
   * @return a new loader
   */
  public static TailoringLoader tailoringLoader() {
    return TailoringLoader.create().withNamedProfiles(BundledChecklists::profileSource);
  }

  /** The text of the bundled profile {@code id}, if there is one. */
  static Optional<String> profileSource(String id) {
    if (!PROFILES.contains(id)) {
      return Optional.empty();
    }
    String resource = "/dev/kizuki/checklists/profiles/" + id + ".yaml";
    try (InputStream in = BundledChecklists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled profile resource is missing: " + resource);
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read bundled profile " + resource, e);
    }
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

  /**
   * The bundled checklist {@code name}: built by the class the build generates from its YAML source (the same
   * model, see checklists/pom.xml; cold, about an eighth of the time of parsing and binding the file), or
   * loaded from the YAML itself where the build step has not run (an IDE compiling the sources alone).
   */
  static Checklist loadBundled(String name, String modelClass) {
    Class<?> model;
    try {
      model = Class.forName(modelClass);
    } catch (ClassNotFoundException e) {
      return load("/dev/kizuki/checklists/" + name + ".yaml");
    }
    try {
      return (Checklist) model.getMethod("checklist").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("bundled checklist class is broken: " + modelClass, e);
    }
  }

  /** Lazy holder: the class is initialized, and the file loaded, on first use only. */
  private static final class Nisc2020Holder {
    static final Checklist CHECKLIST = loadBundled(NISC_2020, "dev.kizuki.checklists.internal.Nisc2020Model");
  }
}
