package dev.kizuki;

import java.util.List;

/** Data (a CSV file or in-memory rows) that could not be read as its dataset schema says, with every problem found. */
public final class DataException extends KizukiException {
  private static final long serialVersionUID = 1L;

  public DataException(List<Issue> issues) {
    super(issues);
  }
}
