package dev.kizuki;

import static java.util.Objects.requireNonNull;

import dev.kizuki.internal.engine.Compiler;
import dev.kizuki.internal.engine.Engine;
import dev.kizuki.internal.engine.Program;

/**
 * A checklist with every rule compiled once into Java objects, ready to assess any number of
 * organizations.
 *
 * <p>Immutable and thread-safe: one instance may sit in a {@code static final} field of a server and serve
 * concurrent assessments. Each {@link #assess} reads its inputs once, streaming every dataset in a single
 * pass, and keeps only the capped evidence and the key indexes that cross-dataset rules need.
 */
public final class CompiledChecklist {
  private final Checklist checklist;
  private final Program program;

  private CompiledChecklist(Checklist checklist, Program program) {
    this.checklist = checklist;
    this.program = program;
  }

  /**
   * Compiles {@code checklist} with {@link Limits#defaults()}.
   *
   * @throws ChecklistException listing every rule or cross-reference problem, by path
   */
  public static CompiledChecklist compile(Checklist checklist) {
    return compile(checklist, Limits.defaults());
  }

  /**
   * Compiles {@code checklist}; {@code limits} bound its regexes.
   *
   * @throws ChecklistException listing every rule or cross-reference problem, by path
   */
  public static CompiledChecklist compile(Checklist checklist, Limits limits) {
    requireNonNull(checklist, "checklist");
    Compiler.Result result = Compiler.compile(checklist, requireNonNull(limits, "limits"), checklist.id());
    if (result.program() == null) {
      throw new ChecklistException(result.issues());
    }
    return new CompiledChecklist(checklist, result.program());
  }

  public Checklist checklist() {
    return checklist;
  }

  /**
   * Assesses {@code inputs}. Problems in the data never abort the run: they are listed in {@link
   * Assessment#dataIssues()}, and the items that needed the bad data are ERROR.
   */
  public Assessment assess(Inputs inputs, AssessmentOptions options) {
    return Engine.assess(program, requireNonNull(inputs, "inputs"), requireNonNull(options, "options"));
  }

  /**
   * The data rule of {@code itemId} in plain words, or an empty text for a questionnaire-only item.
   *
   * @throws IllegalArgumentException if the checklist has no such item
   */
  public Text describeRule(String itemId) {
    for (int i = 0; i < checklist.items().size(); i++) {
      if (checklist.items().get(i).id().equals(itemId)) {
        return program.describe(i);
      }
    }
    throw new IllegalArgumentException("no item " + itemId + " in checklist " + checklist.id());
  }

  /** The schema of {@code answers.csv}, the questionnaire answers every checklist accepts. */
  public static DatasetSchema answersSchema() {
    return Engine.answersSchema();
  }
}
