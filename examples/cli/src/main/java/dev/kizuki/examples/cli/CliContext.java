package dev.kizuki.examples.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * What the commands know about where they run.
 *
 * @param interactive whether stderr is a terminal that may show progress lines
 * @param command how the user runs kizuki, for messages that name a command: {@code kizuki} from the
 *     launcher, {@code java -jar PATH} from the jar
 */
record CliContext(boolean interactive, String command) {

  /**
   * How this JVM was started as kizuki: the launcher says so in {@code kizuki.command}; otherwise {@code java
   * -jar} with the jar's path (relative to the working folder when inside it), or {@code kizuki}.
   */
  static String invocation() {
    String launcher = System.getProperty("kizuki.command");
    if (launcher != null && !launcher.isBlank()) {
      return launcher;
    }
    try {
      Path jar = Path.of(Kizuki.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!jar.getFileName().toString().endsWith(".jar")) {
        return "kizuki";
      }
      Path cwd = Path.of("").toAbsolutePath();
      String shown = (jar.startsWith(cwd) ? cwd.relativize(jar) : jar).toString();
      return "java -jar " + (shown.contains(" ") ? '"' + shown + '"' : shown);
    } catch (URISyntaxException | RuntimeException e) {
      return "kizuki";
    }
  }

  /** {@code command} followed by a subcommand and its arguments, as the user would type it. */
  String command(String rest) {
    return command + " " + rest;
  }
}
