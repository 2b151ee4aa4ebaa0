package dev.kizuki.diff;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Lang;
import dev.kizuki.Outcome;
import dev.kizuki.Text;
import dev.kizuki.diff.ReportDiff.Direction;
import dev.kizuki.diff.ReportDiff.ItemChange;
import dev.kizuki.internal.report.JsonOutput;
import dev.kizuki.internal.report.Label;
import dev.kizuki.internal.report.Markdown;
import dev.kizuki.internal.report.Numbers;
import dev.kizuki.report.ReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link ReportDiff} as a plain-text summary, as Markdown, or as the versioned JSON document {@code
 * kizuki-diff/1} (both languages; within {@code kizuki-diff/1} fields are only ever added). Deterministic:
 * {@code \n} line ends, numbers rounded as in the reports (points to 2 decimals, shares to 4). Text is terminal-safe and Markdown escaped,
 * as in the report writers. Immutable and thread-safe.
 */
public final class DiffWriter {
  /** The value of the JSON document's {@code format} field. */
  public static final String FORMAT = "kizuki-diff/1";

  /** The output formats, by the name used on the command line. */
  public enum Format {
    /** A plain-text summary for a terminal. */
    TEXT("text"),
    /** The versioned JSON document {@code kizuki-diff/1}, both languages. */
    JSON("json"),
    /** Markdown for a wiki page or a pull request. */
    MD("md");

    private final String id;

    Format(String id) {
      this.id = id;
    }

    /**
     * The name used on the command line.
     *
     * @return {@code text}, {@code json} or {@code md}
     */
    public String id() {
      return id;
    }

