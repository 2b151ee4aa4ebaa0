package dev.kizuki.examples.embed;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.ItemResult;
import dev.kizuki.Lang;
import dev.kizuki.Outcome;
import dev.kizuki.checklists.BundledChecklists;
import dev.kizuki.report.ReportFormat;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a compliance tool embeds kizuki: load the bundled checklist once, assess rows the tool already holds
 * (or a folder of CSV files), read the result, and write the JSON report.
 *
 * <p>Run it with {@code java -cp examples/embed/target/classes:examples/cli/target/kizuki.jar dev.kizuki.examples.embed.EmbeddingExample [DIR]}.
 */
public final class EmbeddingExample {
  /** Compiled once; immutable and thread-safe, so one instance serves every organization and thread. */
  private static final CompiledChecklist NISC = CompiledChecklist.compile(BundledChecklists.nisc2020());

  private EmbeddingExample() {}

  /** Assesses rows built in code, as a tool would from its own inventory database. */
  public static Assessment assessRows(LocalDate asOf) {
    Inputs inputs = Inputs.builder()
        .rows("systems", List.of(
            Map.of("system_id", "SYS-001", "name", "基幹システム", "criticality", "critical",
                "redundancy", "active_standby", "last_failover_test", "2026-02-10",
                "last_failover_test_result", "success"),
            Map.of("system_id", "SYS-002", "name", "予約サイト", "criticality", "high",
                "redundancy", "active_standby", "last_failover_test", "2023-05-01")))
        .rows("answers", List.of(
            Map.of("item_id", "NISC-GOV-01", "answer", "yes", "answered_by", "CISO", "answered_on", "2026-04-01")))
        .build();
    return NISC.assess(inputs, AssessmentOptions.asOf(asOf));
  }

  /** Assesses a folder holding {@code <dataset>.csv} files and {@code answers.csv}. */
  public static Assessment assessDirectory(Path dir, LocalDate asOf) {
    return NISC.assess(Inputs.directory(dir), AssessmentOptions.asOf(asOf));
  }

  /** Reads the result: the score, what backs it, and the three items that would add the most points. */
  public static String summary(Assessment a, Lang lang) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "score %.2f/100 (data %.0f%%, answers only %.0f%%, nothing %.0f%%)%n",
        a.score(), a.coverage().data() * 100, a.coverage().answers() * 100, a.coverage().none() * 100));
    a.items().stream()
        .filter(r -> r.outcome() != Outcome.PASS && r.outcome() != Outcome.NOT_APPLICABLE)
        .sorted(Comparator.comparingDouble(ItemResult::gain).reversed())
        .limit(3)
        .forEach(r -> sb.append(String.format(Locale.ROOT, "  +%.2f %s %s: %s%n",
            r.gain(), r.id(), r.outcome().id(), r.item().title().get(lang))));
    return sb.toString();
  }

  /** The versioned JSON report ({@code kizuki-report/1}), for storing or sending on. */
  public static String toJson(Assessment a) {
    StringWriter json = new StringWriter();
    try {
      ReportFormat.JSON.writer().write(a, Lang.EN, json); // the JSON report carries both languages
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return json.toString();
  }

  /** Assesses the folder given as the first argument, or the built-in rows, and prints a summary and the JSON. */
  public static void main(String[] args) throws IOException {
    LocalDate asOf = LocalDate.now();
    Assessment a = args.length > 0 ? assessDirectory(Path.of(args[0]), asOf) : assessRows(asOf);
    Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
    out.write(summary(a, Lang.of(Locale.getDefault())));
    ReportFormat.JSON.writer().write(a, Lang.EN, out);
    out.flush();
  }
}
