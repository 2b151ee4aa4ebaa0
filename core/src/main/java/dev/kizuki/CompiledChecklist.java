package dev.kizuki;

import static java.util.Objects.requireNonNull;

import dev.kizuki.internal.engine.Compiler;
import dev.kizuki.internal.engine.Engine;
import dev.kizuki.internal.engine.Program;
import dev.kizuki.internal.tailor.Tailor;
import dev.kizuki.internal.tailor.Waiving;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A checklist with every rule compiled once into Java objects, ready to assess any number of
 * organizations.
 *
 * <p>Immutable and thread-safe: one instance may sit in a {@code static final} field of a server and serve
 * concurrent assessments. Each {@link #assess} reads its inputs once, streaming every dataset in a single
 * pass, and keeps only the capped evidence and the key indexes that cross-dataset rules need.
 *
 * <p>Compiled from a {@link Tailoring}, it assesses the tailored checklist and every {@link Assessment}
 * carries the profile. Waivers come with the options ({@link AssessmentOptions#withWaivers}); they never
 * change {@link Assessment#score()} except that an item waived with {@code evaluate: false} is UNKNOWN.
 */
public final class CompiledChecklist {
  private final Checklist checklist;
  private final Program program;
  private final Optional<Tailoring> tailoring;

  private CompiledChecklist(Checklist checklist, Program program, Optional<Tailoring> tailoring) {
    this.checklist = checklist;
    this.program = program;
    this.tailoring = tailoring;
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
    return new CompiledChecklist(checklist, result.program(), Optional.empty());
  }

  /** Compiles the tailored checklist of {@code tailoring} with {@link Limits#defaults()}. */
  public static CompiledChecklist compile(Tailoring tailoring) {
    return compile(tailoring, Limits.defaults());
  }

  /**
   * Compiles the tailored checklist of {@code tailoring}; assessments carry the profile.
   *
   * @throws ChecklistException if a changed parameter breaks a rule, located at the profile's change
   */
  public static CompiledChecklist compile(Tailoring tailoring, Limits limits) {
    requireNonNull(tailoring, "tailoring");
    Checklist tailored = tailoring.checklist();
    Compiler.Result result = Compiler.compile(tailored, requireNonNull(limits, "limits"), tailored.id());
    if (result.program() == null) {
      List<Issue> located = new ArrayList<>();
      for (Issue i : result.issues()) {
        located.add(atProfile(tailoring, i));
      }
      throw new ChecklistException(located);
    }
    return new CompiledChecklist(tailored, result.program(), Optional.of(tailoring));
  }

  /** A compiler issue of the tailored checklist, moved to the last profile change of the item it names. */
  private static Issue atProfile(Tailoring t, Issue i) {
    List<Item> items = t.checklist().items();
    for (int k = 0; k < items.size(); k++) {
      String itemId = items.get(k).id();
      if (i.path().startsWith("items[" + k + "]")) {
        for (int c = t.changes().size() - 1; c >= 0; c--) {
          ProfileChange change = t.changes().get(c);
          if (!change.kind().onCategory() && change.target().equals(itemId)) {
            return change.location().issue("", Text.of(itemId + ": " + i.message().ja(),
                itemId + ": " + i.message().en()));
          }
        }
      }
    }
    return new Issue(t.profile().source(), 0, 0, i.path(), i.message());
  }

  /** The tailoring this checklist was compiled from, if any. */
  public Optional<Tailoring> tailoring() {
    return tailoring;
  }

  public Checklist checklist() {
    return checklist;
  }

  /**
   * Assesses {@code inputs}. Problems in the data never abort the run: they are listed in {@link
   * Assessment#dataIssues()}, and the items that needed the bad data are ERROR. The waivers of {@code
   * options} are applied on its date; row waivers read the datasets of the row-waived items a second time.
   *
   * @throws ChecklistException if a waiver names an item the checklist lacks (before tailoring), waives rows
   *     of an item without a data rule, or gives a row key that cannot be a key of the item's dataset
   */
  public Assessment assess(Inputs inputs, AssessmentOptions options) {
    requireNonNull(inputs, "inputs");
    requireNonNull(options, "options");
    Assessment honest;
    if (tailoring.isPresent()) {
      honest = Tailor.carry(Engine.assess(program, inputs, options, Tailor.notSelectedIds(tailoring.get())),
          tailoring.get());
    } else {
      honest = Engine.assess(program, inputs, options);
    }
    return Waiving.apply(honest, inputs, options, tailoring);
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
