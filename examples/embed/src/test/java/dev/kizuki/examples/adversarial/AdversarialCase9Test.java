package dev.kizuki.examples.adversarial;

/** The adversarial suite over examples/data/cases/case-9. */
class AdversarialCase9Test extends AdversarialCase {
  AdversarialCase9Test() {
    super(9);
  }
}
