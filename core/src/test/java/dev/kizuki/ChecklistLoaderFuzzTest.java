package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes {@link ChecklistLoader} with arbitrary text (as YAML or JSON) and bytes. The only exception that may
 * escape is {@link ChecklistException}, with at least one issue naming the source; a checklist that loads
 * also compiles. Small limits let the fuzzer reach the size, nesting and regex caps.
 */
class ChecklistLoaderFuzzTest {
  private static final Limits LIMITS = new Limits(64 * 1024, 16, 200, 64, 10_000, 1024, 100, 1 << 20);
  private static final ChecklistLoader LOADER = ChecklistLoader.create(LIMITS);

  @FuzzTest(maxDuration = "10m")
  void parse_anyText_onlyChecklistException(FuzzedDataProvider data) {
    String source = data.consumeBoolean() ? "fuzz.json" : "fuzz.yaml";
    boolean asBytes = data.consumeBoolean();
    Checklist c;
    try {
      c = asBytes
          ? LOADER.load(source, new ByteArrayInputStream(data.consumeRemainingAsBytes()))
          : LOADER.parse(source, data.consumeRemainingAsString());
    } catch (ChecklistException e) {
      assertThat(e.issues()).isNotEmpty().allSatisfy(i -> assertThat(i.source()).isEqualTo(source));
      assertThat(e.format(Lang.EN)).isNotBlank();
      assertThat(e.format(Lang.JA)).isNotBlank();
      return;
    }
    assertThat(CompiledChecklist.compile(c, LIMITS)).isNotNull();
  }
}
