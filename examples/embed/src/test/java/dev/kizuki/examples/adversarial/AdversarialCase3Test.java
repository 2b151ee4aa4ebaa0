package dev.kizuki.examples.adversarial;

/** The adversarial suite over examples/data/cases/case-3. */
class AdversarialCase3Test extends AdversarialCase {
  AdversarialCase3Test() {
    super(3);
  }
}
