package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A structured test of one row, as written in a checklist. Predicates are data; {@link CompiledChecklist}
 * turns them into Java code once. Three-valued: a test on a blank cell is unknown, and unknown propagates
 * through {@link All}, {@link Any} and {@link Not} as in SQL.
 *
 * <p>All implementations are immutable records; switch on {@link #kind()} to handle each.
 */
public sealed interface Predicate {

  /** The kinds of predicate, one per record. */
  enum Kind {
    COMPARE,
    IN,
    PRESENT,
    MATCHES,
    RECENCY,
    ALL,
    ANY,
    NOT,
    EXISTS
  }

  Kind kind();

  /** A comparison operator. */
  enum Op {
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE;

    /** The lower-case name used in checklist files. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code field op operand}; ordering operators need integer, decimal or date columns. */
  record Compare(String field, Op op, Operand operand) implements Predicate {
    public Compare {
      requireNonNull(field, "field");
      requireNonNull(op, "op");
      requireNonNull(operand, "operand");
    }

    @Override
    public Kind kind() {
      return Kind.COMPARE;
    }
  }

  /** The field is one of {@code values} (literals), or with {@code negated} none of them. */
  record In(String field, List<Operand.Literal> values, boolean negated) implements Predicate {
    public In {
      requireNonNull(field, "field");
      values = List.copyOf(values);
    }

    @Override
    public Kind kind() {
      return Kind.IN;
    }
  }

  /** The cell is (or with {@code present == false}, is not) filled in. Never unknown. */
  record Present(String field, boolean present) implements Predicate {
    public Present {
      requireNonNull(field, "field");
    }

    @Override
    public Kind kind() {
      return Kind.PRESENT;
    }
  }

  /** The whole text of the field matches {@code regex} (a {@link java.util.regex.Pattern}). */
  record Matches(String field, String regex) implements Predicate {
    public Matches {
      requireNonNull(field, "field");
      requireNonNull(regex, "regex");
    }

    @Override
    public Kind kind() {
      return Kind.MATCHES;
    }
  }

  /**
   * A date field measured against the assessment date: with {@code within}, on or after {@code days} days
   * before it and not after it; otherwise more than {@code days} days before it.
   */
  record Recency(String field, Operand days, boolean within) implements Predicate {
    public Recency {
      requireNonNull(field, "field");
      requireNonNull(days, "days");
    }

    @Override
    public Kind kind() {
      return Kind.RECENCY;
    }
  }

  /** Every one of {@code predicates} holds (true when empty). */
  record All(List<Predicate> predicates) implements Predicate {
    public All {
      predicates = List.copyOf(predicates);
    }

    @Override
    public Kind kind() {
      return Kind.ALL;
    }
  }

  /** At least one of {@code predicates} holds (false when empty). */
  record Any(List<Predicate> predicates) implements Predicate {
    public Any {
      predicates = List.copyOf(predicates);
    }

    @Override
    public Kind kind() {
      return Kind.ANY;
    }
  }

  /** {@code predicate} does not hold. */
  record Not(Predicate predicate) implements Predicate {
    public Not {
      requireNonNull(predicate, "predicate");
    }

    @Override
    public Kind kind() {
      return Kind.NOT;
    }
  }

  /**
   * Some row of {@code dataset} joined on {@code on} (this row's column to that dataset's column) satisfies
   * {@code where}. Unknown when that dataset was not given.
   */
  record Exists(String dataset, Map<String, String> on, Optional<Predicate> where) implements Predicate {
    public Exists {
      requireNonNull(dataset, "dataset");
      on = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(on));
      requireNonNull(where, "where");
    }

    @Override
    public Kind kind() {
      return Kind.EXISTS;
    }
  }
}
