package dev.kizuki.examples.adversarial;

/** The adversarial suite over examples/data/cases/case-6. */
class AdversarialCase6Test extends AdversarialCase {
  AdversarialCase6Test() {
    super(6);
  }
}
