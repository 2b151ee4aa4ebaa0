package dev.kizuki.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built distribution as a user meets it: unpacked into a temporary folder and run through {@code
 * bin/kizuki} from another folder, under the C locale of cron jobs and containers. Runs in the {@code package}
 * phase, after the archive is built ({@code kizuki.dist} names it).
 */
class DistributionIT {
  private static final String AS_OF = "2026-11-30";

  @TempDir static Path tmp;
  private static Path home;
  private static Path work;

  @BeforeAll
  static void unpack() throws IOException, InterruptedException {
    Path archive = Path.of(System.getProperty("kizuki.dist"));
    Path into = Files.createDirectories(tmp.resolve("install"));
    Process tar = new ProcessBuilder("tar", "xzf", archive.toString(), "-C", into.toString()).inheritIO().start();
    assertThat(tar.waitFor()).isZero();
    try (Stream<Path> s = Files.list(into)) {
      home = s.findFirst().orElseThrow();
    }
    work = Files.createDirectories(tmp.resolve("work"));
    Path data = Files.createDirectories(work.resolve("監査データ"));
    try (Stream<Path> s = Files.list(home.resolve("sample-operator"))) {
      for (Path f : s.toList()) {
        Files.copy(f, data.resolve(f.getFileName().toString()));
      }
    }
  }

  /** The exit code, stdout and stderr (decoded as UTF-8) of {@code command} run in {@code work} under LANG=C. */
  private record Run(int code, String out, String err) {}

  private static Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", System.getenv("PATH"));
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("LANG", "C");
    pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    pb.environment().putAll(env);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String kizuki() {
    return home.resolve("bin").resolve("kizuki").toString();
  }

  @Test
  void launcher_langC_assessesAJapaneseFolderFromAnotherFolder() throws Exception {
    Run r = run(Map.of(), kizuki(), "assess", "監査データ", "--as-of", AS_OF, "--lang", "ja");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("(nisc-2020)", "総合スコア: ");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void launcher_langC_printsJapaneseNamesAsTheyAre() throws Exception {
    Run r = run(Map.of(), kizuki(), "validate", "監査データ");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Checked 監査データ against the datasets of nisc-2020 ");
  }

  @Test
  void javaJar_langC_refusesTheJapaneseFolderInOwnWords() throws Exception {
    // Without the launcher's UTF-8 locale the JVM cannot name the folder at all: said plainly, exit 2.
    Run r = run(Map.of(), System.getProperty("java.home") + "/bin/java", "-jar",
        home.resolve("lib").resolve("kizuki.jar").toString(), "assess", "監査データ");

    assertThat(r.code()).isEqualTo(Kizuki.INVALID);
    assertThat(r.err()).startsWith("kizuki: Invalid value for 'DIR': the path '")
        .contains("set a UTF-8 locale such as LC_ALL=C.UTF-8").doesNotContain("Exception", "java.");
  }

  @Test
  void launcher_stdoutIsAFullDisk_exits2SayingSo() throws Exception {
    Run r = run(Map.of(), "sh", "-c", "\"$0\" assess 監査データ > /dev/full", kizuki());

    assertThat(r.code()).isEqualTo(Kizuki.INVALID);
    assertThat(r.err()).isEqualTo("kizuki: could not write to standard output (the disk is full or the output was"
        + " closed); the output is lost.\n");
  }

  @Test
  void launcher_throughASymbolicLink_namesTheCommandAsTyped() throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("kizuki"), Path.of(kizuki()));

    Run r = run(Map.of("PATH", bin + ":" + System.getenv("PATH")), "sh", "-c", "kizuki template new-data");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).endsWith("then check with: kizuki validate new-data\n");
  }

  @Test
  void launcher_classDataArchive_madeOnTheFirstRunAndUsedAfterWithTheSameOutput() throws Exception {
    Path cache = tmp.resolve("cds-cache");
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());

    Run first = run(env, kizuki(), "assess", "監査データ", "--as-of", AS_OF, "--report", "json");
    List<String> archives;
    try (Stream<Path> s = Files.list(cache.resolve("kizuki"))) {
      archives = s.map(p -> p.getFileName().toString()).toList();
    }
    Run second = run(env, kizuki(), "assess", "監査データ", "--as-of", AS_OF, "--report", "json");
    Run off = run(Map.of("XDG_CACHE_HOME", cache.toString(), "KIZUKI_CDS", "off"), kizuki(), "assess", "監査データ",
        "--as-of", AS_OF, "--report", "json");

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(archives).singleElement().asString().matches("kizuki-[0-9]+\\.jsa");
    assertThat(second.code()).isZero();
    assertThat(second.out()).isEqualTo(first.out()).isEqualTo(off.out());
    assertThat(first.err() + second.err()).isEmpty();
  }

  @Test
  void launcher_version_namesVersionChecklistAndJava() throws Exception {
    Run r = run(Map.of(), kizuki(), "--version");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("kizuki " + System.getProperty("kizuki.version") + "\nchecklist nisc-2020 ")
        .contains("\nJava ");
  }

  @Test
  void launcher_badJavaHome_exits2InBothLanguages() throws Exception {
    Run r = run(Map.of("JAVA_HOME", tmp.resolve("no-jdk").toString()), kizuki(), "--version");

    assertThat(r.code()).isEqualTo(Kizuki.INVALID);
    assertThat(r.err()).contains("JDK 17 以降", "point it at a JDK 17 or newer");
  }

  @Test
  void archive_holdsLaunchersDocsAndLicense() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.walk(home)) {
      s.filter(Files::isRegularFile).forEach(p -> names.add(home.relativize(p).toString()));
    }

    assertThat(names).contains("bin/kizuki", "bin/kizuki.bat", "lib/kizuki.jar", "LICENSE", "README.md",
        "docs/nisc-2020.md", "docs/checklist-format.md", "docs/tailoring.md", "sample-operator/systems.csv");
    assertThat(Files.isExecutable(home.resolve("bin/kizuki"))).isTrue();
    assertThat(Files.readString(home.resolve("bin/kizuki.bat"))).contains("\r\n").doesNotContain("\r\r");
    assertThat(Files.readString(home.resolve("README.md"))).contains("kizuki " + System.getProperty("kizuki.version"))
        .doesNotContain("${project.version}");
  }
}
