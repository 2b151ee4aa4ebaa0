package dev.kizuki.report;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Issue;
import dev.kizuki.Outcome;
import dev.kizuki.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
 */
public record ReportDiff(
    Side before,
    Side after,
    List<CategoryChange> categories,
    List<ItemChange> items,
    List<ExpiredWaiver> expiredWaivers,
    List<Text> notes) {

  /** One report's headline: where it was read from and what it scored. */
  public record Side(String source, String checklist, String version, LocalDate asOf, String scoringModel,
      double score, double scoreWithWaivers, Optional<String> profile) {
    public Side {
      requireNonNull(source, "source");
      requireNonNull(checklist, "checklist");
      requireNonNull(version, "version");
      requireNonNull(asOf, "asOf");
      requireNonNull(scoringModel, "scoringModel");
      requireNonNull(profile, "profile");
    }
  }

  /** A category's score in each report; empty where the report lacks the category. */
  public record CategoryChange(String id, Text title, OptionalDouble before, OptionalDouble after) {
    public CategoryChange {
      requireNonNull(id, "id");
      requireNonNull(title, "title");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }

    /** The change in points, when both reports have the category. */
    public OptionalDouble change() {
      return before.isPresent() && after.isPresent() ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble())
          : OptionalDouble.empty();
    }
  }

  /** How an item's status moved. */
  public enum Direction {
    IMPROVED,
    REGRESSED,
    /** A different status of the same rank. */
    CHANGED,
    UNCHANGED,
    /** Only in the newer report. */
    ADDED,
    /** Only in the older report. */
    REMOVED;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * An item that moved or whose answer became stale; {@code before}/{@code after} are empty where the report
   * lacks the item.
   */
  public record ItemChange(String id, Text title, String category, Direction direction, Optional<Outcome> before,
      Optional<Outcome> after, double scoreBefore, double scoreAfter, boolean becameStale) {
    public ItemChange {
      requireNonNull(id, "id");
      requireNonNull(title, "title");
      requireNonNull(category, "category");
      requireNonNull(direction, "direction");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }
  }

  /** A waiver that applied on the older report's date and had expired by the newer one's. */
  public record ExpiredWaiver(String item, List<String> rows, LocalDate expires, String approver, Text justification) {
    public ExpiredWaiver {
      requireNonNull(item, "item");
      rows = List.copyOf(rows);
      requireNonNull(expires, "expires");
      requireNonNull(approver, "approver");
      requireNonNull(justification, "justification");
    }
  }

  public ReportDiff {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    categories = List.copyOf(categories);
    items = List.copyOf(items);
    expiredWaivers = List.copyOf(expiredWaivers);
    notes = List.copyOf(notes);
  }

  /** The change of the overall score, in points. */
  public double scoreChange() {
    return after.score() - before.score();
  }

  /** The change of the score with waivers, in points. */
  public double scoreWithWaiversChange() {
    return after.scoreWithWaivers() - before.scoreWithWaivers();
  }

  /** The items that moved in {@code direction}, in the newer report's order. */
  public List<ItemChange> items(Direction direction) {
    return items.stream().filter(i -> i.direction() == direction).toList();
  }

  /** The items whose answer is stale in the newer report but was not in the older one. */
  public List<ItemChange> newlyStale() {
    return items.stream().filter(ItemChange::becameStale).toList();
  }

  /**
   * The difference from the report in {@code before} to the one in {@code after}.
   *
   * @throws ReportException if either file is not a {@code kizuki-report/1} document, naming the file
   * @throws IOException if a file cannot be read
   */
  public static ReportDiff read(Path before, Path after) throws IOException {
    return of(name(before), Files.readString(before, StandardCharsets.UTF_8), name(after),
        Files.readString(after, StandardCharsets.UTF_8));
  }

  /**
   * The difference between two reports given as JSON text, named {@code beforeSource} and {@code
   * afterSource} in issues.
   *
   * @throws ReportException if either is not a {@code kizuki-report/1} document
   */
  public static ReportDiff of(String beforeSource, String beforeJson, String afterSource, String afterJson) {
    List<Issue> issues = new ArrayList<>();
    Parsed b = Parsed.of(beforeSource, beforeJson, issues);
    Parsed a = Parsed.of(afterSource, afterJson, issues);
    if (!issues.isEmpty() || b == null || a == null) {
      throw new ReportException(issues);
    }
    return compare(b, a);
  }

  private static String name(Path p) {
    Path n = p.getFileName();
    return n == null ? p.toString() : n.toString();
  }

  // ---- comparing -------------------------------------------------------------------------------------

  private static ReportDiff compare(Parsed b, Parsed a) {
    List<Text> notes = new ArrayList<>();
    if (!b.side.checklist().equals(a.side.checklist())) {
      notes.add(Text.of("チェックリストが異なります（" + b.side.checklist() + " と " + a.side.checklist() + "）",
          "the reports are of different checklists (" + b.side.checklist() + " and " + a.side.checklist() + ")"));
    } else if (!b.side.version().equals(a.side.version())) {
      notes.add(Text.of("チェックリストの版が異なります（" + b.side.version() + " と " + a.side.version() + "）",
          "the checklist versions differ (" + b.side.version() + " and " + a.side.version() + ")"));
    }
    if (!b.side.scoringModel().equals(a.side.scoringModel())) {
      notes.add(Text.of("採点方式が異なるため、スコアの差は比較できません（" + b.side.scoringModel() + " と "
          + a.side.scoringModel() + "）", "the scoring models differ (" + b.side.scoringModel() + " and "
          + a.side.scoringModel() + "), so the score changes are not comparable"));
    }
    if (!b.side.profile().equals(a.side.profile())) {
      notes.add(Text.of("プロファイルが異なります（" + b.side.profile().orElse("なし") + " と "
          + a.side.profile().orElse("なし") + "）", "the profiles differ (" + b.side.profile().orElse("none")
          + " and " + a.side.profile().orElse("none") + ")"));
    }
    if (a.side.asOf().isBefore(b.side.asOf())) {
      notes.add(Text.of("新しい方のレポートの基準日が古い方より前です", "the newer report's date is before the older one's"));
    }
    List<CategoryChange> categories = new ArrayList<>();
    for (Row c : a.categories.values()) {
      Row old = b.categories.get(c.id);
      categories.add(new CategoryChange(c.id, c.title, old == null ? OptionalDouble.empty()
          : OptionalDouble.of(old.score), OptionalDouble.of(c.score)));
    }
    for (Row old : b.categories.values()) {
      if (!a.categories.containsKey(old.id)) {
        categories.add(new CategoryChange(old.id, old.title, OptionalDouble.of(old.score), OptionalDouble.empty()));
      }
    }
    List<ItemChange> items = new ArrayList<>();
    for (Row r : a.items.values()) {
      Row old = b.items.get(r.id);
      Direction d = old == null ? Direction.ADDED : direction(old, r);
      boolean stale = r.stale && (old == null || !old.stale);
      if (d != Direction.UNCHANGED || stale) {
        items.add(new ItemChange(r.id, r.title, r.category, d, Optional.ofNullable(old).map(o -> o.status),
            Optional.of(r.status), old == null ? 0 : old.score, r.score, stale));
      }
    }
    for (Row old : b.items.values()) {
      if (!a.items.containsKey(old.id)) {
        items.add(new ItemChange(old.id, old.title, old.category, Direction.REMOVED, Optional.of(old.status),
            Optional.empty(), old.score, 0, false));
      }
    }
    List<ExpiredWaiver> expired = new ArrayList<>();
    for (ExpiredWaiver w : a.expired) {
      // Expired by the newer date, and still in force on the older one.
      if (!w.expires().isBefore(b.side.asOf())) {
        expired.add(w);
      }
    }
    return new ReportDiff(b.side, a.side, categories, items, expired, notes);
  }

  private static Direction direction(Row before, Row after) {
    int rb = rank(before.status);
    int ra = rank(after.status);
    if (ra != rb) {
      return ra > rb ? Direction.IMPROVED : Direction.REGRESSED;
    }
    if (before.status == Outcome.PARTIAL && after.status == Outcome.PARTIAL && after.score != before.score) {
      return after.score > before.score ? Direction.IMPROVED : Direction.REGRESSED;
    }
    return before.status == after.status ? Direction.UNCHANGED : Direction.CHANGED;
  }

  private static int rank(Outcome o) {
    return switch (o) {
      case PASS -> 3;
      case NOT_APPLICABLE -> 2;
      case PARTIAL -> 1;
      case FAIL, CONTRADICTED, UNKNOWN, ERROR -> 0;
    };
  }

  // ---- reading ---------------------------------------------------------------------------------------

  /** A category or an item as the diff needs it. */
  private record Row(String id, Text title, String category, Outcome status, double score, boolean stale) {}

  private record Parsed(Side side, Map<String, Row> categories, Map<String, Row> items, List<ExpiredWaiver> expired) {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static @Nullable Parsed of(String source, String json, List<Issue> issues) {
      JsonNode root;
      try {
        root = MAPPER.readTree(json);
      } catch (JacksonException e) {
        issues.add(new Issue(source, 0, 0, "", Text.of("JSON として読めません: " + e.getOriginalMessage(),
            "not valid JSON: " + e.getOriginalMessage())));
        return null;
      }
      Reader r = new Reader(source, issues);
      if (root == null || !root.isObject()) {
        r.bad("", "JSON オブジェクト", "a JSON object");
        return null;
      }
      String format = r.string(root, "format");
      if (format != null && !format.equals(JsonReportWriter.FORMAT)) {
        r.bad("format", JsonReportWriter.FORMAT, JsonReportWriter.FORMAT);
        return null;
      }
      JsonNode checklist = root.path("checklist");
      String id = r.string(checklist, "checklist.id");
      String version = r.string(checklist, "checklist.version");
      LocalDate asOf = r.date(root, "as_of");
      String model = r.string(root, "scoring_model");
      Double score = r.points(root, "score");
      double withWaivers = root.has("score_with_waivers") ? orZero(r.points(root, "score_with_waivers"))
          : orZero(score);
      Optional<String> profile = root.path("profile").isObject()
          ? Optional.ofNullable(r.string(root.path("profile"), "profile.id")) : Optional.empty();
      Map<String, Row> categories = rows(r, root, "categories");
      Map<String, Row> items = rows(r, root, "items");
      List<ExpiredWaiver> expired = new ArrayList<>();
      JsonNode entries = root.path("waivers").path("entries");
      for (int i = 0; i < entries.size(); i++) {
        JsonNode e = entries.get(i);
        String p = "waivers.entries[" + i + "]";
        if ("expired".equals(e.path("status").asString(""))) {
          LocalDate expires = r.date(e, p + ".expires");
          List<String> rows = new ArrayList<>();
          e.path("rows").forEach(x -> rows.add(x.asString("")));
          if (expires != null) {
            expired.add(new ExpiredWaiver(e.path("item").asString(""), rows, expires, e.path("approver").asString(""),
                text(e.path("justification"))));
          }
        }
      }
      if (id == null || version == null || asOf == null || model == null || score == null || categories == null
          || items == null) {
        return null;
      }
      return new Parsed(new Side(source, id, version, asOf, model, score, withWaivers, profile), categories, items,
          expired);
    }

    private static double orZero(@Nullable Double d) {
      return d == null ? 0 : d;
    }

    private static @Nullable Map<String, Row> rows(Reader r, JsonNode root, String key) {
      JsonNode list = root.path(key);
      if (!list.isArray()) {
        r.bad(key, "配列", "an array");
        return null;
      }
      boolean items = key.equals("items");
      Map<String, Row> out = new LinkedHashMap<>();
      for (int i = 0; i < list.size(); i++) {
        JsonNode n = list.get(i);
        String p = key + "[" + i + "]";
        String id = r.string(n, p + ".id");
        Outcome status = items ? r.outcome(n, p + ".status") : Outcome.PASS;
        Double score = items ? r.share(n, p + ".score") : r.points(n, p + ".score");
        if (id != null && status != null && score != null) {
          out.put(id, new Row(id, text(n.path("title")), n.path("category").asString(""), status, score,
              n.path("answer").path("stale").asBoolean(false)));
        }
      }
      return out;
    }

    private static Text text(JsonNode n) {
      return Text.of(n.path("ja").asString(""), n.path("en").asString(""));
    }
  }

  /** Typed reads of a report's fields that record an issue, by path, for each that is missing or wrong. */
  private record Reader(String source, List<Issue> issues) {
    void bad(String path, String expectedJa, String expectedEn) {
      issues.add(new Issue(source, 0, 0, path, Text.of(
          "kizuki-report/1 のレポートではありません: " + expectedJa + " が必要です",
          "not a kizuki-report/1 report: expected " + expectedEn)));
    }

    private JsonNode field(JsonNode parent, String path) {
      return parent.path(path.substring(path.lastIndexOf('.') + 1));
    }

    @Nullable String string(JsonNode parent, String path) {
      JsonNode n = field(parent, path);
      if (!n.isString()) {
        bad(path, "文字列", "a string");
        return null;
      }
      return n.asString();
    }

    @Nullable LocalDate date(JsonNode parent, String path) {
      String s = string(parent, path);
      try {
        return s == null ? null : LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        bad(path, "日付（yyyy-MM-dd）", "a date (yyyy-MM-dd)");
        return null;
      }
    }

    @Nullable Double points(JsonNode parent, String path) {
      return number(parent, path, 100);
    }

    @Nullable Double share(JsonNode parent, String path) {
      return number(parent, path, 1);
    }

    private @Nullable Double number(JsonNode parent, String path, double max) {
      JsonNode n = field(parent, path);
      if (!n.isNumber() || n.asDouble() < 0 || n.asDouble() > max) {
        bad(path, "0 から " + (int) max + " の数", "a number from 0 to " + (int) max);
        return null;
      }
      return n.asDouble();
    }

    @Nullable Outcome outcome(JsonNode parent, String path) {
      String s = string(parent, path);
      if (s == null) {
        return null;
      }
      for (Outcome o : Outcome.values()) {
        if (o.id().equals(s)) {
          return o;
        }
      }
      bad(path, "判定（pass、fail など）", "a status such as pass or fail");
      return null;
    }
  }
}
