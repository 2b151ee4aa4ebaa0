package dev.kizuki.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvalContextTest {
  private static EvalContext context(long maxSteps) {
    return new EvalContext(LocalDate.of(2026, 1, 1), new KeyIndex[0], maxSteps);
  }

  @Test
  void charge_withinBaseBudget_isAllowedUntilSpent() {
    EvalContext ctx = context(100_000);

    assertThat(ctx.charge(60_000)).isTrue();
    assertThat(ctx.charge(40_000)).isTrue();
    assertThat(ctx.charge(1)).isFalse();
  }

  @Test
  void rowRead_addsATenThousandthOfTheBudgetPerRow() {
    EvalContext ctx = context(100_000);
    for (int i = 0; i < 5; i++) {
      ctx.rowRead();
    }

    assertThat(ctx.charge(100_050)).isTrue();
    assertThat(ctx.charge(1)).isFalse();
  }

  /** Once a charge is refused, later rows bring no new allowance: every later test is ERROR too. */
  @Test
  void charge_afterRefusal_staysRefusedWhateverIsRead() {
    EvalContext ctx = context(100_000);
    assertThat(ctx.charge(100_001)).isFalse();

    ctx.rowRead();

    assertThat(ctx.charge(1)).isFalse();
  }
}
