package dev.kizuki.examples.adversarial;

/** The adversarial suite over examples/data/cases/case-1. */
class AdversarialCase1Test extends AdversarialCase {
  AdversarialCase1Test() {
    super(1);
  }
}
