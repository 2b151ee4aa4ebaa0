package dev.kizuki.internal.load;

import dev.kizuki.Checklist;
import dev.kizuki.ChecklistException;
import dev.kizuki.Issue;
import dev.kizuki.Limits;
import dev.kizuki.internal.engine.Checked;
import dev.kizuki.internal.engine.Compiler;
import dev.kizuki.internal.engine.Program;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a checklist document: parse to a located tree, bind to the model, then compile it once to check
 * every cross-reference and rule, giving compiler issues the file location of the path they name. The
 * program is what it gives, so that the checklist is not compiled again to be assessed.
 * Immutable and thread-safe.
 */
public final class ChecklistReader {
  private final Limits limits;
  private final TreeReader trees;

  public ChecklistReader(Limits limits) {
    this.limits = limits;
    this.trees = new TreeReader(limits);
  }

  /**
   * The checklist in {@code reader} compiled with this reader's limits ({@link Program#checklist()} is the
   * checklist); JSON when {@code source} ends in {@code .json}, else YAML.
   *
   * @throws ChecklistException with every problem found
   */
  public Program read(String source, Reader reader) {
    boolean json = source.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    TreeReader.Result tree = trees.read(source, reader, json);
    if (tree.root() == null) {
      throw new ChecklistException(tree.issues());
    }
    ChecklistBinder binder = new ChecklistBinder(source, limits);
    Checklist checklist = binder.bind(tree.root());
    if (checklist == null) {
      throw new ChecklistException(binder.issues());
    }
    Checked<Program> compiled = Compiler.compile(checklist, limits, source);
    return compiled.value().orElseThrow(() -> {
      List<Issue> located = new ArrayList<>();
      for (Issue i : compiled.issues()) {
        long[] at = binder.locate(i.path());
        located.add(i.at(at[0], at[1]));
      }
      return new ChecklistException(located);
    });
  }
}
