package dev.kizuki.diff;

import dev.kizuki.Issue;
import dev.kizuki.Outcome;
import dev.kizuki.Text;
import dev.kizuki.diff.ReportDiff.ExpiredWaiver;
import dev.kizuki.diff.ReportDiff.Side;
import dev.kizuki.internal.report.JsonOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the fields a diff needs from one {@code kizuki-report/1} document with Jackson's streaming parser,
 * skipping everything else (evidence rows, texts of other parts), so memory grows with the number of items
 * and categories, never with the size of the file. The file's size is checked before it is opened; the
 * parser also stops at that many characters, and at {@value #MAX_STRING} characters in one string or {@value
 * #MAX_DEPTH} levels of nesting.
 *
 * <p>Problems become issues in both languages: a syntax error or an early end with its line and column; a
 * field of the wrong kind with its line, column and path; a missing field with its path. One instance
 * reads one document; not thread-safe.
 */
final class ReportReader {
  /** The longest string a report holds: reasons and titles are short, evidence rows are capped. */
  static final int MAX_STRING = 1 << 20;

  /** Reports nest six levels deep; anything much deeper is not one. */
  static final int MAX_DEPTH = 32;

  /** What was read: the headline, categories and items by id, and the expired waivers. */
  record Parsed(Side side, Map<String, Row> categories, Map<String, Row> items, List<ExpiredWaiver> expired) {}

  /** A category or an item as the diff needs it. */
  record Row(String id, Text title, String category, Outcome status, double score, boolean stale) {}

  private final String source;
  private final List<Issue> issues;
  private final JsonParser p;

  private @Nullable String format;
  private @Nullable String checklistId;
  private @Nullable String version;
  private @Nullable LocalDate asOf;
  private @Nullable String model;
  private @Nullable Double score;
  private @Nullable Double withWaivers;
  private Optional<String> profile = Optional.empty();
  private @Nullable Map<String, Row> categories;
  private @Nullable Map<String, Row> items;
  private final List<ExpiredWaiver> expired = new ArrayList<>();
  /** The paths {@link #bad} reported, so that a wrong field is not also called missing. */
  private final Set<String> reported = new HashSet<>();

  private ReportReader(String source, List<Issue> issues, JsonParser p) {
    this.source = source;
    this.issues = issues;
    this.p = p;
  }

  /**
   * The report in {@code file}, or null after adding to {@code issues} why it cannot be read; a file larger
   * than {@code maxBytes} is refused without being opened.
   *
   * @throws IOException if the file cannot be read
   */
  static @Nullable Parsed read(Path file, String source, long maxBytes, List<Issue> issues) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes) {
      issues.add(tooLarge(source, size, maxBytes));
      return null;
    }
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = factory(maxBytes).createParser(ObjectReadContext.empty(), in)) {
      return new ReportReader(source, issues, p).document();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** The report given as text; as {@link #read(Path, String, long, List)}, with the limit in characters. */
  static @Nullable Parsed read(String json, String source, long maxChars, List<Issue> issues) {
    if (json.length() > maxChars) {
      issues.add(tooLarge(source, json.length(), maxChars));
      return null;
    }
    try (JsonParser p = factory(maxChars).createParser(ObjectReadContext.empty(), new StringReader(json))) {
      return new ReportReader(source, issues, p).document();
    }
  }

  private static JsonFactory factory(long maxLength) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(maxLength)
            .maxStringLength(MAX_STRING)
            .maxNestingDepth(MAX_DEPTH)
            .build())
        .build();
  }

  private static Issue tooLarge(String source, long size, long max) {
    return new Issue(source, 0, 0, "", Text.of(
        "レポートが大きすぎるため読みません: " + size + " バイトあります（上限 " + max + " バイト）",
        "the report is too large to read: expected at most " + max + " bytes, found " + size));
  }

  // ---- the document ------------------------------------------------------------------------------------

  private Issue cutShort(JacksonException e) {
    return at(e.getLocation(), "", Text.of("レポートが途中で終わっています（ファイルが切れていないか確かめてください）",
        "the report ends before the JSON document is complete (is the file cut short?)"));
  }

  private @Nullable Parsed document() {
    try {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        bad("", "JSON オブジェクト", "a JSON object");
        return null;
      }
      if (!root()) {
        return null;
      }
      if (p.nextToken() != null) {
        bad("", "文書の終わり", "the end of the document");
        return null;
      }
    } catch (UnexpectedEndOfInputException e) {
      issues.add(cutShort(e));
      return null;
    } catch (StreamConstraintsException e) {
      issues.add(at(e.getLocation(), "", Text.of("レポートとしては長すぎる値か深すぎる入れ子があります（文字列は "
          + MAX_STRING + " 文字、入れ子は " + MAX_DEPTH + " 段まで）", "not a kizuki-report/1 report: expected strings"
          + " of at most " + MAX_STRING + " characters nested at most " + MAX_DEPTH + " deep, found more")));
      return null;
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      // Jackson 3 reports an end right after a comma ("within/between Array entries") as a plain
      // StreamReadException, not UnexpectedEndOfInputException: a file cut at a line end all the same.
      String m = e.getOriginalMessage();
      if (m != null && m.startsWith("Unexpected end-of-input")) {
        issues.add(cutShort(e));
        return null;
      }
      issues.add(at(e.getLocation(), "", Text.of("JSON として読めません: この位置の書式が正しくありません",
          "not valid JSON: expected a JSON value, a comma or a bracket here")));
      return null;
    }
    missing("checklist.id", checklistId);
    missing("checklist.version", version);
    missing("as_of", asOf);
    missing("scoring_model", model);
    missing("score", score);
    if (categories == null) {
      missing("categories", null);
    }
    if (items == null) {
      missing("items", null);
    }
    if (checklistId == null || version == null || asOf == null || model == null || score == null
        || categories == null || items == null) {
      return null;
    }
    double waived = withWaivers == null ? score : withWaivers;
    return new Parsed(new ReportDiff.SideValue(source, checklistId, version, asOf, model, score, waived, profile), categories, items,
        expired);
  }

  /** The root object's fields; false when the document is of another format, which ends reading. */
  private boolean root() {
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "format" -> {
          format = string("format");
          if (format != null && !format.equals(JsonOutput.REPORT_FORMAT)) {
            bad("format", JsonOutput.REPORT_FORMAT, JsonOutput.REPORT_FORMAT);
            return false;
          }
        }
        case "checklist" -> checklist();
        case "as_of" -> asOf = date("as_of");
        case "scoring_model" -> model = string("scoring_model");
        case "score" -> score = number("score", 100);
        case "score_with_waivers" -> withWaivers = number("score_with_waivers", 100);
        case "profile" -> profile();
        case "categories" -> categories = rows("categories", false);
        case "items" -> items = rows("items", true);
        case "waivers" -> waivers();
        default -> p.skipChildren();
      }
    }
    if (format == null) {
      missing("format", null);
      return false;
    }
    return true;
  }

  private void checklist() {
    if (!object("checklist")) {
      return;
    }
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> checklistId = string("checklist.id");
        case "version" -> version = string("checklist.version");
        default -> p.skipChildren();
      }
    }
  }

  private void profile() {
    if (p.currentToken() == JsonToken.VALUE_NULL || !object("profile")) {
      return;
    }
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("id")) {
        profile = Optional.ofNullable(string("profile.id"));
      } else {
        p.skipChildren();
      }
    }
  }

  private @Nullable Map<String, Row> rows(String key, boolean items) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      bad(key, "配列", "an array");
      p.skipChildren();
      return null;
    }
    Map<String, Row> out = new LinkedHashMap<>();
    for (int i = 0; nextElement(); i++) {
      String path = key + "[" + i + "]";
      if (!object(path)) {
        continue;
      }
      String id = null;
      Text title = Text.EMPTY;
      String category = "";
      Outcome status = items ? null : Outcome.PASS;
      Double score = null;
      boolean stale = false;
      boolean hasStatus = !items;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "id" -> id = string(path + ".id");
          case "title" -> title = text();
          case "category" -> category = plain();
          case "status" -> {
            if (items) {
              hasStatus = true;
              status = outcome(path + ".status");
            } else {
              p.skipChildren();
            }
          }
          case "score" -> score = number(path + ".score", items ? 1 : 100);
          case "answer" -> stale = stale();
          default -> p.skipChildren();
        }
      }
      if (id == null) {
        missing(path + ".id", null);
      }
      if (!hasStatus) {
        missing(path + ".status", null);
      }
      if (score == null) {
        missing(path + ".score", null);
      }
      if (id != null && status != null && score != null) {
        out.put(id, new Row(id, title, category, status, score, stale));
      }
    }
    return out;
  }

  /** Whether an item's answer (an object or null) is stale. */
  private boolean stale() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return false;
    }
    boolean stale = false;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("stale")) {
        stale = p.currentToken() == JsonToken.VALUE_TRUE;
      }
      p.skipChildren(); // nothing for a scalar
    }
    return stale;
  }

  private void waivers() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("entries") && p.currentToken() == JsonToken.START_ARRAY) {
        for (int i = 0; nextElement(); i++) {
          waiver("waivers.entries[" + i + "]");
        }
      } else {
        p.skipChildren();
      }
    }
  }

  private void waiver(String path) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    String status = "";
    String item = "";
    List<String> rows = new ArrayList<>();
    LocalDate expires = null;
    String approver = "";
    Text justification = Text.EMPTY;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "status" -> status = plain();
        case "item" -> item = plain();
        case "rows" -> rows = strings();
        case "expires" -> expires = date(path + ".expires");
        case "approver" -> approver = plain();
        case "justification" -> justification = text();
        default -> p.skipChildren();
      }
    }
    if (status.equals("expired") && expires != null) {
      expired.add(new ReportDiff.ExpiredWaiverValue(item, rows, expires, approver, justification));
    }
  }

  /**
   * Moves to the next element of the array the parser is in; false at its end. Jackson reports an early end
   * of input as an exception; the null check only makes sure a loop can never spin on it.
   */
  private boolean nextElement() {
    JsonToken t = p.nextToken();
    return t != JsonToken.END_ARRAY && t != null;
  }

  // ---- values --------------------------------------------------------------------------------------------

  /** Whether the current token starts an object; records an issue and skips the value otherwise. */
  private boolean object(String path) {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      return true;
    }
    bad(path, "オブジェクト", "an object");
    p.skipChildren();
    return false;
  }

  private @Nullable String string(String path) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      bad(path, "文字列", "a string");
      p.skipChildren();
      return null;
    }
    return p.getString();
  }

  /** A string where the diff tolerates anything else as empty. */
  private String plain() {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    p.skipChildren();
    return "";
  }

  private List<String> strings() {
    List<String> out = new ArrayList<>();
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return out;
    }
    while (nextElement()) {
      out.add(plain());
    }
    return out;
  }

  /** A {@code {ja, en}} text; anything else reads as empty. */
  private Text text() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return Text.EMPTY;
    }
    String ja = "";
    String en = "";
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "ja" -> ja = plain();
        case "en" -> en = plain();
        default -> p.skipChildren();
      }
    }
    return Text.of(ja, en);
  }

  private @Nullable LocalDate date(String path) {
    String s = string(path);
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      bad(path, "日付（yyyy-MM-dd）", "a date (yyyy-MM-dd)");
      return null;
    }
  }

  private @Nullable Double number(String path, double max) {
    JsonToken t = p.currentToken();
    if ((t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) || p.getValueAsDouble() < 0
        || p.getValueAsDouble() > max) {
      bad(path, "0 から " + (int) max + " の数", "a number from 0 to " + (int) max);
      p.skipChildren();
      return null;
    }
    return p.getValueAsDouble();
  }

  private @Nullable Outcome outcome(String path) {
    String s = string(path);
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

  // ---- issues --------------------------------------------------------------------------------------------

  /** A field of the wrong kind or value, at the current token, saying what it holds. */
  private void bad(String path, String expectedJa, String expectedEn) {
    reported.add(path);
    // With no token (an empty file), the place is where input ended.
    TokenStreamLocation where = p.currentToken() == null ? p.currentLocation() : p.currentTokenLocation();
    issues.add(at(where, path, notReport(expectedJa, expectedEn, found(true), found(false))));
  }

  /** What the current token is, for a message. */
  private String found(boolean ja) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return ja ? "文書の終わり" : "the end of the document";
    }
    return switch (t) {
      case START_OBJECT -> ja ? "オブジェクト" : "an object";
      case START_ARRAY -> ja ? "配列" : "an array";
      case VALUE_STRING -> "\"" + shortened(p.getString()) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getString();
      case VALUE_TRUE, VALUE_FALSE -> ja ? "真偽値 " + p.getString() : "the boolean " + p.getString();
      case VALUE_NULL -> "null";
      default -> ja ? "ほかの値" : "another value";
    };
  }

  private static String shortened(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  /**
   * A required field that is absent (not merely wrong, which {@link #bad} reported): there is no place to
   * point at, so only its path.
   */
  private void missing(String path, @Nullable Object value) {
    if (value == null && !reported.contains(path)) {
      issues.add(new Issue(source, 0, 0, path, notReport(expected(path, true), expected(path, false),
          "なし", "nothing")));
    }
  }

  private static String expected(String path, boolean ja) {
    if (path.equals("categories") || path.equals("items")) {
      return ja ? "配列" : "an array";
    }
    if (path.endsWith("score")) {
      return ja ? "数" : "a number";
    }
    if (path.equals("as_of")) {
      return ja ? "日付（yyyy-MM-dd）" : "a date (yyyy-MM-dd)";
    }
    return ja ? "文字列" : "a string";
  }

  private static Text notReport(String expectedJa, String expectedEn, String foundJa, String foundEn) {
    return Text.of("kizuki-report/1 のレポートではありません: " + expectedJa + " が必要ですが、" + foundJa + " です",
        "not a kizuki-report/1 report: expected " + expectedEn + ", found " + foundEn);
  }

  private Issue at(@Nullable TokenStreamLocation at, String path, Text message) {
    long line = at == null ? 0 : Math.max(0, at.getLineNr());
    long column = at == null ? 0 : Math.max(0, at.getColumnNr());
    return new Issue(source, line, column, path, message);
  }
}
