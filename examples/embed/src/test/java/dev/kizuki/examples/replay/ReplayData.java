package dev.kizuki.examples.replay;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.checklists.BundledChecklists;
import java.nio.file.Path;
import java.time.LocalDate;

/** Where the example data lives (Maven runs the tests in the module directory) and how it is assessed. */
final class ReplayData {

  /** The assessment date the sample and the replays are written against. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  /** examples/data, relative to the examples module. */
  static final Path DATA = Path.of("..", "data");

  static final CompiledChecklist NISC = CompiledChecklist.compile(BundledChecklists.nisc2020());

  private ReplayData() {}

  static Assessment assess(Path dir) {
    return NISC.assess(Inputs.directory(dir), AssessmentOptions.asOf(AS_OF));
  }
}
