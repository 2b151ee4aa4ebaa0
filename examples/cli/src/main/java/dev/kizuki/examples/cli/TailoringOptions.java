package dev.kizuki.examples.cli;

import dev.kizuki.Checklist;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.TailoringLoader;
import dev.kizuki.Text;
import dev.kizuki.Waivers;
import dev.kizuki.checklists.BundledChecklists;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --profile FILE|NAME} and {@code --waivers FILE}: tailor the checklist with a profile file or a
 * bundled profile, and apply a waiver file on the assessment date.
 */
final class TailoringOptions {
  private static final Text PROFILE = Text.of("プロファイル", "the profile");
  private static final Text WAIVERS = Text.of("免除ファイル", "the waiver file");

  @Option(
      names = "--profile",
      paramLabel = "FILE|NAME",
      description = "Tailor the checklist with a profile file (kizuki-profile/1) or a bundled profile"
          + " (small-operator, strict). The report lists every change and the items left out.")
  private @Nullable String profile;

  @Option(
      names = "--waivers",
      paramLabel = "FILE",
      description = "Apply the waivers in FILE (kizuki-waivers/1) on the --as-of date. The score stays the honest"
          + " one; the report shows the score with waivers beside it.")
  private @Nullable Path waivers;

  /** {@code checklist} compiled, tailored by the profile and with the waivers bound when they were given. */
  CompiledChecklist compile(Checklist checklist) throws IOException {
    return builder(checklist).waivers(waivers()).build();
  }

  private CompiledChecklist.Builder builder(Checklist checklist) throws IOException {
    if (profile == null) {
      return CompiledChecklist.builder(checklist);
    }
    TailoringLoader loader = BundledChecklists.tailoringLoader();
    Path file = null;
    try {
      file = Path.of(profile);
    } catch (InvalidPathException e) {
      // not a path: maybe a bundled name
    }
    if (file != null && Files.isRegularFile(file)) {
      Path f = file;
      return CompiledChecklist.builder(KindedProblem.of(PROFILE, () -> loader.profile(f)).applyTo(checklist));
    }
    if (BundledChecklists.profileNames().contains(profile)) {
      return CompiledChecklist.builder(BundledChecklists.profile(profile).applyTo(checklist));
    }
    String names = String.join(", ", BundledChecklists.profileNames());
    throw new CliException(
        "プロファイル「" + profile + "」が見つかりません。ファイルのパスか、同梱のプロファイル名（" + names + "）を指定してください。",
        "no profile '" + profile + "': give the path of a profile file or the name of a bundled profile (" + names
            + ").");
  }

  /** The waivers of the waiver file, when one was given. */
  private Waivers waivers() throws IOException {
    if (waivers == null) {
      return Waivers.NONE;
    }
    Path f = CliCommand.requireFile(waivers, "免除ファイル", "waiver file");
    return KindedProblem.of(WAIVERS, () -> BundledChecklists.tailoringLoader().waivers(f));
  }
}
