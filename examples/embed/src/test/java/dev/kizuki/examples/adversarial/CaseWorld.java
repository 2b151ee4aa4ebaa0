package dev.kizuki.examples.adversarial;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.checklists.BundledChecklists;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One incident replay (examples/data/cases/case-N) read into memory once: the {@code before/} and {@code
 * after/} tables, the expectations and the README. Variants are built from these tables and assessed through
 * {@link Inputs#builder()}, so no file is written.
 */
final class CaseWorld {

  /** The assessment date the replays are written against (as ReplayTest assesses them). */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  /** The bundled checklist, compiled once for the whole suite. */
  static final CompiledChecklist NISC = CompiledChecklist.compile(BundledChecklists.nisc2020());

  /** The questionnaire answers' dataset name (answers.csv in a data folder). */
  static final String ANSWERS = "answers";

  private static final Path CASES = Path.of("..", "data", "cases");

  final String id;
  final Map<String, Table> before;
  final Map<String, Table> after;
  private final Properties expect;
  final String readme;

  private CaseWorld(String id) {
    this.id = id;
    Path dir = CASES.resolve(id);
    this.before = tables(dir.resolve("before"));
    this.after = tables(dir.resolve("after"));
    this.expect = new Properties();
    try (Reader r = Files.newBufferedReader(dir.resolve("expect.properties"), StandardCharsets.UTF_8)) {
      expect.load(r);
      this.readme = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CaseWorld of(int caseNumber) {
    return new CaseWorld("case-" + caseNumber);
  }

  /** The items listed under a key of expect.properties, such as {@code before.not_pass}. */
  Set<String> ids(String key) {
    String v = expect.getProperty(key, "").strip();
    return v.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(v.split("\\s*,\\s*")));
  }

  /**
   * The items no variant of {@code before/} may PASS: every item listed as failing there. The other items
   * that cite the case are exempt with a reason in the README: {@code before.pass} (what the organization
   * already did right, so the incident's situation does not touch them) and {@code excluded} (see {@link
   * #exemptionsExplained()}).
   */
  Set<String> guarded() {
    return ids("before.not_pass");
  }

  /** True when the README names every exempt item, as the suite only exempts items the README explains. */
  boolean exemptionsExplained() {
    return Stream.concat(ids("excluded").stream(), ids("before.pass").stream())
        .allMatch(i -> readme.contains(i) || readme.contains(i.substring(i.indexOf('-') + 1))
            || readme.contains(i.substring(i.lastIndexOf('-'))) && readme.contains(shortCategory(i)));
  }

  /** {@code NISC-GOV-07} → {@code GOV-}, as READMEs write "GOV-06/-07". */
  private static String shortCategory(String id) {
    return id.substring(id.indexOf('-') + 1, id.lastIndexOf('-') + 1);
  }

  static Inputs inputs(Map<String, Table> tables) {
    Inputs.Builder b = Inputs.builder();
    tables.forEach((ds, t) -> b.table(ds, ds + ".csv", t.header(), t.rows()));
    return b.build();
  }

  static Assessment assess(CompiledChecklist checklist, Map<String, Table> tables) {
    return checklist.assess(inputs(tables), AssessmentOptions.asOf(AS_OF));
  }

  @Override
  public String toString() {
    return id;
  }

  private static Map<String, Table> tables(Path dir) {
    Map<String, Table> tables = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        String name = f.getFileName().toString();
        tables.put(name.substring(0, name.length() - ".csv".length()), read(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return java.util.Collections.unmodifiableMap(tables);
  }

  /** The replays are plain UTF-8 CSV without quoting; a quote would need a real CSV reader, so it is refused. */
  private static Table read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(l -> l.startsWith("\uFEFF") ? l.substring(1) : l)
        .filter(l -> !l.isEmpty())
        .toList();
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines) {
      if (line.indexOf('"') >= 0) {
        throw new IllegalStateException(file + ": quoted CSV is not supported by this test helper: " + line);
      }
      rows.add(Arrays.asList(line.split(",", -1)));
    }
    return new Table(rows.get(0), rows.subList(1, rows.size()));
  }
}
