package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One allowed value of an enum column: the canonical value, its label and the other spellings (often
 * Japanese) accepted for it in data. Immutable.
 */
public record EnumValue(String value, Text label, List<String> synonyms) {

  /**
   * Checks every part and copies the collections (the rules are in the type's comment).
   *
   * @param value as {@link #value()}
   * @param label as {@link #label()}
   * @param synonyms as {@link #synonyms()}
   */
  public EnumValue {
    requireNonNull(value, "value");
    requireNonNull(label, "label");
    synonyms = List.copyOf(synonyms);
  }
}
