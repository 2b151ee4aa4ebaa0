package dev.kizuki.internal.load;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Aggregation;
import dev.kizuki.BlankMeaning;
import dev.kizuki.Category;
import dev.kizuki.Check;
import dev.kizuki.Checklist;
import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.DataRule;
import dev.kizuki.DatasetSchema;
import dev.kizuki.EnumValue;
import dev.kizuki.Expectation;
import dev.kizuki.IncidentCase;
import dev.kizuki.Issue;
import dev.kizuki.Item;
import dev.kizuki.Limits;
import dev.kizuki.Normalization;
import dev.kizuki.Operand;
import dev.kizuki.Parameter;
import dev.kizuki.Predicate;
import dev.kizuki.Severity;
import dev.kizuki.Source;
import dev.kizuki.SourceRef;
import dev.kizuki.Text;
import dev.kizuki.WhenEmpty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link Node} tree into the checklist model, collecting every shape problem (unknown and missing
 * keys, wrong types, bad ids) with its location, and remembering the location of every path so that later
 * checks (the rule compiler's) can point into the file too. One instance per document; not thread-safe.
 */
final class ChecklistBinder extends NodeBinder {
  static final String FORMAT = "kizuki-checklist/1";
  static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");
  static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern REF_ID = Pattern.compile("\\S+");
  private static final Pattern ENUM_VALUE = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final List<String> OPERATORS =
      List.of("eq", "ne", "lt", "le", "gt", "ge", "in", "not_in", "present", "matches", "within_days",
          "older_than_days", "allows_any", "allows_more_than");
  private static final List<String> PREDICATE_FORMS = List.of("field", "all", "any", "not", "exists");

  private final Limits limits;

  ChecklistBinder(String source, Limits limits) {
    super(source);
    this.limits = limits;
  }

  @Nullable Checklist bind(Node root) {
    record(root, "");
    Obj o = obj(root, "", "format", "id", "version", "title", "description", "source", "cases", "lessons",
        "measures", "categories", "datasets", "items");
    if (o == null) {
      return null;
    }
    String format = o.string("format", true);
    if (format != null && !format.equals(FORMAT)) {
      issue("format", LoadMessages.badFormat(format));
    }
    String id = o.id("id", ID);
    String version = o.string("version", true);
    Text title = o.text("title", true);
    Text description = o.optionalText("description");
    Source src = o.has("source") ? source(o.get("source"), "source") : Source.NONE;
    List<IncidentCase> cases = o.list("cases", false, this::incidentCase);
    List<SourceRef> lessons = o.list("lessons", false, this::sourceRef);
    List<SourceRef> measures = o.list("measures", false, this::sourceRef);
    List<Category> categories = o.list("categories", true, this::category);
    List<DatasetSchema> datasets = o.list("datasets", false, this::dataset);
    List<Item> items = o.list("items", true, this::item);
    if (items.size() > limits.maxItems() || datasets.size() > limits.maxItems()) {
      issue("items", LoadMessages.tooMany("items/datasets", limits.maxItems()));
    }
    // Each null below has its issue recorded; the checks say so to the reader and to NullAway.
    if (!issues().isEmpty() || id == null || version == null || title == null || src == null) {
      return null;
    }
    Checklist.Builder b = Checklist.builder(id, version).title(title).description(description).source(src);
    cases.forEach(b::incidentCase);
    lessons.forEach(b::lesson);
    measures.forEach(b::measure);
    categories.forEach(b::category);
    datasets.forEach(b::dataset);
    items.forEach(b::item);
    return b.build();
  }

  private @Nullable Source source(@Nullable Node node, String path) {
    Obj o = obj(node, path, "title", "publisher", "published", "url");
    if (o == null) {
      return null;
    }
    Text title = o.text("title", true);
    Text publisher = o.text("publisher", true);
    String published = o.string("published", false);
    String url = o.string("url", false);
    if (title == null || publisher == null) {
      return null;
    }
    return new Source(title, publisher, published == null ? "" : published, url == null ? "" : url);
  }

  private @Nullable IncidentCase incidentCase(Node node, String path) {
    Obj o = obj(node, path, "id", "title");
    if (o == null) {
      return null;
    }
    String id = o.id("id", ENUM_VALUE);
    Text title = o.text("title", true);
    return id == null || title == null ? null : new IncidentCase(id, title);
  }

  private @Nullable SourceRef sourceRef(Node node, String path) {
    Obj o = obj(node, path, "id", "case", "title");
    if (o == null) {
      return null;
    }
    String id = o.id("id", REF_ID);
    String caseId = o.string("case", false);
    Text title = o.text("title", true);
    return id == null || title == null ? null : new SourceRef(id, caseId == null ? "" : caseId, title);
  }

  private @Nullable Category category(Node node, String path) {
    Obj o = obj(node, path, "id", "title", "description", "weight");
    if (o == null) {
      return null;
    }
    String id = o.id("id", ID);
    Text title = o.text("title", true);
    Text description = o.text("description", false);
    Double weight = o.positive("weight", false);
    if (id == null || title == null || description == null) {
      return null;
    }
    return new Category(id, title, description, weight == null ? 1 : weight);
  }

  private @Nullable DatasetSchema dataset(Node node, String path) {
    Obj o = obj(node, path, "id", "title", "description", "key", "columns");
    if (o == null) {
      return null;
    }
    String id = o.id("id", ID);
    Text title = o.text("title", true);
    Text description = o.text("description", true);
    String key = o.string("key", true);
    List<Column> columns = o.list("columns", true, this::column);
    if (columns.size() > limits.maxColumns()) {
      issue(path + ".columns", LoadMessages.tooMany("columns", limits.maxColumns()));
    }
    if (id == null || title == null || description == null || key == null) {
      return null;
    }
    return new DatasetSchema(id, title, description, key, columns);
  }

  private @Nullable Column column(Node node, String path) {
    Obj o = obj(node, path, "name", "type", "required", "description", "values", "example", "normalize", "blank",
        "anything");
    if (o == null) {
      return null;
    }
    String name = o.id("name", ID);
    ColumnType type = o.enumOf("type", ColumnType.class, true);
    Boolean required = o.bool("required");
    Text description = o.text("description", true);
    List<EnumValue> values = o.list("values", false, this::enumValue);
    String example = o.string("example", false);
    Normalization normalize = o.has("normalize") ? o.enumOf("normalize", Normalization.class, false)
        : Normalization.EXACT;
    BlankMeaning blank = o.enumOf("blank", BlankMeaning.class, false);
    List<String> anything = o.list("anything", false, this::scalarString);
    if (name == null || type == null || description == null || normalize == null
        || (o.has("blank") && blank == null)) {
      return null;
    }
    if (type != ColumnType.NETWORK && o.has("anything")) {
      issue(path + ".anything", Text.of("anything は network 列にだけ書けます（この列は " + type.id() + "）",
          "anything is only for network columns; this column is " + type.id()));
      return null;
    }
    if (blank != null && !blank.fits(type)) {
      issue(path + ".blank", blankMisfit(blank, type));
      return null;
    }
    if (blank != null && blank != BlankMeaning.UNKNOWN && required != null && required) {
      issue(path + ".blank", Text.of(
          "必須の列は空になりえないため、blank: " + blank.id() + " は書けません（blank を消すか required: false にしてください）",
          "a required column is never blank, so it cannot declare blank: " + blank.id()
              + " (remove blank, or make the column optional)"));
      return null;
    }
    if (type == ColumnType.ENUM && values.isEmpty()) {
      issue(path + ".values", LoadMessages.missing("values"));
      return null;
    }
    if (type != ColumnType.ENUM && o.has("values")) {
      issue(path + ".values", Text.of("values は enum 列にだけ書けます（この列は " + type.id() + "）",
          "values are only for enum columns; this column is " + type.id()));
      return null;
    }
    return new Column(name, type, required != null && required, description, values,
        example == null ? "" : example, normalize, blank == null ? BlankMeaning.UNKNOWN : blank, anything);
  }

  /** Why {@code blank} does not fit a column of {@code type}: what it means, and where it does. */
  private static Text blankMisfit(BlankMeaning blank, ColumnType type) {
    List<String> fitting = Arrays.stream(ColumnType.values()).filter(blank::fits).map(ColumnType::id).toList();
    String meaningJa = blank == BlankMeaning.NEVER ? "「未実施」" : "「なし」";
    String meaningEn = blank == BlankMeaning.NEVER ? "\"never happened\"" : "\"there is nothing\"";
    return Text.of("blank: " + blank.id() + "（空欄は" + meaningJa + "）は " + type.id() + " の列では意味を持ちません。使える型: "
            + String.join(", ", fitting),
        "blank: " + blank.id() + " (a blank means " + meaningEn + ") has no meaning for a " + type.id()
            + " column; expected a column of type " + String.join(", ", fitting));
  }

  private @Nullable EnumValue enumValue(Node node, String path) {
    Obj o = obj(node, path, "value", "label", "synonyms");
    if (o == null) {
      return null;
    }
    String value = o.id("value", ENUM_VALUE);
    Text label = o.text("label", true);
    List<String> synonyms = o.list("synonyms", false, this::scalarString);
    return value == null || label == null ? null : new EnumValue(value, label, synonyms);
  }

  private @Nullable Item item(Node node, String path) {
    Obj o = obj(node, path, "id", "category", "title", "question", "rationale", "remediation", "lessons",
        "measures", "mappings", "severity", "weight", "parameters", "check");
    if (o == null) {
      return null;
    }
    String id = o.id("id", ITEM_ID);
    String category = o.string("category", true);
    Text title = o.text("title", true);
    Text question = o.text("question", true);
    Text rationale = o.text("rationale", true);
    Text remediation = o.text("remediation", true);
    List<String> lessons = o.list("lessons", false, this::refId);
    List<String> measures = o.list("measures", false, this::refId);
    Map<String, List<String>> mappings = o.has("mappings") ? mappings(o.get("mappings"), path + ".mappings")
        : Map.of();
    Severity severity = o.enumOf("severity", Severity.class, true);
    Double weight = o.positive("weight", true);
    List<Parameter> parameters = o.has("parameters") ? parameters(o.get("parameters"), path + ".parameters")
        : List.of();
    Check check = o.has("check") ? check(o.get("check"), path + ".check") : null;
    if (!o.has("check")) {
      issue(path, LoadMessages.missing("check"));
    }
    if (id == null || category == null || title == null || question == null || rationale == null
        || remediation == null || severity == null || weight == null || check == null || mappings == null
        || parameters == null) {
      return null;
    }
    return new Item(id, category, title, question, rationale, remediation, lessons, measures, mappings,
        severity, weight, parameters, check);
  }

  private @Nullable Map<String, List<String>> mappings(@Nullable Node node, String path) {
    if (!(node instanceof Node.MapNode map)) {
      wrong(node, path, "マップ", "a map");
      return null;
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node.Entry> me : map.entries().entrySet()) {
      String k = me.getKey();
      Node.Entry e = me.getValue();
      String p = path + "." + k;
      record(e.value(), p);
      out.put(k, listOf(e.value(), p, this::scalarString));
    }
    return out;
  }

  private @Nullable List<Parameter> parameters(@Nullable Node node, String path) {
    if (!(node instanceof Node.MapNode map)) {
      wrong(node, path, "マップ", "a map");
      return null;
    }
    List<Parameter> out = new ArrayList<>();
    for (Map.Entry<String, Node.Entry> me : map.entries().entrySet()) {
      String name = me.getKey();
      Node.Entry e = me.getValue();
      String p = path + "." + name;
      record(e.value(), p);
      if (!ID.matcher(name).matches()) {
        issue(p, LoadMessages.badId(name, ID.pattern()));
        continue;
      }
      Obj o = obj(e.value(), p, "type", "default", "description");
      if (o == null) {
        continue;
      }
      ColumnType type = o.enumOf("type", ColumnType.class, true);
      Text description = o.text("description", true);
      Node def = o.get("default");
      if (def == null) {
        issue(p, LoadMessages.missing("default"));
        continue;
      }
      if (type == null || description == null) {
        continue;
      }
      Object value = ((Node.Scalar) (def instanceof Node.Scalar s ? s : new Node.Scalar(0, 0, null))).value();
      Object typed = switch (type) {
        case INTEGER -> value instanceof Long ? value : null;
        case DECIMAL -> value instanceof Long l ? BigDecimal.valueOf(l) : value instanceof BigDecimal ? value : null;
        case STRING -> value instanceof String ? value : null;
        case BOOLEAN -> value instanceof Boolean ? value : null;
        case DATE, ENUM, NETWORK -> null;
      };
      if (type == ColumnType.DATE || type == ColumnType.ENUM || type == ColumnType.NETWORK) {
        issue(p + ".type", LoadMessages.badEnum(type.id(), List.of("integer", "decimal", "string", "boolean")));
      } else if (typed == null) {
        wrong(def, p + ".default", type.id() + " の値", "a " + type.id() + " value");
      } else {
        out.add(new Parameter(name, type, typed, description));
      }
    }
    return out;
  }

  private @Nullable Check check(@Nullable Node node, String path) {
    Obj o = obj(node, path, "data", "question", "allow_not_applicable");
    if (o == null) {
      return null;
    }
    Boolean question = o.bool("question");
    Boolean allowNa = o.bool("allow_not_applicable");
    DataRule data = o.has("data") ? dataRule(o.get("data"), path + ".data") : null;
    if (o.has("data") && data == null) {
      return null;
    }
    if (data == null && (question == null || !question)) {
      issue(path, LoadMessages.missing("data / question"));
      return null;
    }
    return new Check(Optional.ofNullable(data), question != null && question, allowNa != null && allowNa);
  }

  private @Nullable DataRule dataRule(@Nullable Node node, String path) {
    Obj o = obj(node, path, "dataset", "where", "require", "expect", "when_empty", "explain", "partial_credit");
    if (o == null) {
      return null;
    }
    String dataset = o.string("dataset", true);
    Predicate where = o.has("where") ? predicate(o.get("where"), path + ".where") : null;
    Predicate require = o.has("require") ? predicate(o.get("require"), path + ".require") : null;
    Expectation expect = o.has("expect") ? expectation(o.get("expect"), path + ".expect") : null;
    if (!o.has("expect")) {
      issue(path, LoadMessages.missing("expect"));
    }
    WhenEmpty whenEmpty = o.enumOf("when_empty", WhenEmpty.class, false);
    Text explain = o.optionalText("explain");
    Aggregation aggregation = Aggregation.BY_SEVERITY;
    Text reason = Text.EMPTY;
    if (o.has("partial_credit")) {
      Node credit = o.get("partial_credit");
      String at = path + ".partial_credit";
      if (credit instanceof Node.Scalar c && Boolean.FALSE.equals(c.value())) {
        aggregation = Aggregation.ALL_OR_NOTHING;
      } else if (credit instanceof Node.MapNode) {
        Obj co = obj(credit, at, "reason");
        Text why = co == null ? null : co.text("reason", true);
        if (why == null) {
          return null;
        }
        aggregation = Aggregation.SHARE;
        reason = why;
      } else {
        issue(at, Text.of(
            "partial_credit には理由 {reason: {ja: …, en: …}}（部分点を認める）か false（部分点なし）が必要ですが、"
                + describe(credit).ja() + "でした",
            "expected {reason: {ja: …, en: …}} (partial credit, and why) or false (no partial credit), found "
                + describe(credit).en()));
        return null;
      }
    }
    if (dataset == null || expect == null || (o.has("where") && where == null)
        || (o.has("require") && require == null)) {
      return null;
    }
    return new DataRule(dataset, Optional.ofNullable(where), Optional.ofNullable(require), expect,
        whenEmpty == null ? WhenEmpty.UNKNOWN : whenEmpty, explain, aggregation, reason);
  }

  private @Nullable Expectation expectation(@Nullable Node node, String path) {
    if (node instanceof Node.Scalar s && s.value() instanceof String word) {
      switch (word) {
        case "all":
          return Expectation.all();
        case "none":
          return Expectation.none();
        default:
          break;
      }
    } else if (node instanceof Node.MapNode m
        && (m.entries().size() == 1 || m.entries().size() == 2 && m.entries().containsKey("distinct"))) {
      Obj o = obj(node, path, "ratio", "at_least", "distinct");
      if (o != null && o.has("distinct") && !o.has("at_least")) {
        issue(path + ".distinct", LoadMessages.distinctNeedsAtLeast());
        return null;
      }
      if (o != null && o.has("ratio")) {
        Node v = o.get("ratio");
        if (v instanceof Node.Scalar rs && rs.value() instanceof Number n) {
          double r = new BigDecimal(n.toString()).doubleValue();
          if (r > 0 && r <= 1) {
            return Expectation.ratio(r);
          }
        }
        issue(path + ".ratio", LoadMessages.wrongType("0 より大きく 1 以下の数", "a number in (0, 1]", describe(v)));
        return null;
      }
      if (o != null && o.has("at_least")) {
        Node v = o.get("at_least");
        if (v instanceof Node.Scalar cs && cs.value() instanceof Long c && c >= 1) {
          if (!o.has("distinct")) {
            return Expectation.atLeast(c);
          }
          Node d = o.get("distinct");
          if (d instanceof Node.Scalar ds && ds.value() instanceof String column && !column.isBlank()) {
            return Expectation.atLeastDistinct(c, column);
          }
          issue(path + ".distinct", LoadMessages.wrongType("列名", "a column name", describe(d)));
          return null;
        }
        issue(path + ".at_least", LoadMessages.wrongType("1 以上の整数", "a whole number of at least 1", describe(v)));
        return null;
      }
      return null;
    }
    issue(path, LoadMessages.badExpect());
    return null;
  }

  private @Nullable Predicate predicate(@Nullable Node node, String path) {
    record(node, path);
    if (!(node instanceof Node.MapNode map)) {
      wrong(node, path, "述語（マップ）", "a predicate (a map)");
      return null;
    }
    Set<String> keys = map.entries().keySet();
    if (keys.contains("field")) {
      return fieldTest(map, path);
    }
    if (keys.size() != 1 || !PREDICATE_FORMS.contains(keys.iterator().next())) {
      issue(path, LoadMessages.predicateShape(PREDICATE_FORMS));
      return null;
    }
    String form = keys.iterator().next();
    Node.Entry e = requireNonNull(map.entries().get(form), form); // form is one of the keys
    String p = path + "." + form;
    record(e.value(), p);
    switch (form) {
      case "all":
      case "any": {
        if (!(e.value() instanceof Node.ListNode)) {
          wrong(e.value(), p, "述語のリスト", "a list of predicates");
          return null;
        }
        List<Predicate> parts = listOf(e.value(), p, this::predicate);
        if (parts.size() != ((Node.ListNode) e.value()).elements().size()) {
          return null;
        }
        if (parts.isEmpty()) {
          issue(p, LoadMessages.emptyList(form));
          return null;
        }
        return form.equals("all") ? new Predicate.All(parts) : new Predicate.Any(parts);
      }
      case "not": {
        Predicate inner = predicate(e.value(), p);
        return inner == null ? null : new Predicate.Not(inner);
      }
      default: {
        Obj o = obj(e.value(), p, "dataset", "on", "where");
        if (o == null) {
          return null;
        }
        String dataset = o.string("dataset", true);
        Node on = o.get("on");
        Map<String, String> join = new LinkedHashMap<>();
        if (on instanceof Node.MapNode onMap && !onMap.entries().isEmpty()) {
          for (Map.Entry<String, Node.Entry> me : onMap.entries().entrySet()) {
            String s = scalarString(me.getValue().value(), p + ".on." + me.getKey());
            if (s != null) {
              join.put(me.getKey(), s);
            }
          }
        } else {
          wrong(on, p + ".on", "列の対応（マップ）", "a map from this dataset's column to the other's",
              on == null);
          return null;
        }
        Predicate where = o.has("where") ? predicate(o.get("where"), p + ".where") : null;
        if (dataset == null || join.size() != ((Node.MapNode) on).entries().size()
            || (o.has("where") && where == null)) {
          return null;
        }
        return new Predicate.Exists(dataset, join, Optional.ofNullable(where));
      }
    }
  }

  private @Nullable Predicate fieldTest(Node.MapNode map, String path) {
    List<String> allowed = new ArrayList<>();
    allowed.add("field");
    allowed.addAll(OPERATORS);
    Obj o = obj(map, path, allowed.toArray(new String[0]));
    if (o == null) {
      return null;
    }
    String field = o.string("field", true);
    List<String> ops = new ArrayList<>(map.entries().keySet());
    ops.remove("field");
    if (ops.size() != 1) {
      issue(path, LoadMessages.oneOperator(OPERATORS));
      return null;
    }
    String op = ops.get(0);
    String p = path + "." + op;
    Node value = o.get(op);
    // An unknown operator (within_tays) was reported as an unknown key by obj(); do not bind it.
    if (field == null || value == null || !OPERATORS.contains(op)) {
      return null;
    }
    switch (op) {
      case "in":
      case "not_in": {
        if (!(value instanceof Node.ListNode list) || list.elements().isEmpty()) {
          wrong(value, p, "値のリスト（1つ以上）", "a non-empty list of values");
          return null;
        }
        List<Operand.Literal> values = listOf(value, p, this::literalOperand);
        return values.size() == list.elements().size() ? new Predicate.In(field, values, op.equals("not_in"))
            : null;
      }
      case "present": {
        if (value instanceof Node.Scalar s && s.value() instanceof Boolean b) {
          return new Predicate.Present(field, b);
        }
        wrong(value, p, "true または false", "true or false");
        return null;
      }
      case "matches": {
        String regex = scalarString(value, p);
        return regex == null ? null : new Predicate.Matches(field, regex);
      }
      case "within_days":
      case "older_than_days": {
        Operand days = operand(value, p);
        return days == null ? null : new Predicate.Recency(field, days, op.equals("within_days"));
      }
      case "allows_any":
      case "allows_more_than": {
        Operand operand = operand(value, p);
        return operand == null ? null : new Predicate.Allows(field,
            op.equals("allows_any") ? Predicate.Allows.Breadth.ANY : Predicate.Allows.Breadth.MORE_THAN, operand);
      }
      default: {
        Operand operand = operand(value, p);
        return operand == null ? null
            : new Predicate.Compare(field, Predicate.Op.valueOf(op.toUpperCase(java.util.Locale.ROOT)), operand);
      }
    }
  }

  private @Nullable Operand operand(Node node, String path) {
    if (node instanceof Node.MapNode map) {
      Obj o = obj(map, path, "param", "field", "outer");
      if (o == null) {
        return null;
      }
      if (map.entries().size() != 1) {
        issue(path, LoadMessages.predicateShape(List.of("{param: name}", "{field: name}", "{outer: name}")));
        return null;
      }
      if (o.has("param")) {
        String name = o.string("param", true);
        return name == null ? null : new Operand.Param(name);
      }
      if (o.has("outer")) {
        String name = o.string("outer", true);
        return name == null ? null : new Operand.Outer(name);
      }
      String name = o.string("field", true);
      return name == null ? null : new Operand.Field(name);
    }
    Object v = literal(node, path);
    return v == null ? null : new Operand.Literal(v);
  }

  private Operand.@Nullable Literal literalOperand(Node node, String path) {
    Object l = literal(node, path);
    return l == null ? null : new Operand.Literal(l);
  }

  private @Nullable Object literal(Node node, String path) {
    record(node, path);
    if (node instanceof Node.Scalar s && s.value() != null) {
      Object v = s.value();
      if (v instanceof String str && isDateShape(str)) {
        try {
          return LocalDate.parse(str);
        } catch (DateTimeParseException e) {
          issue(path, LoadMessages.badDate(str));
          return null;
        }
      }
      return v;
    }
    wrong(node, path, "値（文字列・数値・真偽値・日付）", "a value (string, number, boolean or date)");
    return null;
  }

  private @Nullable String refId(Node node, String path) {
    String s = scalarString(node, path);
    if (s != null && !REF_ID.matcher(s).matches()) {
      issue(path, LoadMessages.badId(s, "\\S+"));
      return null;
    }
    return s;
  }
}
