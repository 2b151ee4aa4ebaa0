package dev.kizuki;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A self-declared questionnaire answer as read from {@code answers.csv}, with where it came from and
 * whether it is stale (older than the freshness limit, or undated). Built by the engine only; not meant to be
 * implemented outside kizuki. Immutable; equal when all parts are equal.
 */
public interface Answer {

  /** The answers a questionnaire accepts. */
  enum Value {
    /** The measure is in place. */
    YES,
    /** The measure is partly in place. */
    PARTIAL,
    /** The measure is not in place. */
    NO,
    /** The measure does not apply to the organization. */
    NOT_APPLICABLE,
    /** The person answering does not know. */
    UNKNOWN;

    /**
     * The value as {@code answers.csv} writes it.
     *
     * @return the lower-case name
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The item answered.
   *
   * @return the item's id
   */
  String itemId();

  /**
   * The answer.
   *
   * @return the value
   */
  Value value();

  /**
   * What the answer rests on, as written.
   *
   * @return the evidence text, possibly empty
   */
  String evidence();

  /**
   * Who answered.
   *
   * @return the name as written, possibly empty
   */
  String answeredBy();

  /**
   * When the answer was given.
   *
   * @return the date, or empty when undated
   */
  Optional<LocalDate> answeredOn();

  /**
   * Whether the answer is older than the freshness limit, or undated.
   *
   * @return true when stale
   */
  boolean stale();

  /**
   * The file the answer was read from.
   *
   * @return the source's name
   */
  String source();

  /**
   * Where the answer's row starts.
   *
   * @return the 1-based line
   */
  long line();
}
