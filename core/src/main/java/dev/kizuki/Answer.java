package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A self-declared questionnaire answer as read from {@code answers.csv}, with where it came from and
 * whether it is stale (older than the freshness limit, or undated). Immutable.
 */
public record Answer(
    String itemId,
    Value value,
    String evidence,
    String answeredBy,
    Optional<LocalDate> answeredOn,
    boolean stale,
    String source,
    long line) {

  /** The answers a questionnaire accepts. */
  public enum Value {
    YES,
    PARTIAL,
    NO,
    NOT_APPLICABLE,
    UNKNOWN;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Answer {
    requireNonNull(itemId, "itemId");
    requireNonNull(value, "value");
    requireNonNull(evidence, "evidence");
    requireNonNull(answeredBy, "answeredBy");
    requireNonNull(answeredOn, "answeredOn");
    requireNonNull(source, "source");
  }
}
