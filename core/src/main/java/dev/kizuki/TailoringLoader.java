package dev.kizuki;

import static java.util.Objects.requireNonNull;

import dev.kizuki.internal.load.TailoringReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads tailoring profiles ({@code kizuki-profile/1}) and waiver files ({@code kizuki-waivers/1}), YAML or
 * JSON (JSON when the name ends in {@code .json}), as strictly as {@link ChecklistLoader} loads checklists:
 * unknown, missing and duplicate keys, wrong types, YAML anchors, aliases and tags are errors, reported all at
 * once with file, line, column and path. Files are UTF-8 (a BOM is skipped).
 *
 * <p>A profile's {@code extends} is either a file path relative to the profile (it contains a {@code /} or
 * ends in {@code .yaml}, {@code .yml} or {@code .json}) or the id of a named profile, looked up with the
 * function given to {@link #withNamedProfiles} (the bundled profiles, say). Immutable and thread-safe.
 *
 * <pre>{@code
 * TailoringLoader loader = TailoringLoader.create();
 * Tailoring tailoring = loader.profile(Path.of("my-profile.yaml")).applyTo(checklist);
 * Waivers waivers = loader.waivers(Path.of("waivers.yaml"));
 * CompiledChecklist compiled = CompiledChecklist.builder(tailoring).waivers(waivers).build();
 * Assessment a = compiled.assess(inputs, AssessmentOptions.asOf(date));
 * }</pre>
 */
public final class TailoringLoader {
  private final Limits limits;
  private final Function<String, Optional<String>> named;
  private final TailoringReader reader;

  private TailoringLoader(Limits limits, Function<String, Optional<String>> named) {
    this.limits = limits;
    this.named = named;
    this.reader = new TailoringReader(limits, named);
  }

  /**
   * A loader with {@link Limits#defaults()} and no named profiles.
   *
   * @return the loader
   */
  public static TailoringLoader create() {
    return create(Limits.defaults());
  }

  /**
   * A loader with caps and no named profiles.
   *
   * @param limits the caps on document size and nesting
   * @return the loader
   */
  public static TailoringLoader create(Limits limits) {
    return new TailoringLoader(requireNonNull(limits, "limits"), id -> Optional.empty());
  }

  /**
   * This loader, resolving named profiles with {@code source}: given a profile id, the text of that profile
   * document (YAML), or empty if there is no such profile. {@code source} must be thread-safe.
   *
   * @param source the named profiles' texts by id
   * @return a loader that resolves named profiles with {@code source}
   */
  public TailoringLoader withNamedProfiles(Function<String, Optional<String>> source) {
    return new TailoringLoader(limits, requireNonNull(source, "source"));
  }

  /**
   * Loads the profile in {@code file} and, through {@code extends}, its parents.
   *
   * @param file the profile file
   * @return the profile, its inheritance resolved
   * @throws ChecklistException with every problem found, in whichever file of the chain it is, including a
   *     cycle, an unknown parent, or a parent for another checklist
   * @throws IOException if a file cannot be read
   */
  public Profile profile(Path file) throws IOException {
    try {
      return reader.profile(requireNonNull(file, "file"));
    } catch (ChecklistException e) {
      throw as(ChecklistException.Kind.PROFILE, e);
    }
  }

  /**
   * The named profile {@code id}.
   *
   * @param id the profile id
   * @return the profile, its inheritance resolved
   * @throws IllegalArgumentException if no named profile has that id
   * @throws ChecklistException if it (or a parent) is invalid
   */
  public Profile namedProfile(String id) {
    Optional<Profile> p;
    try {
      p = reader.named(requireNonNull(id, "id"));
    } catch (ChecklistException e) {
      throw as(ChecklistException.Kind.PROFILE, e);
    }
    return p.orElseThrow(() -> new IllegalArgumentException("no profile is named '" + id + "'"));
  }

  /**
   * Loads a profile from text, naming it {@code source} in issues; its {@code extends}, if any, must name a
   * named profile.
   *
   * @param source the name issues give the text
   * @param content the profile document (YAML)
   * @return the profile, its inheritance resolved
   * @throws ChecklistException with every problem found
   */
  public Profile parseProfile(String source, String content) {
    try {
      return reader.parseProfile(requireNonNull(source, "source"), requireNonNull(content, "content"));
    } catch (ChecklistException e) {
      throw as(ChecklistException.Kind.PROFILE, e);
    }
  }

  /**
   * Loads the waivers in {@code file}. They are checked against a checklist when it is compiled with them.
   *
   * @param file the waiver file
   * @return the waivers
   * @throws ChecklistException with every problem found
   * @throws IOException if the file cannot be read
   */
  public Waivers waivers(Path file) throws IOException {
    try {
      return reader.waivers(requireNonNull(file, "file"));
    } catch (ChecklistException e) {
      throw as(ChecklistException.Kind.WAIVERS, e);
    }
  }

  /**
   * Loads waivers from text, naming it {@code source} in issues.
   *
   * @param source the name issues give the text
   * @param content the waiver document (YAML)
   * @return the waivers
   * @throws ChecklistException with every problem found
   */
  public Waivers parseWaivers(String source, String content) {
    try {
      return reader.parseWaivers(requireNonNull(source, "source"), requireNonNull(content, "content"));
    } catch (ChecklistException e) {
      throw as(ChecklistException.Kind.WAIVERS, e);
    }
  }

  /** The problems of {@code e}, said to be in a file of {@code kind} (the reader does not know which it read). */
  private static ChecklistException as(ChecklistException.Kind kind, ChecklistException e) {
    return e.kind() == kind ? e : new ChecklistException(kind, e.issues());
  }
}
