package dev.kizuki.examples.adversarial;

/** The adversarial suite over examples/data/cases/case-5. */
class AdversarialCase5Test extends AdversarialCase {
  AdversarialCase5Test() {
    super(5);
  }
}
