import dev.kizuki.Checklist;
import dev.kizuki.ChecklistLoader;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Build step, run as a single-file program in generate-sources (see checklists/pom.xml): loads a bundled
 * checklist through {@link ChecklistLoader}, with every check the loader makes, and writes a Java class
 * whose {@code checklist()} builds the same model with plain constructor and builder calls. Loading the bundled
 * checklist then parses, binds and locates nothing at run time; this is most of a cold start
 * (docs/performance.md). {@code BundledModelTest} checks the class gives a model equal to loading the YAML.
 *
 * <p>Usage: {@code java -cp <core and its dependencies> ModelSourceGenerator.java <source.yaml>
 * <generated-sources dir> <class name>}.
 */
public final class ModelSourceGenerator {
  /** Records rendered longer than this go into their own method, keeping every method far below 64 KiB. */
  private static final int HOIST_CHARS = 3000;

  private final List<String> methods = new ArrayList<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: ModelSourceGenerator <source.yaml> <dir> <class name>");
    }
    Path yaml = Path.of(args[0]);
    Checklist checklist = ChecklistLoader.create().load(yaml);
    String className = args[2];
    int dot = className.lastIndexOf('.');
    String pkg = className.substring(0, dot);
    String simple = className.substring(dot + 1);
    String source = new ModelSourceGenerator().render(checklist, pkg, simple, yaml.getFileName().toString());
    Path target = Path.of(args[1]).resolve(pkg.replace('.', '/')).resolve(simple + ".java");
    Files.createDirectories(target.getParent());
    if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(source)) {
      Files.writeString(target, source, StandardCharsets.UTF_8); // unchanged output keeps javac's work incremental
    }
  }

  private String render(Checklist checklist, String pkg, String simple, String from) {
    String root = value(checklist);
    StringBuilder sb = new StringBuilder();
    sb.append("// Generated from ").append(from).append(" by checklists/src/build/java/ModelSourceGenerator.java.")
        .append(" Do not edit.\n");
    sb.append("package ").append(pkg).append(";\n\n");
    sb.append("/** The bundled checklist ").append(from).append(" as constructor calls (generated; not API). */\n");
    sb.append("@SuppressWarnings(\"unchecked\")\n");
    sb.append("public final class ").append(simple).append(" {\n");
    sb.append("  private ").append(simple).append("() {}\n\n");
    sb.append("  /** A new instance of the model, equal to loading ").append(from).append(". */\n");
    sb.append("  public static dev.kizuki.Checklist checklist() {\n    return ").append(root).append(";\n  }\n");
    for (String m : methods) {
      sb.append('\n').append(m);
    }
    sb.append("\n  private static <K, V> java.util.Map<K, V> map(Object... keysAndValues) {\n")
        .append("    java.util.Map<Object, Object> m = new java.util.LinkedHashMap<>();\n")
        .append("    for (int i = 0; i < keysAndValues.length; i += 2) {\n")
        .append("      m.put(keysAndValues[i], keysAndValues[i + 1]);\n")
        .append("    }\n")
        .append("    return (java.util.Map<K, V>) m;\n")
        .append("  }\n");
    sb.append("}\n");
    return sb.toString();
  }

  /** A Java expression that evaluates to a value equal to {@code v}. */
  private String value(Object v) {
    if (v == null) {
      return "null";
    } else if (v instanceof String s) {
      return literal(s);
    } else if (v instanceof Boolean || v instanceof Integer) {
      return v.toString();
    } else if (v instanceof Long l) {
      return l + "L";
    } else if (v instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        throw new IllegalArgumentException("no literal for " + d);
      }
      return d + "d";
    } else if (v instanceof BigDecimal b) {
      return "new java.math.BigDecimal(\"" + b + "\")";
    } else if (v instanceof LocalDate d) {
      return "java.time.LocalDate.of(" + d.getYear() + ", " + d.getMonthValue() + ", " + d.getDayOfMonth() + ")";
    } else if (v instanceof Enum<?> e) {
      return e.getDeclaringClass().getCanonicalName() + "." + e.name();
    } else if (v instanceof Optional<?> o) {
      return o.isPresent() ? "java.util.Optional.of(" + value(o.get()) + ")" : "java.util.Optional.empty()";
    } else if (v instanceof List<?> l) {
      return l.isEmpty() ? "java.util.List.of()" : "java.util.List.of(" + values(l) + ")";
    } else if (v instanceof Set<?> s) {
      return "new java.util.LinkedHashSet<>(java.util.List.of(" + values(s) + "))";
    } else if (v instanceof Map<?, ?> m) {
      List<Object> kv = new ArrayList<>();
      m.forEach((k, x) -> {
        kv.add(k);
        kv.add(x);
      });
      return "map(" + values(kv) + ")";
    } else if (v instanceof Checklist c) {
      return checklist(c);
    } else if (v instanceof Record r) {
      return record(r);
    }
    throw new IllegalArgumentException("no literal for a " + v.getClass().getName() + ": " + v);
  }

  private String values(Collection<?> c) {
    List<String> parts = new ArrayList<>();
    for (Object x : c) {
      parts.add(value(x));
    }
    return String.join(", ", parts);
  }

  /** The checklist through its builder (it is no record: its constructor is not API). */
  private String checklist(Checklist c) {
    StringBuilder sb = new StringBuilder("dev.kizuki.Checklist.builder(").append(value(c.id())).append(", ")
        .append(value(c.version())).append(")\n        .title(").append(value(c.title()))
        .append(").description(").append(value(c.description())).append(").source(").append(value(c.source()))
        .append(')');
    adds(sb, "incidentCase", c.cases());
    adds(sb, "lesson", c.lessons());
    adds(sb, "measure", c.measures());
    adds(sb, "category", c.categories());
    adds(sb, "dataset", c.datasets());
    adds(sb, "item", c.items());
    return sb.append("\n        .build()").toString();
  }

  private void adds(StringBuilder sb, String method, List<?> parts) {
    for (Object p : parts) {
      sb.append("\n        .").append(method).append('(').append(value(p)).append(')');
    }
  }

  private String record(Record r) {
    List<String> args = new ArrayList<>();
    try {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        args.add(value(c.getAccessor().invoke(r)));
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    String type = r.getClass().getCanonicalName();
    String expr = "new " + type + "(" + String.join(", ", args) + ")";
    if (expr.length() <= HOIST_CHARS) {
      return expr;
    }
    String name = "part" + methods.size();
    methods.add("  private static " + type + " " + name + "() {\n    return " + expr + ";\n  }\n");
    return name + "()";
  }

  /** A string literal in ASCII: everything else as \\u escapes, so the file's encoding cannot matter. */
  private static String literal(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            sb.append(c);
          } else {
            sb.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