    /**
     * The format named {@code id} (case-insensitive; {@code markdown} for {@code md}).
     *
     * @param id the name
     * @return the format
     * @throws IllegalArgumentException naming the known formats
     */
    public static Format of(String id) {
      String s = id.toLowerCase(Locale.ROOT);
      for (Format f : values()) {
        if (f.id.equals(s) || (f == MD && s.equals("markdown"))) {
          return f;
        }
      }
      throw new IllegalArgumentException("diff format must be text, json or md, was: " + id);
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A writer; it holds no state. */
  public DiffWriter() {}

  /**
   * Writes {@code diff} in {@code format}; does not close {@code out}.
   *
   * @param diff the progress to write
   * @param format the output format
   * @param lang the language of the text and Markdown (JSON carries both)
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public void write(ReportDiff diff, Format format, Lang lang, Writer out) throws IOException {
    requireNonNull(diff, "diff");
    requireNonNull(lang, "lang");
    String s = switch (requireNonNull(format, "format")) {
      case TEXT -> text(diff, lang);
      case MD -> markdown(diff, lang);
      case JSON -> json(diff);
    };
    out.write(s);
    out.flush();
  }

  /**
   * {@code diff} in {@code format} as a string.
   *
   * @param diff the progress to write
   * @param format the output format
   * @param lang the language of the text and Markdown (JSON carries both)
   * @return the written diff
   */
  public String toString(ReportDiff diff, Format format, Lang lang) {
    StringWriter w = new StringWriter();
    try {
      write(diff, format, lang, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  // ---- text and Markdown -------------------------------------------------------------------------------

  private static final List<Direction> SHOWN =
      List.of(Direction.IMPROVED, Direction.REGRESSED, Direction.CHANGED, Direction.ADDED, Direction.REMOVED);

  private static String heading(Direction d, Lang lang) {
    return switch (d) {
      case IMPROVED -> lang == Lang.JA ? "改善した項目" : "Improved";
      case REGRESSED -> lang == Lang.JA ? "悪化した項目" : "Regressed";
      case CHANGED -> lang == Lang.JA ? "判定が変わった項目（同じ順位）" : "Status changed (same rank)";
      case ADDED -> lang == Lang.JA ? "新しく加わった項目" : "Added";
      case REMOVED -> lang == Lang.JA ? "なくなった項目" : "Removed";
      case UNCHANGED -> "";
    };
  }

  private static String t(Lang lang, String ja, String en) {
    return lang == Lang.JA ? ja : en;
  }

  private static String text(ReportDiff d, Lang lang) {
    StringBuilder sb = new StringBuilder();
    Lines l = new Lines(sb);
    l.line(t(lang, "進捗: ", "Progress: ") + d.after().checklist() + " " + d.before().asOf() + " → " + d.after().asOf()
        + " (" + d.before().source() + " → " + d.after().source() + ")");
    l.line(t(lang, "総合スコア: ", "Score: ") + fromTo(d.before().score(), d.after().score()));
    if (waivered(d)) {
      l.line(t(lang, "免除を適用したスコア: ", "Score with waivers: ")
          + fromTo(d.before().scoreWithWaivers(), d.after().scoreWithWaivers()));
    }
    for (Text note : d.notes()) {
      l.line("! " + note.get(lang));
    }
    l.blank();
    l.line(t(lang, "カテゴリ別スコア", "Category scores"));
    for (ReportDiff.CategoryChange c : d.categories()) {
      l.line("  " + pad(c.change().isPresent() ? signed(c.change().getAsDouble()) : "-", 8) + "  "
          + c.title().get(lang) + "  " + opt(c.before()) + " → " + opt(c.after()));
    }
    for (Direction dir : SHOWN) {
      List<ItemChange> items = d.items(dir);
      if (items.isEmpty()) {
        continue;
      }
      l.blank();
      l.line(heading(dir, lang) + " (" + items.size() + ")");
      for (ItemChange i : items) {
        l.line("  " + i.id() + "  " + status(i.before(), lang) + " → " + status(i.after(), lang) + "  "
            + i.title().get(lang));
      }
    }
    if (!d.newlyStale().isEmpty()) {
      l.blank();
      l.line(t(lang, "新たに古くなった回答", "Answers that became stale") + " (" + d.newlyStale().size() + ")");
      for (ItemChange i : d.newlyStale()) {
        l.line("  " + i.id() + "  " + i.title().get(lang));
      }
    }
    if (!d.expiredWaivers().isEmpty()) {
      l.blank();
      l.line(t(lang, "期間中に期限切れになった免除", "Waivers that expired in between") + " (" + d.expiredWaivers().size()
          + ")");
      for (ReportDiff.ExpiredWaiver w : d.expiredWaivers()) {
        l.line("  " + w.item() + "  " + t(lang, "期限 ", "expired ") + w.expires() + "  " + w.approver() + " — "
            + w.justification().get(lang));
      }
    }
    return sb.toString();
  }

  private static String markdown(ReportDiff d, Lang lang) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(t(lang, "進捗", "Progress")).append(": ").append(esc(d.after().checklist())).append(' ')
        .append(d.before().asOf()).append(" → ").append(d.after().asOf()).append("\n\n");
    md.append("- ").append(t(lang, "比較", "Compared")).append(": ").append(esc(d.before().source())).append(" → ")
        .append(esc(d.after().source())).append('\n');
    md.append("- **").append(t(lang, "総合スコア", "Score")).append(": ")
        .append(fromTo(d.before().score(), d.after().score())).append("**\n");
    if (waivered(d)) {
      md.append("- ").append(Label.SCORE_WITH_WAIVERS.get(lang)).append(": ")
          .append(fromTo(d.before().scoreWithWaivers(), d.after().scoreWithWaivers())).append('\n');
    }
    for (Text note : d.notes()) {
      md.append("- **").append(esc(note.get(lang))).append("**\n");
    }
    md.append("\n## ").append(Label.CATEGORY_SCORES.get(lang)).append("\n\n");
    md.append("| ").append(Label.CATEGORY.get(lang)).append(" | ").append(t(lang, "前", "Before")).append(" | ")
        .append(t(lang, "後", "After")).append(" | ").append(t(lang, "差", "Change")).append(" |\n");
    md.append("| --- | ---: | ---: | ---: |\n");
    for (ReportDiff.CategoryChange c : d.categories()) {
      md.append("| ").append(esc(c.title().get(lang))).append(" | ").append(opt(c.before())).append(" | ")
          .append(opt(c.after())).append(" | ")
          .append(c.change().isPresent() ? signed(c.change().getAsDouble()) : "-").append(" |\n");
    }
    for (Direction dir : SHOWN) {
      List<ItemChange> items = d.items(dir);
      if (items.isEmpty()) {
        continue;
      }
      md.append("\n## ").append(heading(dir, lang)).append(" (").append(items.size()).append(")\n\n");
      md.append("| ").append(Label.ITEM.get(lang)).append(" | ").append(Label.TITLE.get(lang)).append(" | ")
          .append(t(lang, "前", "Before")).append(" | ").append(t(lang, "後", "After")).append(" |\n");
      md.append("| --- | --- | --- | --- |\n");
      for (ItemChange i : items) {
        md.append("| ").append(esc(i.id())).append(" | ").append(esc(i.title().get(lang))).append(" | ")
            .append(status(i.before(), lang)).append(" | ").append(status(i.after(), lang)).append(" |\n");
      }
    }
    if (!d.newlyStale().isEmpty()) {
      md.append("\n## ").append(t(lang, "新たに古くなった回答", "Answers that became stale")).append("\n\n");
      for (ItemChange i : d.newlyStale()) {
        md.append("- ").append(esc(i.id())).append(' ').append(esc(i.title().get(lang))).append('\n');
      }
    }
    if (!d.expiredWaivers().isEmpty()) {
      md.append("\n## ").append(t(lang, "期間中に期限切れになった免除", "Waivers that expired in between")).append("\n\n");
      for (ReportDiff.ExpiredWaiver w : d.expiredWaivers()) {
        md.append("- ").append(esc(w.item())).append(": ").append(Label.EXPIRES.get(lang)).append(' ')
            .append(w.expires()).append(", ").append(esc(w.approver())).append(" — ")
            .append(esc(w.justification().get(lang))).append('\n');
      }
    }
    return md.toString();
  }

  private static boolean waivered(ReportDiff d) {
    return d.before().scoreWithWaivers() != d.before().score() || d.after().scoreWithWaivers() != d.after().score();
  }

  private static String status(Optional<Outcome> o, Lang lang) {
    return o.map(x -> Label.of(x).get(lang)).orElse("-");
  }

  private static String fromTo(double before, double after) {
    return num(before) + " → " + num(after) + " (" + signed(after - before) + ")";
  }

  private static String opt(OptionalDouble d) {
    return d.isPresent() ? num(d.getAsDouble()) : "-";
  }

  private static String num(double d) {
    return Numbers.points(d);
  }

  private static String signed(double d) {
    String s = num(d);
    return s.startsWith("-") ? s : "+" + s;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  private static String esc(String s) {
    return Markdown.escape(s);
  }

  /** Terminal-safe lines. */
  private record Lines(StringBuilder sb) {
    void line(String s) {
      sb.append(ReportWriter.terminalSafe(s)).append('\n');
    }

    void blank() {
      sb.append('\n');
    }
  }

  // ---- JSON --------------------------------------------------------------------------------------------

  private static String json(ReportDiff d) {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.set("before", side(d.before()));
    root.set("after", side(d.after()));
    root.put("score_change", Numbers.round(d.scoreChange(), Numbers.POINTS));
    root.put("score_with_waivers_change", Numbers.round(d.scoreWithWaiversChange(), Numbers.POINTS));
    ArrayNode categories = root.putArray("categories");
    for (ReportDiff.CategoryChange c : d.categories()) {
      ObjectNode n = categories.addObject();
      n.put("id", c.id());
      n.set("title", text(c.title()));
      number(n, "before", c.before());
      number(n, "after", c.after());
      number(n, "change", c.change());
    }
    ArrayNode items = root.putArray("items");
    for (ItemChange i : d.items()) {
      ObjectNode n = items.addObject();
      n.put("id", i.id());
      n.set("title", text(i.title()));
      n.put("category", i.category());
      n.put("direction", i.direction().id());
      n.put("before", i.before().map(Outcome::id).orElse(null));
      n.put("after", i.after().map(Outcome::id).orElse(null));
      n.put("score_before", Numbers.round(i.scoreBefore(), Numbers.SHARE));
      n.put("score_after", Numbers.round(i.scoreAfter(), Numbers.SHARE));
      n.put("became_stale", i.becameStale());
    }
    ArrayNode waivers = root.putArray("expired_waivers");
    for (ReportDiff.ExpiredWaiver w : d.expiredWaivers()) {
      ObjectNode n = waivers.addObject();
      n.put("item", w.item());
      ArrayNode rows = n.putArray("rows");
      w.rows().forEach(rows::add);
      n.put("expires", w.expires().toString());
      n.put("approver", w.approver());
      n.set("justification", text(w.justification()));
    }
    ArrayNode notes = root.putArray("notes");
    d.notes().forEach(t -> notes.add(text(t)));
    try {
      return JsonOutput.pretty().writeValueAsString(root) + "\n";
    } catch (JacksonException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode side(ReportDiff.Side s) {
    ObjectNode n = NODES.objectNode();
    n.put("source", s.source());
    n.put("checklist", s.checklist());
    n.put("version", s.version());
    n.put("as_of", s.asOf().toString());
    n.put("scoring_model", s.scoringModel());
    n.put("score", Numbers.round(s.score(), Numbers.POINTS));
    n.put("score_with_waivers", Numbers.round(s.scoreWithWaivers(), Numbers.POINTS));
    n.put("profile", s.profile().orElse(null));
    return n;
  }

  private static void number(ObjectNode n, String key, OptionalDouble d) {
    if (d.isPresent()) {
      n.put(key, Numbers.round(d.getAsDouble(), Numbers.POINTS));
    } else {
      n.putNull(key);
    }
  }

  private static ObjectNode text(Text t) {
    ObjectNode n = NODES.objectNode();
    n.put("ja", t.ja());
    n.put("en", t.en());
    return n;
  }
}
