package dev.kizuki.internal.engine;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Answer;
import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.Basis;
import dev.kizuki.Checklist;
import dev.kizuki.DatasetReport;
import dev.kizuki.DatasetSchema;
import dev.kizuki.Declaration;
import dev.kizuki.Evidence;
import dev.kizuki.Expectation;
import dev.kizuki.Inputs;
import dev.kizuki.Issue;
import dev.kizuki.Item;
import dev.kizuki.Limits;
import dev.kizuki.Location;
import dev.kizuki.ItemResult;
import dev.kizuki.Outcome;
import dev.kizuki.RowRef;
import dev.kizuki.Tailoring;
import dev.kizuki.Text;
import dev.kizuki.Waiver;
import dev.kizuki.WaiverReport;
import dev.kizuki.WaiverReport.Status;
import dev.kizuki.internal.data.CsvDatasetReader;
import dev.kizuki.internal.data.DataFiles;
import dev.kizuki.internal.data.DataMessages;
import dev.kizuki.internal.data.InputParts;
import dev.kizuki.internal.data.InputsManifest;
import dev.kizuki.internal.data.ReadResult;
import dev.kizuki.internal.data.Row;
import dev.kizuki.internal.data.RowDecoder;
import dev.kizuki.internal.load.InputsReader;
import dev.kizuki.internal.result.Results;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs a compiled {@link Program} over inputs: streams each dataset once, in dependency order, evaluating
 * every rule and building every key index for it in the same pass; then derives outcomes, combines answers
 * and scores. Stateless; each {@link #assess} call has its own state, so one program serves many threads.
 */
public final class Engine {
  private Engine() {}

  /** Per-dataset reading state: what was read and how well. */
  private static final class DatasetState {
    final List<String> sources = new ArrayList<>();
    final Set<String> encodings = new LinkedHashSet<>();
    long rows;
    boolean given;
    boolean unreadable;
    boolean invalidCells;
    /** The declaration that the dataset is complete, if one was made. */
    Optional<Declaration> declared = Optional.empty();
  }

  /** The built-in schema of answers.csv. */
  public static DatasetSchema answersSchema() {
    return Answers.SCHEMA;
  }

  /**
   * Assesses {@code inputs} with {@code program}, reading each dataset once. Answers to items that {@code
   * tailoring} did not select are passed over without a data issue; the row-waived items of {@code waivers}
   * get a second tally, in the same pass, of the rows their waiver does not cover.
   */
  public static Assessment assess(Program program, WaiverPlan waivers, Optional<Tailoring> tailoring, Inputs inputs,
      AssessmentOptions options) {
    Checklist checklist = program.checklist;
    EvalContext ctx = new EvalContext(options.asOf(), new KeyIndex[program.indexCount],
        program.limits.maxEvalSteps());
    for (int i = 0; i < ctx.indexes.length; i++) {
      ctx.indexes[i] = new KeyIndex();
    }
    List<Issue> dataIssues = new ArrayList<>();
    Map<String, DatasetState> states = new HashMap<>();
    int n = checklist.items().size();
    @Nullable Tally[] tallies = new Tally[n]; // null for an item without a data rule
    @Nullable Tally[] notWaived = new Tally[n];
    Map<String, List<Inputs.Part>> parts = resolve(checklist, inputs, options, dataIssues);
    Path confinedTo = inputs.links() == Inputs.Links.STAY_INSIDE ? inputs.directory().orElse(null) : null;
    Map<String, Declaration> declared = declarations(checklist, inputs, program.limits, confinedTo, dataIssues);

    for (DatasetSchema ds : program.order) {
      DatasetState state = new DatasetState();
      state.declared = Optional.ofNullable(declared.get(ds.id()));
      states.put(ds.id(), state);
      List<CompiledRule> rules = program.rulesByDataset.getOrDefault(ds.id(), List.of());
      List<IndexSpec> specs = program.indexesByDataset.getOrDefault(ds.id(), List.of());
      List<Inputs.Part> dsParts = parts.getOrDefault(ds.id(), List.of());
      @Nullable WaiverPlan.RowFilter[] filters = new WaiverPlan.RowFilter[rules.size()];
      for (int r = 0; r < rules.size(); r++) {
        filters[r] = waivers.rows(rules.get(r).itemIndex);
      }
      @Nullable Tally[] merged = fresh(rules.size(), options.evidenceLimit());
      @Nullable Tally[] mergedNotWaived = fresh(filters, 0);
      for (int p = 0; p < dsParts.size(); p++) {
        Tally[] partTallies = fresh(rules.size(), options.evidenceLimit());
        @Nullable Tally[] partNotWaived = fresh(filters, 0);
        final int partIndex = p;
        Consumer<Row> sink = row -> {
          ctx.rowRead();
          for (int r = 0; r < rules.size(); r++) {
            int w = evaluate(rules.get(r), ds.id(), row, ctx, partTallies[r], partIndex);
            WaiverPlan.RowFilter filter = filters[r];
            if (filter != null) {
              // fresh(filters, 0) gave every filtered rule its tally.
              Tally others = requireNonNull(partNotWaived[r]);
              judge(rules.get(r), Tri.and(w, filter.notWaived(row)), ds.id(), row, ctx, others, partIndex);
            }
          }
          for (IndexSpec s : specs) {
            String key = Tests.joinKey(row, s.columns, s.forms);
            if (key != null && key != Tests.INVALID_KEY) {
              int w = s.where == null ? Tri.TRUE : s.where.test(row, ctx);
              Correlated.Capture capture = s.capture;
              if (capture == null) {
                ctx.indexes[s.slot].add(key, w);
              } else if (w != Tri.FALSE && w != Tri.OUT) {
                ctx.indexes[s.slot].keep(key, capture.take(row, w, ctx));
              }
            }
          }
        };
        read(ds, dsParts.get(p), program.limits, confinedTo, options, state, dataIssues, sink);
        merged = mergeAll(merged, partTallies);
        mergedNotWaived = mergeAll(mergedNotWaived, partNotWaived);
      }
      for (IndexSpec s : specs) {
        // Zero rows is not absence for a join either: "no such row" needs rows or a declaration of completeness.
        ctx.indexes[s.slot].state = !state.given ? KeyIndex.State.MISSING
            : state.unreadable ? KeyIndex.State.BROKEN
            : state.rows == 0 && state.declared.isEmpty() ? KeyIndex.State.EMPTY : KeyIndex.State.READY;
      }
      for (int r = 0; r < rules.size(); r++) {
        tallies[rules.get(r).itemIndex] = merged[r];
        notWaived[rules.get(r).itemIndex] = mergedNotWaived[r];
      }
    }

    Set<String> unusedAnswers = new HashSet<>();
    tailoring.ifPresent(t -> t.notSelected().forEach(left -> unusedAnswers.add(left.item().id())));
    DatasetState answerState = new DatasetState();
    Map<String, Answer> answers = readAnswers(checklist, unusedAnswers, parts.getOrDefault(Compiler.ANSWERS, List.of()),
        program.limits, confinedTo, options, answerState, dataIssues);
    states.put(Compiler.ANSWERS, answerState);
    return conclude(program, waivers, tailoring, options, tallies, notWaived, states, answers, dataIssues);
  }

  private static Tally[] fresh(int count, int cap) {
    Tally[] out = new Tally[count];
    for (int i = 0; i < count; i++) {
      out[i] = new Tally(cap);
    }
    return out;
  }

  /** A tally for each rule that has a filter, null for the others. */
  private static @Nullable Tally[] fresh(@Nullable Object[] filters, int cap) {
    @Nullable Tally[] out = new Tally[filters.length];
    for (int i = 0; i < filters.length; i++) {
      out[i] = filters[i] == null ? null : new Tally(cap);
    }
    return out;
  }

  private static @Nullable Tally[] mergeAll(@Nullable Tally[] a, @Nullable Tally[] b) {
    @Nullable Tally[] out = new Tally[a.length];
    for (int i = 0; i < a.length; i++) {
      Tally x = a[i];
      Tally y = b[i];
      out[i] = x == null || y == null ? null : x.merge(y);
    }
    return out;
  }

  /**
   * Evaluates one rule on one row into its tally (the hot path: no allocation unless evidence is kept);
   * returns what the rule's {@code where} said of the row.
   */
  static int evaluate(CompiledRule rule, String dataset, Row row, EvalContext ctx, Tally t, int part) {
    int w = rule.where == null ? Tri.TRUE : rule.where.test(row, ctx);
    judge(rule, w, dataset, row, ctx, t, part);
    return w;
  }

  /** Adds a passing row's value of the rule's distinct column, in its compared form, to {@code t}. */
  private static void countDistinct(CompiledRule rule, Row row, Tally t) {
    Object v = row.value(rule.distinctColumn);
    @Nullable Object id = v == null || v == Row.INVALID ? null : Tests.identity(v, rule.distinctForm);
    if (id == null) {
      t.passingUncounted++;
    } else {
      t.distinct.add(Values.show(id));
    }
  }

  /**
   * Counts one row into {@code t}, given what {@code where} said of it. A row a not-applicable blank takes
   * out ({@link Tri#OUT}, in {@code where} or {@code require}) is counted as excluded, never as applicable.
   */
  private static void judge(CompiledRule rule, int w, String dataset, Row row, EvalContext ctx, Tally t, int part) {
    t.seen++;
    if (w == Tri.FALSE) {
      return;
    }
    if (w == Tri.OUT) {
      exclude(t, row, requireNonNull(rule.where, "only a test gives OUT"));
      return;
    }
    if (rule.expect.kind() == Expectation.Kind.NONE) {
      t.applicable++;
      switch (w) {
        case Tri.TRUE -> {
          t.failing++;
          if (t.wants()) {
            Text d = requireNonNull(rule.where, "expect: none has a where (Compiler checks)").describe();
            t.keep(part, ref(dataset, row, Outcome.FAIL,
                Text.of("該当します: " + d.ja(), "matches: " + d.en())));
          }
        }
        case Tri.UNKNOWN -> {
          t.unknown++;
          keep(t, part, dataset, row, Outcome.UNKNOWN, rule.where, ctx);
        }
        default -> {
          t.errors++;
          keep(t, part, dataset, row, Outcome.ERROR, rule.where, ctx);
        }
      }
      return;
    }
    if (w == Tri.ERROR) {
      t.applicable++;
      t.errors++;
      keep(t, part, dataset, row, Outcome.ERROR, rule.where, ctx);
      return;
    }
    if (w == Tri.UNKNOWN) {
      // Whether the rule applies cannot be told: never count such a row as passing (fail closed).
      t.applicable++;
      t.unknown++;
      keep(t, part, dataset, row, Outcome.UNKNOWN, rule.where, ctx);
      return;
    }
    int q = rule.require == null ? Tri.TRUE : rule.require.test(row, ctx);
    if (q == Tri.OUT) {
      exclude(t, row, requireNonNull(rule.require, "only a test gives OUT"));
      return;
    }
    t.applicable++;
    if (q == Tri.TRUE) {
      t.passing++;
      if (rule.distinctColumn >= 0) {
        countDistinct(rule, row, t);
      }
    } else if (q == Tri.ERROR) {
      t.errors++;
      keep(t, part, dataset, row, Outcome.ERROR, rule.require, ctx);
    } else if (q == Tri.FALSE) {
      t.failing++;
      keep(t, part, dataset, row, Outcome.FAIL, rule.require, ctx);
    } else {
      t.unknown++;
      keep(t, part, dataset, row, Outcome.UNKNOWN, rule.require, ctx);
    }
  }

  private static void exclude(Tally t, Row row, RowTest test) {
    t.excluded++;
    test.notApplicable(row, t.excludedBy);
  }

  private static void keep(Tally t, int part, String dataset, Row row, Outcome result, @Nullable RowTest test,
      EvalContext ctx) {
    if (t.wants()) {
      t.keep(part, ref(dataset, row, result, test == null ? Text.EMPTY : test.why(row, ctx)));
    }
  }

  private static RowRef ref(String dataset, Row row, Outcome result, Text reason) {
    return Results.rowRef(dataset, row.source(), row.line(), row.key(), result, reason);
  }

  // ---- reading -----------------------------------------------------------------------------------------

  /** The parts of every dataset: the builder's, or the files found in the directory. */
  private static Map<String, List<Inputs.Part>> resolve(Checklist checklist, Inputs inputs, AssessmentOptions options,
      List<Issue> dataIssues) {
    Map<String, List<Inputs.Part>> parts = new HashMap<>();
    Set<String> known = new LinkedHashSet<>();
    checklist.datasets().forEach(d -> known.add(d.id()));
    known.add(Compiler.ANSWERS);
    if (inputs.directory().isPresent()) {
      // The manifest is no dataset: read apart, and never flagged below as a file matching none.
      Path dir = inputs.directory().get();
      for (String id : known) {
        Path file = dir.resolve(id + ".csv");
        // Anything by that name is the dataset's, so a folder or a FIFO there is an error, not missing data.
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
          parts.put(id, List.of(new InputParts.CsvPart(file, options.encoding())));
        }
      }
      try (Stream<Path> files = Files.list(dir)) {
        files.map(f -> f.getFileName().toString()).filter(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
            .sorted()
            .filter(n -> !known.contains(n.substring(0, n.length() - 4)))
            .forEach(n -> dataIssues.add(new Issue(n, 0, 0, "", Text.of(
                "このファイルはどのデータセットにも当たらないため読みませんでした。データセット: " + String.join(", ", known),
                "not read: the file name matches no dataset; expected one of: " + String.join(", ", known)))));
      } catch (IOException | java.io.UncheckedIOException e) {
        // An UncheckedIOException always has its IOException cause (its constructor requires one).
        Text why = DataMessages.ioFailure(e instanceof IOException io ? io
            : requireNonNull(((java.io.UncheckedIOException) e).getCause()));
        dataIssues.add(new Issue(dir.toString(), 0, 0, "", Text.of(
            "フォルダの一覧を読めません: " + why.ja(), "cannot list the folder: " + why.en())));
      }
    }
    for (String id : inputs.datasets()) {
      if (!known.contains(id)) {
        dataIssues.add(new Issue(id, 0, 0, "", Text.of(
            "データセット「" + id + "」はこのチェックリストにありません。データセット: " + String.join(", ", known),
            "the checklist has no dataset \"" + id + "\"; expected one of: " + String.join(", ", known))));
        continue;
      }
      parts.computeIfAbsent(id, k -> new ArrayList<>()).addAll(inputs.parts(id));
    }
    return parts;
  }

  /**
   * The declarations of completeness by dataset: the folder's manifest, or the builder's. A manifest with any
   * problem gives none (its issues are data issues), and a declaration of a dataset the checklist does not
   * have is reported and dropped: a declaration never counts unless it is sound.
   */
  private static Map<String, Declaration> declarations(Checklist checklist, Inputs inputs, Limits limits,
      @Nullable Path confinedTo, List<Issue> dataIssues) {
    List<Declaration> given = inputs.declarations();
    if (inputs.directory().isPresent()) {
      Path file = inputs.directory().get().resolve(Inputs.MANIFEST);
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        InputsReader.Result read = new InputsReader(limits).read(file, confinedTo);
        dataIssues.addAll(read.issues());
        given = read.manifest().map(InputsManifest::declarations).orElse(List.of());
      }
    }
    Map<String, Declaration> out = new HashMap<>();
    for (Declaration d : given) {
      if (checklist.dataset(d.dataset()).isEmpty()) {
        Location at = d.location();
        dataIssues.add(new Issue(at.source(), at.line(), at.column(), at.path(), Text.of(
            "データセット「" + d.dataset() + "」はこのチェックリストにないため、この宣言は使いません",
            "the checklist has no dataset \"" + d.dataset() + "\", so this declaration is not used")));
      } else {
        out.put(d.dataset(), d);
      }
    }
    return out;
  }

  private static void read(DatasetSchema ds, Inputs.Part part, Limits limits, @Nullable Path confinedTo,
      AssessmentOptions options,
      DatasetState state, List<Issue> dataIssues, Consumer<Row> sink) {
    state.given = true;
    state.sources.add(part.source());
    List<Issue> issues = new ArrayList<>();
    if (part instanceof InputParts.CsvPart f) {
      Charset explicit = f.encoding().or(options::encoding).orElse(null);
      ReadResult result;
      Optional<Text> refused = DataFiles.refusal(f.path(), confinedTo, limits.maxFileBytes());
      if (refused.isPresent()) {
        result = failed(part.source(), refused.get());
      } else {
        try (InputStream in = Files.newInputStream(f.path())) {
          result = new CsvDatasetReader(limits).read(ds, part.source(), in, explicit, sink);
        } catch (IOException e) {
          result = failed(part.source(), DataMessages.ioFailure(e));
        }
      }
      issues.addAll(result.issues());
      state.rows += result.rows();
      result.charset().ifPresent(c -> state.encodings.add(c.name()));
      state.unreadable |= result.fatal() || result.skipped() > 0;
    } else {
      InputParts.RowsPart rows = (InputParts.RowsPart) part;
      Optional<RowDecoder> decoder = RowDecoder.forHeader(ds, rows.header(), limits, rows.source(), 1, issues);
      if (decoder.isEmpty()) {
        state.unreadable = true;
      } else {
        long line = 1;
        for (List<String> cells : rows.rows()) {
          line++;
          int before = issues.size();
          Row row = decoder.get().decode(rows.source(), line, cells, issues);
          if (row != null) {
            state.rows++;
            sink.accept(row);
          } else if (issues.size() > before) {
            state.unreadable = true;
          }
        }
      }
    }
    state.invalidCells |= !issues.isEmpty();
    dataIssues.addAll(issues);
  }

  private static ReadResult failed(String source, Text why) {
    return new ReadResult(List.of(new Issue(source, 0, 0, "", why)), 0, Optional.empty(), true, 0);
  }

  private static Map<String, Answer> readAnswers(Checklist checklist, Set<String> unusedAnswers, List<Inputs.Part> parts,
      Limits limits, @Nullable Path confinedTo, AssessmentOptions options, DatasetState state,
      List<Issue> dataIssues) {
    Map<String, Answer> answers = new HashMap<>();
    Map<String, Long> firstLine = new HashMap<>();
    Set<String> conflicting = new LinkedHashSet<>();
    LocalDate staleBefore = options.asOf().minusDays(options.answerMaxAgeDays());
    for (Inputs.Part part : parts) {
      read(Answers.SCHEMA, part, limits, confinedTo, options, state, dataIssues, row -> {
        Object id = row.value(Answers.ITEM_ID);
        Object value = row.value(Answers.ANSWER);
        if (!(id instanceof String itemId) || !(value instanceof String v)) {
          return; // blank or invalid: already reported by the reader
        }
        if (unusedAnswers.contains(itemId)) {
          return; // an item the profile did not select: listed as such in the report, not a data problem
        }
        if (checklist.item(itemId).isEmpty()) {
          dataIssues.add(new Issue(row.source(), row.line(), 1, "item_id", Text.of(
              "項目「" + itemId + "」はこのチェックリストにありません", "the checklist has no item \"" + itemId + "\"")));
          return;
        }
        Long seen = firstLine.putIfAbsent(itemId, row.line());
        if (seen != null) {
          conflicting.add(itemId);
          dataIssues.add(new Issue(row.source(), row.line(), 1, "item_id", Text.of(
              "項目「" + itemId + "」への回答が重複しています（最初は " + seen + " 行目）。どちらの回答も使いません",
              "a second answer for item \"" + itemId + "\" (the first is at line " + seen
                  + "); neither is used")));
          return;
        }
        Object on = row.value(Answers.ANSWERED_ON);
        Optional<LocalDate> date = on instanceof LocalDate d ? Optional.of(d) : Optional.empty();
        boolean stale = date.isEmpty() || date.get().isBefore(staleBefore);
        answers.put(itemId, Results.answer(itemId, Answer.Value.valueOf(v.toUpperCase(java.util.Locale.ROOT)),
            text(row.value(Answers.EVIDENCE)), text(row.value(Answers.ANSWERED_BY)), date, stale, row.source(),
            row.line()));
      });
    }
    conflicting.forEach(answers::remove);
    return answers;
  }

  private static String text(@Nullable Object v) {
    return v instanceof String s ? s : "";
  }

  // ---- outcomes and scores ---------------------------------------------------------------------------

  private static Assessment conclude(Program program, WaiverPlan waivers, Optional<Tailoring> tailoring,
      AssessmentOptions options, @Nullable Tally[] tallies, @Nullable Tally[] notWaived, Map<String, DatasetState> states,
      Map<String, Answer> answers, List<Issue> dataIssues) {
    Checklist checklist = program.checklist;
    LocalDate asOf = options.asOf();
    int n = checklist.items().size();
    // What each waiver does on this date, by item.
    Map<String, Status> status = new HashMap<>();
    Map<String, Waiver> waiverOf = new HashMap<>();
    List<Waiver> given = waivers.waivers().waivers();
    for (int k = 0; k < given.size(); k++) {
      status.put(given.get(k).item(), waivers.status(k, asOf));
      waiverOf.put(given.get(k).item(), given.get(k));
    }

    List<ItemResult> items = new ArrayList<>(n);
    double[] waivedScore = new double[n];
    boolean[] waivedScored = new boolean[n];
    Map<String, Outcome> outcomeWithWaiver = new HashMap<>();
    Map<String, Integer> itemIndex = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Item item = checklist.items().get(i);
      itemIndex.put(item.id(), i);
      CompiledRule rule = program.rules[i];
      Answer answer = item.check().question() ? answers.get(item.id()) : null;
      Status s = status.get(item.id());
      Waiver w = waiverOf.get(item.id());
      ItemResult r;
      if (s == Status.WAIVED && w != null && !w.evaluate()) {
        r = notEvaluated(item, w, program.describe(i));
      } else {
        r = result(item, rule, tallies[i], states, answer, options.evidenceLimit(), program.describe(i));
      }
      items.add(r);
      waivedScore[i] = r.score();
      waivedScored[i] = r.scored() && s != Status.WAIVED;
      Tally others = notWaived[i];
      if (s == Status.ROWS_WAIVED && rule != null && others != null) {
        ItemResult onOtherRows = result(item, rule, others, states, answer, 0, Text.EMPTY);
        waivedScore[i] = onOtherRows.score();
        waivedScored[i] = onOtherRows.scored();
        outcomeWithWaiver.put(item.id(), onOtherRows.outcome());
      }
    }
    List<DatasetReport> reports = new ArrayList<>();
    for (DatasetSchema ds : checklist.datasets()) {
      reports.add(report(ds.id(), state(states, ds.id())));
    }
    reports.add(report(Compiler.ANSWERS, state(states, Compiler.ANSWERS)));

    Scorer.Scores scores = Scorer.score(checklist, options.scoringModel(), items, waivedScore, waivedScored);
    WaiverReport waiverReport = WaiverReport.NONE;
    if (waivers.given()) {
      List<WaiverReport.Entry> entries = new ArrayList<>();
      for (int k = 0; k < given.size(); k++) {
        Waiver w = given.get(k);
        Integer i = itemIndex.get(w.item()); // absent for an item the profile did not select
        Outcome outcome = i == null ? Outcome.UNKNOWN : items.get(i).outcome();
        Outcome with = outcomeWithWaiver.getOrDefault(w.item(), outcome);
        entries.add(Results.waiverEntry(w, waivers.status(k, asOf), outcome, with, i == null ? 0 : waivedScore[i]));
      }
      waiverReport = Results.waiverReport(waivers.waivers().source(), entries);
    }
    return Results.assessment(checklist, asOf, options.scoringModel(), scores.score(), scores.scoreWithWaivers(),
        scores.coverage(), scores.categories(), scores.items(), reports, dataIssues, tailoring, waiverReport);
  }

  /** The state of dataset {@code id}: assess() records one for every dataset of the checklist and for answers. */
  private static DatasetState state(Map<String, DatasetState> states, String id) {
    return requireNonNull(states.get(id), id);
  }

  /** Item {@code item}'s result from its tally and answer, before scoring (gain 0). */
  private static ItemResult result(Item item, @Nullable CompiledRule rule, @Nullable Tally tally,
      Map<String, DatasetState> states, @Nullable Answer answer, int evidenceLimit, Text description) {
    Verdict data = Verdict.NO_RULE;
    Evidence evidence = Evidence.NONE;
    if (rule != null && tally != null) {
      DatasetState st = state(states, rule.dataset);
      data = Verdict.ofData(rule, item, tally, st.given, st.unreadable, evidenceLimit);
      if (st.given && !st.unreadable && st.rows == 0) {
        data = Verdict.ofNoRows(data, rule.dataset, st.declared);
      }
      evidence = Results.evidence(rule.dataset, st.given, tally.applicable, tally.passing, tally.failing, tally.unknown,
          tally.errors, tally.refs(), data.notes(), rule.where == null ? Text.EMPTY : rule.where.describe());
    }
    Verdict v = Verdict.combine(item, rule != null, data, answer);
    return Results.itemResult(item, v.outcome(), v.score(), 0, v.basis(), rule == null ? Outcome.UNKNOWN : data.outcome(),
        evidence, Optional.ofNullable(answer), v.reason(), description);
  }

  /** The honest result of an item its waiver says not to evaluate: UNKNOWN, never a pass. */
  private static ItemResult notEvaluated(Item item, Waiver w, Text description) {
    Text reason = Text.of(
        "評価していません: " + w.approver() + " の承認した免除（" + w.expires() + " まで、evaluate: false）のため。評価しない項目は合格になりません",
        "not evaluated: waived by " + w.approver() + " until " + w.expires()
            + " with evaluate: false; an item not evaluated never passes");
    return Results.itemResult(item, Outcome.UNKNOWN, 0, 0, Basis.NONE, Outcome.UNKNOWN, Evidence.NONE, Optional.empty(),
        reason, description);
  }

  private static DatasetReport report(String id, DatasetState st) {
    DatasetReport.Status status = !st.given ? DatasetReport.Status.MISSING
        : st.unreadable ? DatasetReport.Status.UNREADABLE
        : st.rows == 0 ? DatasetReport.Status.EMPTY
        : st.invalidCells ? DatasetReport.Status.INVALID_CELLS : DatasetReport.Status.OK;
    return Results.datasetReport(id, status, st.sources, st.rows, List.copyOf(st.encodings), st.declared);
  }
}
