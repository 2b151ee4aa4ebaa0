package dev.kizuki.examples.adversarial;

/** The adversarial suite over examples/data/cases/case-7. */
class AdversarialCase7Test extends AdversarialCase {
  AdversarialCase7Test() {
    super(7);
  }
}
