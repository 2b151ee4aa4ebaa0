package dev.kizuki.internal.load;

import dev.kizuki.ColumnType;
import dev.kizuki.Declaration;
import dev.kizuki.Location;
import dev.kizuki.Text;
import dev.kizuki.internal.data.InputsManifest;
import dev.kizuki.internal.data.ValueException;
import dev.kizuki.internal.data.ValueParser;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Binds one {@code kizuki-inputs/1} document. One instance per document; not thread-safe. */
final class InputsBinder extends NodeBinder {
  /** Declaration dates are read as data dates are (2026-11-30, 2026/11/30, 令和8年11月30日), by the one value parser. */
  private static final ValueParser DATES = ValueParser.forType("declared_on", ColumnType.DATE);
  private static final Pattern DATASET_ID = Pattern.compile("[a-z][a-z0-9_]*");

  InputsBinder(String source) {
    super(source);
  }

  @Nullable InputsManifest bind(Node root) {
    record(root, "");
    Obj o = obj(root, "", "format", "datasets");
    if (o == null) {
      return null;
    }
    String format = o.string("format", true);
    if (format != null && !format.equals(InputsManifest.FORMAT)) {
      issue("format", LoadMessages.badFormat(InputsManifest.FORMAT, format));
    }
    Map<String, InputsManifest.Entry> entries = new LinkedHashMap<>();
    Node datasets = o.get("datasets");
    if (datasets instanceof Node.MapNode map) {
      for (Map.Entry<String, Node.Entry> me : map.entries().entrySet()) {
        String path = "datasets." + me.getKey();
        Node.Entry at = me.getValue();
        // Issues about an entry point at its key's line, where the dataset is named.
        record(new Node.Scalar(at.line(), at.column(), null), path);
        InputsManifest.Entry e = entry(me.getKey(), at.value(), path);
        if (e != null) {
          entries.put(me.getKey(), e);
        }
      }
    } else if (datasets != null) {
      wrong(datasets, "datasets", "マップ（データセットごとの記述）", "a map of datasets");
    } else {
      issue("", LoadMessages.missing("datasets"));
    }
    return issues().isEmpty() ? new InputsManifest(source, entries) : null;
  }

  /** One dataset's entry; every key is checked even where an earlier one is wrong, so all issues come at once. */
  private InputsManifest.@Nullable Entry entry(String id, Node node, String path) {
    if (!DATASET_ID.matcher(id).matches()) {
      issue(path, LoadMessages.badId(id, DATASET_ID.pattern()));
    }
    Obj o = obj(node, path, "complete", "declared_by", "declared_on", "note");
    if (o == null) {
      return null;
    }
    Boolean complete = o.bool("complete");
    if (complete == null && !o.has("complete")) {
      issue(path, LoadMessages.missing("complete"));
    }
    boolean declared = Boolean.TRUE.equals(complete);
    String by = o.string("declared_by", declared);
    LocalDate on = date(o, path + ".declared_on", declared);
    String note = o.has("note") ? o.string("note", false) : "";
    if (!declared && (o.has("declared_by") || o.has("declared_on"))) {
      issue(path + ".complete", Text.of(
          "declared_by と declared_on は complete: true の宣言にだけ書けます",
          "declared_by and declared_on belong to a declaration: they need complete: true"));
    }
    if (complete == null || note == null) {
      return null;
    }
    if (!declared) {
      return new InputsManifest.Entry(id, Optional.empty());
    }
    if (by == null || on == null) {
      return null;
    }
    long[] at = locate(path);
    return new InputsManifest.Entry(id, Optional.of(new Declaration(id, by, on, note,
        new Location(source, at[0], at[1], path))));
  }

  private @Nullable LocalDate date(Obj o, String path, boolean required) {
    String s = o.string("declared_on", required);
    if (s == null) {
      return null;
    }
    try {
      if (DATES.parse(s) instanceof LocalDate d) {
        return d;
      }
    } catch (ValueException e) {
      issue(path, e.text());
      return null;
    }
    issue(path, LoadMessages.missing("declared_on"));
    return null;
  }
}
