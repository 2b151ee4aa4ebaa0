package dev.kizuki.diff;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Issue;
import dev.kizuki.Outcome;
import dev.kizuki.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Progress between two JSON reports ({@code kizuki-report/1}) of the same organization: the change of the
 * overall score (with and without waivers) and of each category, the items whose status improved, regressed
 * or changed, the answers that became stale, and the waivers that expired in between. Write it with {@link
 * DiffWriter}. Immutable.
 *
 * <p>Statuses are ordered, best first: PASS, NOT_APPLICABLE, PARTIAL (by its score), then FAIL,
 * CONTRADICTED, UNKNOWN and ERROR, which all score 0 and rank alike. An item <em>improved</em> when it moved
 * up that order (or stayed PARTIAL with a higher score), <em>regressed</em> when it moved down, and
 * <em>changed</em> when its status changed within a rank (FAIL to UNKNOWN, say). Reports written before
 * waivers existed have no {@code score_with_waivers}; their score stands in for it. Comparing reports of
 * different checklists or scoring models is allowed and noted in {@link #notes()}.
 *
 * @param before the older report's headline
 * @param after the newer report's headline
 * @param categories every category of either report, the newer report's first
 * @param items the items that moved or whose answer became stale
 * @param expiredWaivers the waivers that expired in between
 * @param notes why the two reports may not be comparable (different checklists, models, profiles, dates)
 */
public record ReportDiff(
    Side before,
    Side after,
    List<CategoryChange> categories,
    List<ItemChange> items,
    List<ExpiredWaiver> expiredWaivers,
    List<Text> notes) {

  /**
   * One report's headline: where it was read from and what it scored.
   *
   * @param source the report's file name
   * @param checklist the checklist id
   * @param version the checklist version
   * @param asOf the assessment date
   * @param scoringModel the scoring model id
   * @param score the overall score, in points
   * @param scoreWithWaivers the score with waivers, in points (the score when the report has none)
   * @param profile the tailoring profile's id, if any
   */
  public record Side(String source, String checklist, String version, LocalDate asOf, String scoringModel,
      double score, double scoreWithWaivers, Optional<String> profile) {
    /**
     * Checks that no part is null.
     *
     * @param source as {@link #source()}
     * @param checklist as {@link #checklist()}
     * @param version as {@link #version()}
     * @param asOf as {@link #asOf()}
     * @param scoringModel as {@link #scoringModel()}
     * @param score as {@link #score()}
     * @param scoreWithWaivers as {@link #scoreWithWaivers()}
     * @param profile as {@link #profile()}
     */
    public Side {
      requireNonNull(source, "source");
      requireNonNull(checklist, "checklist");
      requireNonNull(version, "version");
      requireNonNull(asOf, "asOf");
      requireNonNull(scoringModel, "scoringModel");
      requireNonNull(profile, "profile");
    }
  }

  /**
   * A category's score in each report.
   *
   * @param id the category id
   * @param title the category title, from the newer report where it has the category
   * @param before the score in the older report, empty where it lacks the category
   * @param after the score in the newer report, empty where it lacks the category
   */
  public record CategoryChange(String id, Text title, OptionalDouble before, OptionalDouble after) {
    /**
     * Checks that no part is null.
     *
     * @param id as {@link #id()}
     * @param title as {@link #title()}
     * @param before as {@link #before()}
     * @param after as {@link #after()}
     */
    public CategoryChange {
      requireNonNull(id, "id");
      requireNonNull(title, "title");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }

    /**
     * The change in points, when both reports have the category.
     *
     * @return {@code after - before}, or empty when either is
     */
    public OptionalDouble change() {
      return before.isPresent() && after.isPresent() ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble())
          : OptionalDouble.empty();
    }
  }

  /** How an item's status moved. */
  public enum Direction {
    /** Moved up the order of statuses, or stayed PARTIAL with a higher score. */
    IMPROVED,
    /** Moved down the order of statuses, or stayed PARTIAL with a lower score. */
    REGRESSED,
    /** A different status of the same rank. */
    CHANGED,
    /** The same status (and, for PARTIAL, the same score). */
    UNCHANGED,
    /** Only in the newer report. */
    ADDED,
    /** Only in the older report. */
    REMOVED;

    /**
     * The id used in {@code kizuki-diff/1}.
     *
     * @return the lower-case name, such as {@code improved}
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * An item that moved or whose answer became stale.
   *
   * @param id the item id
   * @param title the item title
   * @param category the item's category id
   * @param direction how its status moved
   * @param before its status in the older report, empty where that lacks the item
   * @param after its status in the newer report, empty where that lacks the item
   * @param scoreBefore its score (0 to 1) in the older report, 0 where absent
   * @param scoreAfter its score (0 to 1) in the newer report, 0 where absent
   * @param becameStale whether its answer is stale now and was not before
   */
  public record ItemChange(String id, Text title, String category, Direction direction, Optional<Outcome> before,
      Optional<Outcome> after, double scoreBefore, double scoreAfter, boolean becameStale) {
    /**
     * Checks that no part is null.
     *
     * @param id as {@link #id()}
     * @param title as {@link #title()}
     * @param category as {@link #category()}
     * @param direction as {@link #direction()}
     * @param before as {@link #before()}
     * @param after as {@link #after()}
     * @param scoreBefore as {@link #scoreBefore()}
     * @param scoreAfter as {@link #scoreAfter()}
     * @param becameStale as {@link #becameStale()}
     */
    public ItemChange {
      requireNonNull(id, "id");
      requireNonNull(title, "title");
      requireNonNull(category, "category");
      requireNonNull(direction, "direction");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }
  }

  /**
   * A waiver that applied on the older report's date and had expired by the newer one's.
   *
   * @param item the waived item
   * @param rows the waived rows' keys, empty when the whole item was waived
   * @param expires the last day it applied
   * @param approver who approved it
   * @param justification why it was granted
   */
  public record ExpiredWaiver(String item, List<String> rows, LocalDate expires, String approver, Text justification) {
    /**
     * Checks that no part is null and copies the lists.
     *
     * @param item as {@link #item()}
     * @param rows as {@link #rows()}
     * @param expires as {@link #expires()}
     * @param approver as {@link #approver()}
     * @param justification as {@link #justification()}
     */
    public ExpiredWaiver {
      requireNonNull(item, "item");
      rows = List.copyOf(rows);
      requireNonNull(expires, "expires");
      requireNonNull(approver, "approver");
      requireNonNull(justification, "justification");
    }
  }

  /**
   * Checks that no part is null and copies the lists.
   *
   * @param before as {@link #before()}
   * @param after as {@link #after()}
   * @param categories as {@link #categories()}
   * @param items as {@link #items()}
   * @param expiredWaivers as {@link #expiredWaivers()}
   * @param notes as {@link #notes()}
   */
  public ReportDiff {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    categories = List.copyOf(categories);
    items = List.copyOf(items);
    expiredWaivers = List.copyOf(expiredWaivers);
    notes = List.copyOf(notes);
  }

  /**
   * The change of the overall score.
   *
   * @return the newer score minus the older one, in points
   */
  public double scoreChange() {
    return after.score() - before.score();
  }

  /**
   * The change of the score with waivers.
   *
   * @return the newer score with waivers minus the older one, in points
   */
  public double scoreWithWaiversChange() {
    return after.scoreWithWaivers() - before.scoreWithWaivers();
  }

  /**
   * The items that moved one way.
   *
   * @param direction how they moved
   * @return those items, in the newer report's order (the removed ones after)
   */
  public List<ItemChange> items(Direction direction) {
    return items.stream().filter(i -> i.direction() == direction).toList();
  }

  /**
   * The answers that became stale.
   *
   * @return the items whose answer is stale in the newer report but was not in the older one
   */
  public List<ItemChange> newlyStale() {
    return items.stream().filter(ItemChange::becameStale).toList();
  }

  /**
   * The largest report {@link #read(Path, Path)} reads, in bytes (64 MiB): the sample operator's report is
   * about a hundredth of that, and evidence rows per item are capped. A larger file is refused before it is
   * opened.
   */
  public static final long MAX_REPORT_BYTES = 64L << 20;

  /**
   * The difference from the report in {@code before} to the one in {@code after}. Each file is read with a
   * streaming parser, keeping only what the diff needs, and refused unread when it is larger than {@link
   * #MAX_REPORT_BYTES}.
   *
   * @param before the older report
   * @param after the newer report
   * @return the progress from {@code before} to {@code after}
   * @throws ReportException if either file is too large or not a {@code kizuki-report/1} document, with
   *     every problem found, each naming the file and, where there is one, the line, column and field
   * @throws IOException if a file cannot be read
   */
  public static ReportDiff read(Path before, Path after) throws IOException {
    List<Issue> issues = new ArrayList<>();
    ReportReader.Parsed b = ReportReader.read(before, name(before), MAX_REPORT_BYTES, issues);
    ReportReader.Parsed a = ReportReader.read(after, name(after), MAX_REPORT_BYTES, issues);
    return compare(b, a, issues);
  }

  /**
   * The difference between two reports given as JSON text, named {@code beforeSource} and {@code
   * afterSource} in issues, each limited to {@link #MAX_REPORT_BYTES} characters.
   *
   * @param beforeSource the older report's name in issues
   * @param beforeJson the older report
   * @param afterSource the newer report's name in issues
   * @param afterJson the newer report
   * @return the progress from the older report to the newer one
   * @throws ReportException if either is too large or not a {@code kizuki-report/1} document
   */
  public static ReportDiff of(String beforeSource, String beforeJson, String afterSource, String afterJson) {
    List<Issue> issues = new ArrayList<>();
    ReportReader.Parsed b = ReportReader.read(beforeJson, beforeSource, MAX_REPORT_BYTES, issues);
    ReportReader.Parsed a = ReportReader.read(afterJson, afterSource, MAX_REPORT_BYTES, issues);
    return compare(b, a, issues);
  }

  private static String name(Path p) {
    Path n = p.getFileName();
    return n == null ? p.toString() : n.toString();
  }

  // ---- comparing -------------------------------------------------------------------------------------

  private static ReportDiff compare(ReportReader.@Nullable Parsed before, ReportReader.@Nullable Parsed after,
      List<Issue> issues) {
    if (!issues.isEmpty() || before == null || after == null) {
      throw new ReportException(issues);
    }
    return compare(before, after);
  }

  private static ReportDiff compare(ReportReader.Parsed b, ReportReader.Parsed a) {
    List<Text> notes = new ArrayList<>();
    if (!b.side().checklist().equals(a.side().checklist())) {
      notes.add(Text.of("チェックリストが異なります（" + b.side().checklist() + " と " + a.side().checklist() + "）",
          "the reports are of different checklists (" + b.side().checklist() + " and " + a.side().checklist() + ")"));
    } else if (!b.side().version().equals(a.side().version())) {
      notes.add(Text.of("チェックリストの版が異なります（" + b.side().version() + " と " + a.side().version() + "）",
          "the checklist versions differ (" + b.side().version() + " and " + a.side().version() + ")"));
    }
    if (!b.side().scoringModel().equals(a.side().scoringModel())) {
      notes.add(Text.of("採点方式が異なるため、スコアの差は比較できません（" + b.side().scoringModel() + " と "
          + a.side().scoringModel() + "）", "the scoring models differ (" + b.side().scoringModel() + " and "
          + a.side().scoringModel() + "), so the score changes are not comparable"));
    }
    if (!b.side().profile().equals(a.side().profile())) {
      notes.add(Text.of("プロファイルが異なります（" + b.side().profile().orElse("なし") + " と "
          + a.side().profile().orElse("なし") + "）", "the profiles differ (" + b.side().profile().orElse("none")
          + " and " + a.side().profile().orElse("none") + ")"));
    }
    if (a.side().asOf().isBefore(b.side().asOf())) {
      notes.add(Text.of("新しい方のレポートの基準日が古い方より前です", "the newer report's date is before the older one's"));
    }
    List<CategoryChange> categories = new ArrayList<>();
    for (ReportReader.Row c : a.categories().values()) {
      ReportReader.Row old = b.categories().get(c.id());
      categories.add(new CategoryChange(c.id(), c.title(), old == null ? OptionalDouble.empty()
          : OptionalDouble.of(old.score()), OptionalDouble.of(c.score())));
    }
    for (ReportReader.Row old : b.categories().values()) {
      if (!a.categories().containsKey(old.id())) {
        categories.add(new CategoryChange(old.id(), old.title(), OptionalDouble.of(old.score()), OptionalDouble.empty()));
      }
    }
    List<ItemChange> items = new ArrayList<>();
    for (ReportReader.Row r : a.items().values()) {
      ReportReader.Row old = b.items().get(r.id());
      Direction d = old == null ? Direction.ADDED : direction(old, r);
      boolean stale = r.stale() && (old == null || !old.stale());
      if (d != Direction.UNCHANGED || stale) {
        items.add(new ItemChange(r.id(), r.title(), r.category(), d, Optional.ofNullable(old).map(ReportReader.Row::status),
            Optional.of(r.status()), old == null ? 0 : old.score(), r.score(), stale));
      }
    }
    for (ReportReader.Row old : b.items().values()) {
      if (!a.items().containsKey(old.id())) {
        items.add(new ItemChange(old.id(), old.title(), old.category(), Direction.REMOVED, Optional.of(old.status()),
            Optional.empty(), old.score(), 0, false));
      }
    }
    List<ExpiredWaiver> expired = new ArrayList<>();
    for (ExpiredWaiver w : a.expired()) {
      // Expired by the newer date, and still in force on the older one.
      if (!w.expires().isBefore(b.side().asOf())) {
        expired.add(w);
      }
    }
    return new ReportDiff(b.side(), a.side(), categories, items, expired, notes);
  }

  private static Direction direction(ReportReader.Row before, ReportReader.Row after) {
    int rb = rank(before.status());
    int ra = rank(after.status());
    if (ra != rb) {
      return ra > rb ? Direction.IMPROVED : Direction.REGRESSED;
    }
    if (before.status() == Outcome.PARTIAL && after.status() == Outcome.PARTIAL && after.score() != before.score()) {
      return after.score() > before.score() ? Direction.IMPROVED : Direction.REGRESSED;
    }
    return before.status() == after.status() ? Direction.UNCHANGED : Direction.CHANGED;
  }

  private static int rank(Outcome o) {
    return switch (o) {
      case PASS -> 3;
      case NOT_APPLICABLE -> 2;
      case PARTIAL -> 1;
      case FAIL, CONTRADICTED, UNKNOWN, ERROR -> 0;
    };
  }
}
