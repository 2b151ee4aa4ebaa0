package dev.kizuki.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Debian's headless Chromium on a local file: one launch per call, a fresh profile each time. */
final class Chromium {
  static final Path BINARY = Path.of("/usr/bin/chromium");

  /** What one run printed. */
  record Run(int exitCode, String stdout, String stderr) {}

  private Chromium() {}

  static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  /** Loads {@code page} and prints its DOM after parsing (no network: the page is a local file). */
  static Run dumpDom(Path page) {
    return run(page, List.of("--dump-dom"));
  }

  /** Loads {@code page} in a window {@code width} pixels wide and prints its DOM after its scripts ran. */
  static Run dumpDom(Path page, int width) {
    return run(page, List.of("--dump-dom", "--window-size=" + width + ",900", "--hide-scrollbars"));
  }

  /** Prints {@code page} to {@code pdf} as the print dialog would (its own page size, no header or footer). */
  static Run printToPdf(Path page, Path pdf) {
    return run(page, List.of("--print-to-pdf=" + pdf.toAbsolutePath(), "--no-pdf-header-footer"));
  }

  /** Loads {@code page} and saves a PNG of the first {@code height} pixels at 1280 wide. */
  static Run screenshot(Path page, Path png, int height) {
    return run(page, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=1280," + height,
        "--hide-scrollbars", "--force-device-scale-factor=1"));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static Run run(Path page, List<String> action) {
    try {
      Path profile = Files.createTempDirectory("kizuki-chromium");
      Path out = Files.createTempFile("kizuki-chromium", ".out");
      Path err = Files.createTempFile("kizuki-chromium", ".err");
      List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
          "--enable-logging=stderr", "--v=0"));
      cmd.addAll(action);
      cmd.add(page.toAbsolutePath().toUri().toString());
      Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("chromium did not finish within 30 s (a script dialog left open?): " + cmd);
      }
      Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
      Files.delete(out);
      Files.delete(err);
      deleteTree(profile);
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
