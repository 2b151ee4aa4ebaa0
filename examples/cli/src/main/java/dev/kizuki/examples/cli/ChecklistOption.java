package dev.kizuki.examples.cli;

import dev.kizuki.Checklist;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.checklists.BundledChecklists;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --checklist FILE|NAME}: a checklist file, or a bundled checklist by name; {@code nisc-2020} by default. */
final class ChecklistOption {
  @Option(
      names = "--checklist",
      paramLabel = "FILE|NAME",
      description = "A checklist file (YAML, or JSON when it ends in .json) or a bundled checklist name."
          + " Default: " + BundledChecklists.NISC_2020 + ".")
  private @Nullable String checklist;

  /**
   * The chosen checklist, compiled.
   *
   * @throws dev.kizuki.ChecklistException if the file is not a valid checklist
   * @throws CliException if there is no such file or bundled checklist
   */
  CompiledChecklist load() throws IOException {
    return CompiledChecklist.compile(checklist());
  }

  /**
   * The chosen checklist, loaded (and so compiled once to check it).
   *
   * @throws dev.kizuki.ChecklistException if the file is not a valid checklist
   * @throws CliException if there is no such file or bundled checklist
   */
  Checklist checklist() throws IOException {
    if (checklist == null) {
      return BundledChecklists.nisc2020();
    }
    Path file;
    try {
      file = Path.of(checklist);
    } catch (InvalidPathException e) {
      throw notFound();
    }
    if (!Files.exists(file) && BundledChecklists.names().contains(checklist)) {
      return BundledChecklists.byName(checklist);
    }
    if (!Files.exists(file)) {
      throw notFound();
    }
    return ChecklistLoader.create().load(CliCommand.requireFile(file, "チェックリスト", "checklist"));
  }

  private CliException notFound() {
    String names = String.join(", ", BundledChecklists.names());
    return new CliException(
        "チェックリスト「" + checklist + "」が見つかりません。ファイルのパスか、同梱のチェックリスト名（" + names
            + "）を指定してください。",
        "no checklist '" + checklist + "': give the path of a checklist file or the name of a bundled checklist ("
            + names + ").");
  }
}
