package dev.kizuki.examples.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Example;

/** The adversarial suite over examples/data/cases/case-2. */
class AdversarialCase2Test extends AdversarialCase {
  private static final CaseWorld CASE_2 = CaseWorld.of(2);

  AdversarialCase2Test() {
    super(2);
  }

  /**
   * Case 2's lesson C2-L1 is an SLA matched to what each system needs, so the shortfall generator must have
   * something to vary: every cloud-hosted system's availability and recovery need against NISC-TPR-02. Its
   * domain comes from the rule's {@code {outer: …}} comparisons, so a TPR-02 that stopped comparing with the
   * system's own need would leave it empty and pass the property unseen; this example fails instead.
   */
  @Example
  void shortfallsCoverEverySystemsOwnNeed() {
    List<String> shown = Generators.shortfalls(CASE_2).stream().map(Mutation::toString).toList();

    for (String system : List.of("SVC-A", "SVC-B", "SVC-C")) {
      for (String need : List.of("required_availability_percent", "required_recovery_time_hours")) {
        assertThat(shown).as("%s %s", system, need)
            .anyMatch(m -> m.contains("(NISC-TPR-02)") && m.contains("(" + system + ") " + need));
      }
    }
  }
}
