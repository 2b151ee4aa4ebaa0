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
import java.util.Objects;
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
 * <p>Built by {@link #read(Path, Path)} and {@link #of(String, String, String, String)} only: no part of a diff
 * has a public constructor, so parts can gain accessors without breaking callers. Equal when all parts are
 * equal.
 */
public final class ReportDiff {
  private final Side before;
  private final Side after;
  private final List<CategoryChange> categories;
  private final List<ItemChange> items;
  private final List<ExpiredWaiver> expiredWaivers;
  private final List<Text> notes;

  /** One report's headline: where it was read from and what it scored. Not meant to be implemented. */
  public interface Side {
    /**
     * The report's file name.
     *
     * @return the name issues and the diff show
     */
    String source();

    /**
     * The checklist id.
     *
     * @return the id
     */
    String checklist();

    /**
     * The checklist version.
     *
     * @return the version
     */
    String version();

    /**
     * The assessment date.
     *
     * @return the report's "as of" date
     */
    LocalDate asOf();

    /**
     * The scoring model id.
     *
     * @return the id
     */
    String scoringModel();

    /**
     * The overall score.
     *
     * @return in points
     */
    double score();

    /**
     * The score with waivers.
     *
     * @return in points; the score when the report has none
     */
    double scoreWithWaivers();

    /**
     * The tailoring profile's id.
     *
     * @return the id, or empty when the report was not tailored
     */
    Optional<String> profile();
  }

  /** A category's score in each report. Not meant to be implemented. */
  public interface CategoryChange {
    /**
     * The category id.
     *
     * @return the id
     */
    String id();

    /**
     * The category title.
     *
     * @return the title, from the newer report where it has the category
     */
    Text title();

    /**
     * The score in the older report.
     *
     * @return in points; empty where it lacks the category
     */
    OptionalDouble before();

    /**
     * The score in the newer report.
     *
     * @return in points; empty where it lacks the category
     */
    OptionalDouble after();

    /**
     * The change in points, when both reports have the category.
     *
     * @return {@code after - before}, or empty when either is
     */
    default OptionalDouble change() {
      return before().isPresent() && after().isPresent()
          ? OptionalDouble.of(after().getAsDouble() - before().getAsDouble())
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

  /** An item that moved or whose answer became stale. Not meant to be implemented. */
  public interface ItemChange {
    /**
     * The item id.
     *
     * @return the id
     */
    String id();

    /**
     * The item title.
     *
     * @return the title
     */
    Text title();

    /**
     * The item's category.
     *
     * @return the category id
     */
    String category();

    /**
     * How its status moved.
     *
     * @return the direction
     */
    Direction direction();

    /**
     * Its status in the older report.
     *
     * @return the status, or empty where that lacks the item
     */
    Optional<Outcome> before();

    /**
     * Its status in the newer report.
     *
     * @return the status, or empty where that lacks the item
     */
    Optional<Outcome> after();

    /**
     * Its score in the older report.
     *
     * @return 0 to 1; 0 where absent
     */
    double scoreBefore();

    /**
     * Its score in the newer report.
     *
     * @return 0 to 1; 0 where absent
     */
    double scoreAfter();

    /**
     * Whether its answer is stale now and was not before.
     *
     * @return true when the answer became stale
     */
    boolean becameStale();
  }

  /** A waiver that applied on the older report's date and had expired by the newer one's. Not meant to be implemented. */
  public interface ExpiredWaiver {
    /**
     * The waived item.
     *
     * @return the item id
     */
    String item();

    /**
     * The waived rows.
     *
     * @return their keys; empty when the whole item was waived
     */
    List<String> rows();

    /**
     * The last day the waiver applied.
     *
     * @return the expiry date
     */
    LocalDate expires();

    /**
     * Who approved it.
     *
     * @return the approver as written
     */
    String approver();

    /**
     * Why it was granted.
     *
     * @return the justification
     */
    Text justification();
  }

  record SideValue(String source, String checklist, String version, LocalDate asOf, String scoringModel,
      double score, double scoreWithWaivers, Optional<String> profile) implements Side {
    SideValue {
      requireNonNull(source, "source");
      requireNonNull(checklist, "checklist");
      requireNonNull(version, "version");
      requireNonNull(asOf, "asOf");
      requireNonNull(scoringModel, "scoringModel");
      requireNonNull(profile, "profile");
    }
  }

  record CategoryChangeValue(String id, Text title, OptionalDouble before, OptionalDouble after)
      implements CategoryChange {
    CategoryChangeValue {
      requireNonNull(id, "id");
      requireNonNull(title, "title");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }
  }

  record ItemChangeValue(String id, Text title, String category, Direction direction, Optional<Outcome> before,
      Optional<Outcome> after, double scoreBefore, double scoreAfter, boolean becameStale) implements ItemChange {
    ItemChangeValue {
      requireNonNull(id, "id");
      requireNonNull(title, "title");
      requireNonNull(category, "category");
      requireNonNull(direction, "direction");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }
  }

  record ExpiredWaiverValue(String item, List<String> rows, LocalDate expires, String approver, Text justification)
      implements ExpiredWaiver {
    ExpiredWaiverValue {
      requireNonNull(item, "item");
      rows = List.copyOf(rows);
      requireNonNull(expires, "expires");
      requireNonNull(approver, "approver");
      requireNonNull(justification, "justification");
    }
  }

  private ReportDiff(Side before, Side after, List<CategoryChange> categories, List<ItemChange> items,
      List<ExpiredWaiver> expiredWaivers, List<Text> notes) {
    this.before = requireNonNull(before, "before");
    this.after = requireNonNull(after, "after");
    this.categories = List.copyOf(categories);
    this.items = List.copyOf(items);
    this.expiredWaivers = List.copyOf(expiredWaivers);
    this.notes = List.copyOf(notes);
  }

  /**
   * The older report's headline.
   *
   * @return its side
   */
  public Side before() {
    return before;
  }

  /**
   * The newer report's headline.
   *
   * @return its side
   */
  public Side after() {
    return after;
  }

  /**
   * Every category of either report.
   *
   * @return the changes, the newer report's categories first
   */
  public List<CategoryChange> categories() {
    return categories;
  }

  /**
   * The items that moved or whose answer became stale.
   *
   * @return the changes, in the newer report's order (the removed ones after)
   */
  public List<ItemChange> items() {
    return items;
  }

  /**
   * The waivers that expired in between.
   *
   * @return the expired waivers, in the newer report's order
   */
  public List<ExpiredWaiver> expiredWaivers() {
    return expiredWaivers;
  }

  /**
   * Why the two reports may not be comparable (different checklists, models, profiles, dates).
   *
   * @return the notes, possibly empty
   */
  public List<Text> notes() {
    return notes;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportDiff d && before.equals(d.before) && after.equals(d.after)
        && categories.equals(d.categories) && items.equals(d.items) && expiredWaivers.equals(d.expiredWaivers)
        && notes.equals(d.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(before, after, categories, items, expiredWaivers, notes);
  }

  @Override
  public String toString() {
    return "ReportDiff[before=" + before + ", after=" + after + ", categories=" + categories + ", items=" + items
        + ", expiredWaivers=" + expiredWaivers + ", notes=" + notes + "]";
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
      categories.add(new CategoryChangeValue(c.id(), c.title(), old == null ? OptionalDouble.empty()
          : OptionalDouble.of(old.score()), OptionalDouble.of(c.score())));
    }
    for (ReportReader.Row old : b.categories().values()) {
      if (!a.categories().containsKey(old.id())) {
        categories.add(new CategoryChangeValue(old.id(), old.title(), OptionalDouble.of(old.score()), OptionalDouble.empty()));
      }
    }
    List<ItemChange> items = new ArrayList<>();
    for (ReportReader.Row r : a.items().values()) {
      ReportReader.Row old = b.items().get(r.id());
      Direction d = old == null ? Direction.ADDED : direction(old, r);
      boolean stale = r.stale() && (old == null || !old.stale());
      if (d != Direction.UNCHANGED || stale) {
        items.add(new ItemChangeValue(r.id(), r.title(), r.category(), d, Optional.ofNullable(old).map(ReportReader.Row::status),
            Optional.of(r.status()), old == null ? 0 : old.score(), r.score(), stale));
      }
    }
    for (ReportReader.Row old : b.items().values()) {
      if (!a.items().containsKey(old.id())) {
        items.add(new ItemChangeValue(old.id(), old.title(), old.category(), Direction.REMOVED, Optional.of(old.status()),
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
