package dev.kizuki.examples.adversarial;

/** The adversarial suite over examples/data/cases/case-8. */
class AdversarialCase8Test extends AdversarialCase {
  AdversarialCase8Test() {
    super(8);
  }
}
