package dev.kizuki.examples.adversarial;

/** The adversarial suite over examples/data/cases/case-4. */
class AdversarialCase4Test extends AdversarialCase {
  AdversarialCase4Test() {
    super(4);
  }
}
