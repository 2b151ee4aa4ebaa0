package dev.kizuki.internal.data;

import dev.kizuki.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What is checked about a data file before its first byte is read. Stateless. */
public final class DataFiles {
  private DataFiles() {}

  /**
   * Why {@code file} must not be read, if it must not: it is not a regular file (a folder or a FIFO would
   * block or fail mid-read), it is larger than {@code maxBytes}, or, when {@code folder} is given, its real
   * path (links resolved) lies outside that folder.
   */
  public static Optional<Text> refusal(Path file, @Nullable Path folder, long maxBytes) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (!a.isRegularFile()) {
        return Optional.of(DataMessages.notAFile(a.isDirectory()));
      }
      if (a.size() > maxBytes) {
        return Optional.of(DataMessages.fileTooLarge(maxBytes));
      }
      if (folder != null && !file.toRealPath().startsWith(folder.toRealPath())) {
        return Optional.of(DataMessages.linkOutsideFolder());
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(DataMessages.ioFailure(e));
    }
  }
}
