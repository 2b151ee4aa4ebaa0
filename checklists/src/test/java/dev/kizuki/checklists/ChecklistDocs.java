package dev.kizuki.checklists;

import dev.kizuki.Category;
import dev.kizuki.Checklist;
import dev.kizuki.DatasetSchema;
import dev.kizuki.Item;
import dev.kizuki.Parameter;
import dev.kizuki.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the generated sections of {@code checklists/README.md} from a checklist: summary, datasets,
 * parameters, items by category, and the reverse traceability from the report to the items.
 */
final class ChecklistDocs {
  private final Checklist checklist;

  ChecklistDocs(Checklist checklist) {
    this.checklist = checklist;
  }

  /** Section name to Markdown body, in README order. */
  Map<String, String> sections() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("summary", summary());
    s.put("datasets", datasets());
    s.put("parameters", parameters());
    s.put("items", itemsByCategory());
    s.put("lessons", reverse(checklist.lessons(), Item::lessons));
    s.put("measures", reverse(checklist.measures(), Item::measures));
    return s;
  }

  /** The datasets an item reads: its rule's dataset and any dataset joined with {@code exists}. */
  static Set<String> datasetsRead(Item item) {
    Set<String> out = new LinkedHashSet<>();
    item.check().data().ifPresent(rule -> {
      out.add(rule.dataset());
      rule.where().ifPresent(p -> collectExists(p, out));
      rule.require().ifPresent(p -> collectExists(p, out));
    });
    return out;
  }

  private static void collectExists(dev.kizuki.Predicate p, Set<String> out) {
    if (p instanceof dev.kizuki.Predicate.All all) {
      all.predicates().forEach(q -> collectExists(q, out));
    } else if (p instanceof dev.kizuki.Predicate.Any any) {
      any.predicates().forEach(q -> collectExists(q, out));
    } else if (p instanceof dev.kizuki.Predicate.Not not) {
      collectExists(not.predicate(), out);
    } else if (p instanceof dev.kizuki.Predicate.Exists exists) {
      out.add(exists.dataset());
      exists.where().ifPresent(q -> collectExists(q, out));
    }
  }

  private String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append("| Category | Items | With a data rule | Questionnaire only | Total weight |\n");
    sb.append("|---|---:|---:|---:|---:|\n");
    int items = 0;
    int data = 0;
    double weight = 0;
    for (Category c : checklist.categories()) {
      List<Item> in = itemsIn(c);
      long d = in.stream().filter(i -> i.check().data().isPresent()).count();
      double w = in.stream().mapToDouble(Item::weight).sum();
      sb.append(row(c.title().en() + " (" + c.title().ja() + ")", String.valueOf(in.size()), String.valueOf(d),
          String.valueOf(in.size() - d), number(w)));
      items += in.size();
      data += (int) d;
      weight += w;
    }
    sb.append(row("**All**", "**" + items + "**", "**" + data + " (" + Math.round(100.0 * data / items) + "%)**",
        "**" + (items - data) + "**", "**" + number(weight) + "**"));
    return sb.toString();
  }

  private String datasets() {
    Map<String, List<String>> readers = new LinkedHashMap<>();
    for (Item item : checklist.items()) {
      for (String d : datasetsRead(item)) {
        readers.computeIfAbsent(d, k -> new ArrayList<>()).add(item.id());
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("| File | Dataset | Columns | Key | What it holds and where it comes from | Read by |\n");
    sb.append("|---|---|---:|---|---|---|\n");
    for (DatasetSchema d : checklist.datasets()) {
      sb.append(row("`" + d.id() + ".csv`", d.title().en() + "<br>" + d.title().ja(),
          String.valueOf(d.columns().size()), "`" + d.key() + "`", d.description().en(),
          String.join(", ", readers.getOrDefault(d.id(), List.of()))));
    }
    return sb.toString();
  }

  private String parameters() {
    StringBuilder sb = new StringBuilder();
    sb.append("| Item | Parameter | Default | Meaning and source of the default |\n");
    sb.append("|---|---|---:|---|\n");
    for (Item item : checklist.items()) {
      for (Parameter p : item.parameters()) {
        sb.append(row(item.id(), "`" + p.name() + "`", String.valueOf(p.value()), p.description().en()));
      }
    }
    return sb.toString();
  }

  private String itemsByCategory() {
    StringBuilder sb = new StringBuilder();
    for (Category c : checklist.categories()) {
      sb.append("### ").append(c.title().en()).append(" (").append(c.title().ja()).append(")\n\n");
      sb.append("| Item | Title | Severity (weight) | Evaluated from | Lessons | Measures | NIST CSF 2.0 |\n");
      sb.append("|---|---|---|---|---|---|---|\n");
      for (Item i : itemsIn(c)) {
        String from = i.check().data().isPresent()
            ? "data: " + datasetsRead(i).stream().map(d -> "`" + d + "`").collect(Collectors.joining(", "))
                + (i.check().question() ? " + answer" : "")
            : "answer only";
        sb.append(row(i.id(), i.title().en() + "<br>" + i.title().ja(),
            i.severity().name().toLowerCase(Locale.ROOT) + " (" + number(i.weight()) + ")", from,
            String.join(", ", i.lessons()), String.join(", ", i.measures()),
            String.join(", ", i.mappings().getOrDefault("nist-csf-2.0", List.of()))));
      }
      sb.append('\n');
    }
    return sb.toString().stripTrailing() + "\n";
  }

  private String reverse(List<SourceRef> refs, Function<Item, List<String>> cited) {
    StringBuilder sb = new StringBuilder();
    sb.append("| ID | Case | Report (ja) | Gist (en) | Items |\n");
    sb.append("|---|---|---|---|---|\n");
    for (SourceRef ref : refs) {
      String items = checklist.items().stream().filter(i -> cited.apply(i).contains(ref.id())).map(Item::id)
          .collect(Collectors.joining(", "));
      String kase = ref.caseId().isEmpty() ? "summary" : ref.caseId().replace("case-", "");
      sb.append(row(ref.id(), kase, ref.title().ja(), ref.title().en(), items.isEmpty() ? "**none**" : items));
    }
    return sb.toString();
  }

  private List<Item> itemsIn(Category c) {
    return checklist.items().stream().filter(i -> i.category().equals(c.id())).collect(Collectors.toList());
  }

  private static String row(String... cells) {
    StringBuilder sb = new StringBuilder("|");
    for (String cell : cells) {
      sb.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
    }
    return sb.append('\n').toString();
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
