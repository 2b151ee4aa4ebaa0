package dev.kizuki.internal.load;

import dev.kizuki.Issue;
import dev.kizuki.Limits;
import dev.kizuki.internal.data.DataFiles;
import dev.kizuki.internal.data.DataMessages;
import dev.kizuki.internal.data.InputsManifest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a data folder's {@code kizuki-inputs.yaml} with the located-tree reader and the limits a checklist
 * is read with (size, nesting, no anchors, aliases or tags). Problems are returned, not thrown: they are
 * data issues of the assessment, and a manifest with any problem gives no declaration at all. Immutable and
 * thread-safe.
 */
public final class InputsReader {
  private final Limits limits;
  private final TreeReader trees;

  public InputsReader(Limits limits) {
    this.limits = limits;
    this.trees = new TreeReader(limits);
  }

  /** A manifest, or the issues that make it unusable; never both. */
  public record Result(Optional<InputsManifest> manifest, List<Issue> issues) {
    public Result {
      issues = List.copyOf(issues);
    }
  }

  /**
   * The manifest in {@code file}, named by its file name in issues; {@code confinedTo}, when given, is the
   * folder a link may not lead out of.
   */
  public Result read(Path file, @Nullable Path confinedTo) {
    Path name = file.getFileName();
    String source = name == null ? file.toString() : name.toString();
    Optional<dev.kizuki.Text> refused = DataFiles.refusal(file, confinedTo, 4L * limits.maxChecklistChars());
    if (refused.isPresent()) {
      return failed(source, refused.get());
    }
    String content;
    try {
      content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      return failed(source, LoadMessages.notUtf8());
    } catch (IOException e) {
      return failed(source, DataMessages.ioFailure(e));
    }
    return parse(source, content);
  }

  /** The manifest in {@code content}, named {@code source} in issues. */
  public Result parse(String source, String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    TreeReader.Result tree = trees.read(source, new StringReader(text), false);
    Node root = tree.root();
    if (root == null) {
      return new Result(Optional.empty(), tree.issues());
    }
    InputsBinder binder = new InputsBinder(source);
    InputsManifest manifest = binder.bind(root);
    return manifest == null ? new Result(Optional.empty(), binder.issues()) : new Result(Optional.of(manifest), List.of());
  }

  private static Result failed(String source, dev.kizuki.Text why) {
    return new Result(Optional.empty(), List.of(new Issue(source, 0, 0, "", why)));
  }
}
