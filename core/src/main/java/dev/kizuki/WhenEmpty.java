package dev.kizuki;

import java.util.Locale;

/** What a data rule concludes when its dataset was given but no row applies. */
public enum WhenEmpty {
  /** Nothing to judge by: the item is UNKNOWN (the default; fail closed). */
  UNKNOWN,
  /** The item does not apply to this organization (the item must allow it). */
  NOT_APPLICABLE,
  /** The absence itself is a failure (for example no drill recorded). */
  FAIL,
  /** The absence itself is a pass. */
  PASS;

  /**
   * The name used in checklist files.
   *
   * @return the lower-case name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
