package dev.kizuki.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Several reports in one run, and output that never gets lost silently. */
class ReportOutputTest extends MiniDataTest {

  @Test
  void assess_repeatedReport_writesEveryReportAsASeparateRunWould() throws IOException {
    Path json = tmp.resolve("r.json");
    Path html = tmp.resolve("r.html");

    Cli.Result r = Cli.run(args("--report", "text", "--report", "json:" + json, "--report", "html:" + html));

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(Cli.run(args()).out());
    assertThat(Files.readAllBytes(json)).isEqualTo(Cli.run(args("--format", "json")).outBytes());
    assertThat(Files.readAllBytes(html)).isEqualTo(Cli.run(args("--report", "html")).outBytes());
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data", "r.json", "r.html");
    }
  }

  @Test
  void assess_twoReportsOnStdout_exits2() {
    Cli.Result r = Cli.run(args("--report", "text", "--report", "json"));

    assertThat(r.code()).isEqualTo(Kizuki.INVALID);
    assertThat(r.err()).isEqualTo("kizuki: only one report can go to stdout; give the others a file:"
        + " --report FORMAT:FILE.\n");
  }

  @Test
  void assess_reportWithoutFileName_exits2() {
    Cli.Result r = Cli.run(args("--report", "json:"));

    assertThat(r.code()).isEqualTo(Kizuki.INVALID);
    assertThat(r.err()).contains("give a file name after 'json:'");
  }

  @Test
  void assess_stdoutFails_exits2SayingTheOutputIsLost() {
    Cli.Result r = onFullDisk(args());

    assertThat(r.code()).isEqualTo(Kizuki.INVALID);
    assertThat(r.err()).isEqualTo("kizuki: could not write to standard output (the disk is full or the output was"
        + " closed); the output is lost.\n");
  }

  @Test
  void version_stdoutFails_exits2() {
    Cli.Result r = onFullDisk("--version");

    assertThat(r.code()).isEqualTo(Kizuki.INVALID);
    assertThat(r.err()).contains("could not write to standard output");
  }

  /** Runs {@code args} with stdout on a full disk. */
  private static Cli.Result onFullDisk(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(new FullDisk(), true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Kizuki.run(args, o, e);
    }
    return new Cli.Result(code, new byte[0], err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void assess_reportToAFolder_exits2NamingIt() {
    Cli.Result r = Cli.run(args("--report", "json:" + tmp, "--lang", "ja"));

    assertThat(r.code()).isEqualTo(Kizuki.INVALID);
    assertThat(r.err()).isEqualTo("kizuki: " + tmp + " はフォルダです。レポートを書き出すファイル名を指定してください。\n")
        .doesNotContain("Exception", "Is a directory");
  }

  @Test
  void toFile_writeFails_throwsNamingTheFileAndLeavesTheOldFileAsItWas() throws IOException {
    Path report = tmp.resolve("report.json");
    Files.writeString(report, "old");

    assertThatThrownBy(() -> Output.toFile(report, w -> {
      w.write("half a rep");
      w.flush();
      throw new IOException("No space left on device");
    })).isInstanceOfSatisfying(CliException.class, e -> assertThat(e.getMessage()).isEqualTo(
        "could not write the report to " + report + " (check the free disk space); the report was not written."));

    assertThat(Files.readString(report)).isEqualTo("old");
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data", "report.json");
    }
  }

  @Test
  void assess_windowsConsoleCodePage_writesMs932() {
    Charset ms932 = Charset.forName("MS932");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, ms932);
        PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, ms932)) {
      code = Kizuki.run(args("--lang", "ja"), o, e, new CliContext(false, "kizuki"), Kizuki.consoleCharset("Windows 11", "MS932"),
          ms932);
    }

    assertThat(code).isZero();
    assertThat(out.toString(ms932)).contains("総合スコア: 42.22 / 100");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("総合スコア");
  }

  @Test
  void assess_interactive_showsOneProgressLinePerDatasetUnlessQuiet() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream quietErr = new ByteArrayOutputStream();
    CliContext terminal = new CliContext(true, "kizuki");
    try (PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream q = new PrintStream(quietErr, true, StandardCharsets.UTF_8)) {
      Kizuki.run(args(), o, e, terminal, StandardCharsets.UTF_8, StandardCharsets.UTF_8);
      Kizuki.run(args("--quiet"), o, q, terminal, StandardCharsets.UTF_8, StandardCharsets.UTF_8);
    }

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("kizuki: assessing " + data,
        "kizuki: systems.csv: 2 rows (ok)\n", "kizuki: backups.csv: 1 row (ok)\n");
    assertThat(quietErr.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  /** A stream on a full disk: every write fails, as on /dev/full. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }
}
