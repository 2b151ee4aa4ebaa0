package dev.kizuki;

import java.util.Locale;

/** What an item's outcome rests on, for the coverage figures next to the score. */
public enum Basis {
  /** Decided from configuration data. */
  DATA,
  /** Decided from a self-declared answer only. */
  ANSWER,
  /** Nothing backs it (UNKNOWN or ERROR). */
  NONE;

  /**
   * The basis as reports write it.
   *
   * @return the lower-case name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
