package dev.kizuki;

import static java.util.Objects.requireNonNull;

import dev.kizuki.internal.engine.Program;
import dev.kizuki.internal.load.ChecklistReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads checklists from YAML or JSON (the same model; JSON when the name ends in {@code .json}).
 *
 * <p>Loading is strict and reports every problem at once, each with file, line, column and path: unknown,
 * missing and duplicate keys, wrong types, YAML anchors, aliases and tags, unknown datasets, columns,
 * categories, lessons or parameters, invalid rules, and documents beyond the {@link Limits}. A loaded
 * checklist has been compiled once, so {@link CompiledChecklist#compile(Checklist)} will not fail on it, and
 * compiling it with this loader's limits reuses that compilation rather than doing it again.
 *
 * <p>Files are read as UTF-8 (a BOM is skipped); invalid UTF-8 is an error, never replaced. Immutable and
 * thread-safe.
 */
public final class ChecklistLoader {
  private final Limits limits;
  private final ChecklistReader reader;

  private ChecklistLoader(Limits limits) {
    this.limits = limits;
    this.reader = new ChecklistReader(limits);
  }

  /**
   * A loader with {@link Limits#defaults()}.
   *
   * @return the loader
   */
  public static ChecklistLoader create() {
    return new ChecklistLoader(Limits.defaults());
  }

  /**
   * A loader with caps.
   *
   * @param limits the caps on document size, nesting and counts
   * @return the loader
   */
  public static ChecklistLoader create(Limits limits) {
    return new ChecklistLoader(requireNonNull(limits, "limits"));
  }

  /**
   * Loads the checklist file at {@code file}; its file name is the source named in issues.
   *
   * @param file the checklist file (YAML, or JSON when named {@code .json})
   * @return the checklist
   * @throws ChecklistException with every problem found
   * @throws IOException if the file cannot be read
   */
  public Checklist load(Path file) throws IOException {
    Path name = file.getFileName();
    String source = name == null ? file.toString() : name.toString();
    if (Files.isDirectory(file)) {
      throw new ChecklistException(java.util.List.of(new Issue(source, 0, 0, "", Text.of(
          "チェックリストのファイルが必要ですが、フォルダでした", "expected a checklist file, found a folder"))));
    }
    if (Files.size(file) > 4L * limits.maxChecklistChars()) {
      throw new ChecklistException(java.util.List.of(new Issue(source, 0, 0, "", Text.of(
          "ファイルが大きすぎます（上限 " + limits.maxChecklistChars() + " 文字）",
          "the file is too large (the limit is " + limits.maxChecklistChars() + " characters)"))));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return load(source, in);
    }
  }

  /**
   * Loads a checklist from {@code in} (UTF-8), naming it {@code source} in issues. Does not close {@code in}.
   *
   * @param source the name issues give the document
   * @param in the document
   * @return the checklist
   * @throws ChecklistException with every problem found, including undecodable bytes
   */
  public Checklist load(String source, InputStream in) {
    requireNonNull(source, "source");
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return read(source, new SkipBom(new InputStreamReader(in, utf8)));
  }

  /**
   * Loads a checklist from text, naming it {@code source} in issues (a name ending {@code .json} means
   * JSON).
   *
   * @param source the name issues give the document
   * @param content the document
   * @return the checklist
   * @throws ChecklistException with every problem found
   */
  public Checklist parse(String source, String content) {
    return read(requireNonNull(source, "source"), new StringReader(content));
  }

  private Checklist read(String source, Reader in) {
    Program program = reader.read(source, in);
    return program.checklist().withProgram(program);
  }

  /** Drops a leading byte-order mark. */
  private static final class SkipBom extends Reader {
    private final Reader in;
    private boolean first = true;

    SkipBom(Reader in) {
      this.in = in;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, len);
      if (first && n > 0) {
        first = false;
        if (buf[off] == '\uFEFF') {
          System.arraycopy(buf, off + 1, buf, off, n - 1);
          return n == 1 ? read(buf, off, len) : n - 1;
        }
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
