package dev.kizuki.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where output goes, checked: a write that fails (a full disk, a closed pipe, a folder in the way) is an error
 * naming the destination, never a report claimed written.
 */
final class Output {
  /** Writes to a writer; may throw {@link IOException}. */
  interface Content {
    void writeTo(Writer w) throws IOException;
  }

  private Output() {}

  /**
   * Writes {@code content} to {@code file} as UTF-8. A regular file (or a new one) is written into a temporary
   * file beside it, then moved over it, so that a failed write leaves no half report (and an older report, if
   * any, as it was); a link is followed. Anything else that exists, such as {@code /dev/stdout} or a pipe, is
   * written to directly, and never replaced.
   *
   * @throws CliException naming {@code file} when it cannot be written
   */
  static void toFile(Path file, Content content) {
    Path target = file.toAbsolutePath();
    try {
      if (Files.isDirectory(target)) {
        throw new CliException(file + " はフォルダです。レポートを書き出すファイル名を指定してください。",
            file + " is a folder: give the name of a file to write the report to.");
      }
      if (Files.exists(target) && !Files.isRegularFile(target)) {
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
          content.writeTo(w);
        }
        return;
      }
      if (Files.exists(target)) {
        target = target.toRealPath();
      }
      Path dir = target.getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw new CliException("レポートを " + file + " に書き出せません: フォルダ " + (dir == null ? file : dir)
            + " がありません。", "cannot write the report to " + file + ": no such folder " + (dir == null ? file : dir)
            + ".");
      }
      replace(dir, target, content);
    } catch (AccessDeniedException e) {
      throw new CliException("レポートを " + file + " に書き出せません: アクセス権がありません。",
          "cannot write the report to " + file + ": permission denied.");
    } catch (NoSuchFileException e) {
      throw new CliException("レポートを " + file + " に書き出せません: フォルダがありません。",
          "cannot write the report to " + file + ": no such folder.");
    } catch (IOException e) {
      throw new CliException("レポートを " + file + " に書き出せませんでした（ディスクの空き容量などを確認してください）。"
              + "このレポートは書き出されていません。",
          "could not write the report to " + file + " (check the free disk space); the report was not written.");
    }
  }

  private static void replace(Path dir, Path target, Content content) throws IOException {
    // Not Files.createTempFile: its owner-only mode would stay on the report; a new file gets the umask's.
    Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        content.writeTo(w);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      // Gone after the move; after a failed write, the half file must not stay behind.
      Files.deleteIfExists(tmp);
    }
  }

  /** The error for output to stdout that did not arrive. */
  static CliException stdoutLost() {
    return new CliException("標準出力に書き込めませんでした（出力先のディスクがいっぱいか、閉じられています）。出力は失われました。",
        "could not write to standard output (the disk is full or the output was closed); the output is lost.");
  }
}
