package dev.kizuki;

import java.util.Locale;

/** How bad it is when an item is not met. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  /** The lower-case name used in checklist files and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
