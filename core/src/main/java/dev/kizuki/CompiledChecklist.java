package dev.kizuki;

import static java.util.Objects.requireNonNull;

import dev.kizuki.internal.engine.Checked;
import dev.kizuki.internal.engine.Compiler;
import dev.kizuki.internal.engine.Engine;
import dev.kizuki.internal.engine.Program;
import dev.kizuki.internal.engine.WaiverPlan;
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
 * <p>Everything that can be wrong with the checklist, its tailoring or its waivers is found when compiling,
 * never while assessing. Compiled from a {@link Tailoring}, it assesses the tailored checklist and every
 * {@link Assessment} carries the profile. Waivers are bound with {@link Builder#waivers}; they never change
 * {@link Assessment#score()} except that an item waived with {@code evaluate: false} is UNKNOWN, and which
 * of them apply depends on the assessment date.
 *
 * <pre>{@code
 * CompiledChecklist compiled = CompiledChecklist.builder(tailoring).waivers(waivers).build();
 * Assessment a = compiled.assess(Inputs.directory(dir), AssessmentOptions.asOf(date));
 * }</pre>
 */
public final class CompiledChecklist {
  private final Checklist checklist;
  private final Program program;
  private final Optional<Tailoring> tailoring;
  private final Waivers waivers;
  private final WaiverPlan waiverPlan;

  private CompiledChecklist(Checklist checklist, Program program, Optional<Tailoring> tailoring, Waivers waivers,
      WaiverPlan waiverPlan) {
    this.checklist = checklist;
    this.program = program;
    this.tailoring = tailoring;
    this.waivers = waivers;
    this.waiverPlan = waiverPlan;
  }

  /**
   * Compiles a checklist with {@link Limits#defaults()} and no waivers.
   *
   * @param checklist the checklist
   * @return the compiled checklist
   * @throws ChecklistException listing every rule or cross-reference problem
   */
  public static CompiledChecklist compile(Checklist checklist) {
    return builder(checklist).build();
  }

  /**
   * Compiles a checklist with caps and no waivers.
   *
   * @param checklist the checklist
   * @param limits the caps on regexes and data files
   * @return the compiled checklist
   * @throws ChecklistException listing every rule or cross-reference problem
   */
  public static CompiledChecklist compile(Checklist checklist, Limits limits) {
    return builder(checklist).limits(limits).build();
  }

  /**
   * Compiles a tailored checklist with {@link Limits#defaults()} and no waivers.
   *
   * @param tailoring the tailoring
   * @return the compiled checklist; assessments carry the profile
   * @throws ChecklistException listing every problem, located at the profile change that caused it
   */
  public static CompiledChecklist compile(Tailoring tailoring) {
    return builder(tailoring).build();
  }

  /**
   * Compiles a tailored checklist with caps and no waivers.
   *
   * @param tailoring the tailoring
   * @param limits the caps on regexes and data files
   * @return the compiled checklist; assessments carry the profile
   * @throws ChecklistException listing every problem, located at the profile change that caused it
   */
  public static CompiledChecklist compile(Tailoring tailoring, Limits limits) {
    return builder(tailoring).limits(limits).build();
  }

  /**
   * A builder compiling a checklist.
   *
   * @param checklist the checklist
   * @return the builder, with default limits and no waivers
   */
  public static Builder builder(Checklist checklist) {
    return new Builder(requireNonNull(checklist, "checklist"), Optional.empty());
  }

  /**
   * A builder compiling a tailored checklist; assessments carry the profile.
   *
   * @param tailoring the tailoring
   * @return the builder, with default limits and no waivers
   */
  public static Builder builder(Tailoring tailoring) {
    requireNonNull(tailoring, "tailoring");
    return new Builder(tailoring.checklist(), Optional.of(tailoring));
  }

  /** How {@link Builder#build()} compiles; a test counts compilations through it. */
  @FunctionalInterface
  interface Compile {
    Checked<Program> compile(Checklist checklist, Limits limits, String source);
  }

  /** Collects what to compile with; not thread-safe, and {@link #build} may be called more than once. */
  public static final class Builder {
    private final Checklist checklist;
    private final Optional<Tailoring> tailoring;
    private Limits limits = Limits.defaults();
    private Waivers waivers = Waivers.NONE;

    private Builder(Checklist checklist, Optional<Tailoring> tailoring) {
      this.checklist = checklist;
      this.tailoring = tailoring;
    }

    /**
     * The limits on regexes and on the data files every assessment reads; {@link Limits#defaults()} if not set.
     *
     * @param limits the caps
     * @return this builder
     */
    public Builder limits(Limits limits) {
      this.limits = requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The waivers to bind; each applies to assessments on or before its expiry date. None if not set.
     *
     * @param waivers the waivers
     * @return this builder
     */
    public Builder waivers(Waivers waivers) {
      this.waivers = requireNonNull(waivers, "waivers");
      return this;
    }

    /**
     * Compiles. A checklist from {@link ChecklistLoader}, built with the loader's limits, is not compiled
     * again: the loader's compilation is used, and so is it for a tailoring that changed nothing.
     *
     * @return the compiled checklist, immutable and thread-safe
     * @throws ChecklistException listing every rule or cross-reference problem by path (for a tailoring,
     *     located at the profile change that caused it), then every waiver problem at its waiver: an item the
     *     checklist (before tailoring) lacks, rows of an item without a data rule, a row key that is not a
     *     value of the item's dataset's key column
     */
    public CompiledChecklist build() {
      return build(Compiler::compile);
    }

    /**
     * Compiles through {@code compiler}, unless the checklist remembers the program its loader compiled with
     * the same limits: a loaded checklist, or a tailoring that changed nothing in it, is not compiled again.
     * A tailored checklist is compiled once here; its base was compiled by its loader, which is how loading
     * reports the base's problems at their file positions, and that program does not fit the tailored items.
     */
    CompiledChecklist build(Compile compiler) {
      Optional<Program> loaded = checklist.program().filter(p -> p.limits().equals(limits));
      Checked<Program> result = loaded.isPresent() ? Checked.of(loaded.get())
          : compiler.compile(checklist, limits, checklist.id());
      Program program = result.value().orElseThrow(() -> new ChecklistException(located(result.issues())));
      List<Issue> issues = new ArrayList<>();
      WaiverPlan plan = WaiverPlan.bind(checklist, tailoring, waivers, issues);
      if (!issues.isEmpty()) {
        throw new ChecklistException(issues);
      }
      return new CompiledChecklist(checklist, program, tailoring, waivers, plan);
    }

    private List<Issue> located(List<Issue> issues) {
      if (tailoring.isEmpty()) {
        return issues;
      }
      List<Issue> located = new ArrayList<>();
      for (Issue i : issues) {
        located.add(atProfile(tailoring.get(), i));
      }
      return located;
    }
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

  /** The program assessments run; tests check it is the one the loader compiled. */
  Program program() {
    return program;
  }

  /**
   * The tailoring this checklist was compiled from.
   *
   * @return the tailoring, or empty when none
   */
  public Optional<Tailoring> tailoring() {
    return tailoring;
  }

  /**
   * The checklist compiled (the tailored one, for a tailoring).
   *
   * @return the checklist
   */
  public Checklist checklist() {
    return checklist;
  }

  /**
   * The waivers bound to this checklist.
   *
   * @return the waivers; {@link Waivers#NONE} if none
   */
  public Waivers waivers() {
    return waivers;
  }

  /**
   * Assesses {@code inputs}, reading each dataset once. Problems in the data never abort the run: they are
   * listed in {@link Assessment#dataIssues()}, and the items that needed the bad data are ERROR. The bound
   * waivers apply on the options' date; the rows they waive are told apart in the same pass.
   *
   * @param inputs the data
   * @param options the assessment date and how to score
   * @return the assessment
   */
  public Assessment assess(Inputs inputs, AssessmentOptions options) {
    return Engine.assess(program, waiverPlan, tailoring, requireNonNull(inputs, "inputs"),
        requireNonNull(options, "options"));
  }

  /**
   * The data rule of an item in plain words.
   *
   * @param itemId the item's id
   * @return the rule, or an empty text for a questionnaire-only item
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

  /**
   * The schema of {@code answers.csv}, the questionnaire answers every checklist accepts.
   *
   * @return the schema
   */
  public static DatasetSchema answersSchema() {
    return Engine.answersSchema();
  }
}
