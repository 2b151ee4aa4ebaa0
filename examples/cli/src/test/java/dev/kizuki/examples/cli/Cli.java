package dev.kizuki.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the CLI in-process and keeps what it wrote; test data for the mini checklist. */
final class Cli {
  static final String AS_OF = "2026-11-30";

  /** The exit code and the bytes written to stdout and stderr. */
  record Result(int code, byte[] outBytes, String err) {
    String out() {
      return new String(outBytes, StandardCharsets.UTF_8);
    }
  }

  private Cli() {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Kizuki.run(args, o, e);
    }
    return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** {@code assess DATA} with the mini checklist on {@link #AS_OF} in English, then {@code extra}. */
  static String[] assessMini(Path data, String... extra) {
    String[] base = {"assess", data.toString(), "--checklist", miniChecklist(), "--as-of", AS_OF, "--lang", "en"};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return args;
  }

  /** The mini checklist of core's tests (three datasets, five items). */
  static String miniChecklist() {
    try {
      return Path.of(Cli.class.getResource("/checklists/mini.yaml").toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Clean data for the mini checklist in {@code dir}: FAILOVER passes, RESTORE fails, RDP fails (an open RDP
   * port), DRILL is not applicable, POLICY passes by answer. Score 42.22 on {@link #AS_OF}.
   */
  static Path miniData(Path dir) {
    write(dir, "systems.csv", """
        system_id,criticality,last_failover_test,firmware_changed_on,standby_count
        S1,high,2026-06-01,,0
        S2,low,,,0
        """);
    write(dir, "backups.csv", """
        backup_id,system_id,restore_tested_on,offline
        B1,S1,2020-01-01,yes
        """);
    write(dir, "services.csv", """
        host,port,allowed_sources
        web,443,any
        jump,3389,0.0.0.0/0
        """);
    write(dir, "answers.csv", """
        item_id,answer,evidence,answered_by,answered_on
        POLICY,yes,規程 第3条,CISO,2026-10-01
        """);
    return dir;
  }

  static void write(Path dir, String name, String content) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
