package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.diff.ReportDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What kizuki builds and callers only read has no public constructor, so it can gain parts (docs/api.md). */
class ResultTypesTest {
  private static final List<Class<?>> RESULTS = List.of(Assessment.class, ItemResult.class, CategoryResult.class,
      Coverage.class, Evidence.class, RowRef.class, DatasetReport.class, WaiverReport.class,
      WaiverReport.Entry.class, Answer.class, ReportDiff.class, ReportDiff.Side.class,
      ReportDiff.CategoryChange.class, ReportDiff.ItemChange.class, ReportDiff.ExpiredWaiver.class);

  @Test
  void resultTypes_each_hasNoPublicConstructorAndIsNoRecord() {
    assertThat(RESULTS).allSatisfy(type -> {
      assertThat(type.getConstructors()).as("public constructors of %s", type.getName()).isEmpty();
      assertThat(type.isRecord()).as("%s is a record", type.getName()).isFalse();
    });
  }

  @Test
  void emptyValues_equalAnotherBuiltFromEqualParts() {
    assertThat(Coverage.of(0, 0, 0)).isEqualTo(Coverage.of(-1, 0, 0)).hasSameHashCodeAs(Coverage.of(0, 0, 0));
    assertThat(Coverage.of(2, 1, 1).data()).isEqualTo(0.5);
  }
}
