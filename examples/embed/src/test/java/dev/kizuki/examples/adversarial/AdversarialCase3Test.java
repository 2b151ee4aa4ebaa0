package dev.kizuki.examples.adversarial;

import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The adversarial suite over examples/data/cases/case-3. Disabled here: the properties that fail on main,
 * each with what passes and why (holes for the issue 13 branches named in the reason).
 */
class AdversarialCase3Test extends AdversarialCase {
  AdversarialCase3Test() {
    super(3);
  }

  @Override
  @Property(tries = 100)
  @Disabled("issue 13: NISC-RES-04 passes when primary and standby storage are one device spelled differently (primary_storage_id san-stg-01 or ＳＡＮ－ＳＴＧ－０１ or SAN-STG-01/vol2 against standby SAN-STG-01): the storage ids compare as exact strings, as no identity normalization is declared on them yet (branch n13)")
  void respelledWordsAndIdentitiesNeverPass(@ForAll("respelledBefore") Variant v) {
    super.respelledWordsAndIdentitiesNeverPass(v);
  }
}
