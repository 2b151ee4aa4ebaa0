package dev.kizuki.internal.load;

import dev.kizuki.ChecklistException;
import dev.kizuki.Issue;
import dev.kizuki.Limits;
import dev.kizuki.Location;
import dev.kizuki.Profile;
import dev.kizuki.ProfileChange;
import dev.kizuki.Text;
import dev.kizuki.Waivers;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads profile and waiver documents with the checklist reader's strictness (same tree reader, same
 * binding), and resolves a profile's {@code extends} chain: a relative file path, or the id of a named
 * profile that {@code named} supplies. Cycles, unknown parents, parents for another checklist and chains
 * deeper than {@value #MAX_DEPTH} are errors located at the {@code extends} that causes them. Immutable and
 * thread-safe.
 */
public final class TailoringReader {
  /** The longest {@code extends} chain, counting the profile itself. */
  public static final int MAX_DEPTH = 16;

  private final Limits limits;
  private final TreeReader trees;
  private final Function<String, Optional<String>> named;

  public TailoringReader(Limits limits, Function<String, Optional<String>> named) {
    this.limits = limits;
    this.trees = new TreeReader(limits);
    this.named = named;
  }

  /** The profile in {@code file} with its chain resolved. */
  public Profile profile(Path file) throws IOException {
    return resolve(Ref.file(file), new ArrayList<>());
  }

  /** The named profile {@code id}, or empty when {@code named} does not know it. */
  public Optional<Profile> named(String id) {
    if (named.apply(id).isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(resolve(Ref.named(id), new ArrayList<>()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A profile given as text; its {@code extends}, if any, must name a named profile. */
  public Profile parseProfile(String source, String content) {
    try {
      return resolve(new Ref(source, null, "text:" + source, content), new ArrayList<>());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The waivers in {@code file}. */
  public Waivers waivers(Path file) throws IOException {
    return parseWaivers(fileName(file), readUtf8(file, fileName(file)));
  }

  /** Waivers given as text, named {@code source} in issues (JSON when it ends in {@code .json}). */
  public Waivers parseWaivers(String source, String content) {
    WaiverBinder binder = new WaiverBinder(source);
    Waivers waivers = binder.bind(tree(source, content));
    if (waivers == null) {
      throw new ChecklistException(binder.issues());
    }
    return waivers;
  }

  /** Where a profile document comes from: a file, a named profile, or text. */
  private record Ref(String source, @Nullable Path file, String key, @Nullable String content) {
    static Ref file(Path file) {
      Path abs = file.toAbsolutePath().normalize();
      return new Ref(fileName(file), abs, "file:" + abs, null);
    }

    static Ref named(String id) {
      return new Ref(id + ".yaml", null, "named:" + id, null);
    }
  }

  private Profile resolve(Ref ref, List<String> visiting) throws IOException {
    String content = ref.content != null ? ref.content : ref.file != null ? readUtf8(ref.file, ref.source)
        : named.apply(ref.key.substring("named:".length())).orElseThrow();
    ProfileBinder binder = new ProfileBinder(ref.source);
    ProfileBinder.Doc doc = binder.bind(tree(ref.source, content));
    if (doc == null) {
      throw new ChecklistException(binder.issues());
    }
    visiting.add(ref.key);
    List<String> chain = new ArrayList<>();
    List<ProfileChange> changes = new ArrayList<>();
    if (doc.parent().isPresent()) {
      String parent = doc.parent().get();
      Location at = doc.extendsAt();
      Ref parentRef = parentRef(parent, ref, at);
      if (visiting.contains(parentRef.key)) {
        List<String> names = new ArrayList<>();
        for (String k : visiting.subList(visiting.indexOf(parentRef.key), visiting.size())) {
          names.add(display(k));
        }
        names.add(display(parentRef.key));
        String cycle = String.join(" → ", names);
        throw error(at, Text.of("extends が循環しています: " + cycle, "extends forms a cycle: " + cycle));
      }
      if (visiting.size() >= MAX_DEPTH) {
        throw error(at, Text.of("extends の連鎖が長すぎます（上限 " + MAX_DEPTH + "）",
            "the extends chain is too long (the limit is " + MAX_DEPTH + ")"));
      }
      Profile base = resolve(parentRef, visiting);
      if (!base.checklist().equals(doc.checklist())) {
        throw error(at, Text.of(
            "継承元のプロファイル " + base.id() + " はチェックリスト " + base.checklist() + " 用ですが、このプロファイルは "
                + doc.checklist() + " 用です",
            "the parent profile " + base.id() + " is for checklist " + base.checklist() + ", but this profile is for "
                + doc.checklist()));
      }
      chain.addAll(base.chain());
      changes.addAll(base.changes());
    }
    chain.add(doc.id());
    changes.addAll(doc.changes());
    return new Profile(doc.id(), doc.title(), doc.description(), doc.checklist(), ref.source, chain, changes);
  }

  private Ref parentRef(String parent, Ref child, Location at) {
    String lower = parent.toLowerCase(Locale.ROOT);
    boolean isPath = parent.contains("/") || parent.contains("\\") || lower.endsWith(".yaml")
        || lower.endsWith(".yml") || lower.endsWith(".json");
    if (!isPath) {
      if (named.apply(parent).isEmpty()) {
        throw error(at, Text.of("「" + parent + "」という名前のプロファイルはありません",
            "no profile is named \"" + parent + "\""));
      }
      return Ref.named(parent);
    }
    if (child.file == null) {
      throw error(at, Text.of("ファイルから読んだプロファイルだけがファイルを継承できます。名前で指定してください",
          "only a profile read from a file can extend a file; name a bundled profile instead"));
    }
    Path dir = child.file.getParent();
    Path file = dir == null ? Path.of(parent) : dir.resolve(parent);
    if (!Files.isRegularFile(file)) {
      throw error(at, Text.of("継承元のファイル " + parent + " がありません", "the parent profile file " + parent
          + " does not exist"));
    }
    return Ref.file(file);
  }

  private static String display(String key) {
    if (key.startsWith("file:")) {
      return fileName(Path.of(key.substring(5)));
    }
    return key.substring(key.indexOf(':') + 1);
  }

  private static ChecklistException error(Location at, Text message) {
    return new ChecklistException(List.of(at.issue("", message)));
  }

  private Node tree(String source, String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    TreeReader.Result tree = trees.read(source, new StringReader(text),
        source.toLowerCase(Locale.ROOT).endsWith(".json"));
    if (tree.root() == null) {
      throw new ChecklistException(tree.issues());
    }
    return tree.root();
  }

  private String readUtf8(Path file, String source) throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    if (Files.size(file) > 4L * limits.maxChecklistChars()) {
      throw new ChecklistException(List.of(new Issue(source, 0, 0, "", LoadMessages.fileTooLarge(limits))));
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ChecklistException(List.of(new Issue(source, 0, 0, "", LoadMessages.notUtf8())));
    }
  }

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }
}
