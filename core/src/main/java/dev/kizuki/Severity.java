package dev.kizuki;

import java.util.Locale;

/** How bad it is when an item is not met. */
public enum Severity {
  /** {@code low}, the lowest severity. */
  LOW,
  /** {@code medium}. */
  MEDIUM,
  /** {@code high}. */
  HIGH,
  /** {@code critical}, the highest severity. */
  CRITICAL;

  /**
   * The name used in checklist files and reports.
   *
   * @return the lower-case name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
