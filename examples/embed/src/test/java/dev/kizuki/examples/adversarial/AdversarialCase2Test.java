package dev.kizuki.examples.adversarial;

/** The adversarial suite over examples/data/cases/case-2. */
class AdversarialCase2Test extends AdversarialCase {
  AdversarialCase2Test() {
    super(2);
  }
}
