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
    /** {@link Compare}. */
    COMPARE,
    /** {@link In}. */
    IN,
    /** {@link Present}. */
    PRESENT,
    /** {@link Matches}. */
    MATCHES,
    /** {@link Recency}. */
    RECENCY,
    /** {@link All}. */
    ALL,
    /** {@link Any}. */
    ANY,
    /** {@link Not}. */
    NOT,
    /** {@link Exists}. */
    EXISTS,
    /** {@link Allows}. */
    ALLOWS
  }

  /**
   * Which record this is, for exhaustive switches.
   *
   * @return the kind
   */
  Kind kind();

  /** A comparison operator. */
  enum Op {
    /** Equal. */
    EQ,
    /** Not equal. */
    NE,
    /** Less than. */
    LT,
    /** Less than or equal. */
    LE,
    /** Greater than. */
    GT,
    /** Greater than or equal. */
    GE;

    /**
     * The name used in checklist files.
     *
     * @return the lower-case name
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code field op operand}; ordering operators need integer, decimal or date columns. */
  record Compare(String field, Op op, Operand operand) implements Predicate {
    /**
     * Checks every part (the rules are in the type's comment).
     *
     * @param field as {@link #field()}
     * @param op as {@link #op()}
     * @param operand as {@link #operand()}
     */
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
    /**
     * Checks every part and copies the collections (the rules are in the type's comment).
     *
     * @param field as {@link #field()}
     * @param values as {@link #values()}
     * @param negated as {@link #negated()}
     */
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
    /**
     * Checks every part (the rules are in the type's comment).
     *
     * @param field as {@link #field()}
     * @param present as {@link #present()}
     */
    public Present {
      requireNonNull(field, "field");
    }

    @Override
    public Kind kind() {
      return Kind.PRESENT;
    }
  }

  /** The whole text of the field matches {@code regex} (RE2 syntax, run in linear time; see docs/robustness.md). */
  record Matches(String field, String regex) implements Predicate {
    /**
     * Checks every part (the rules are in the type's comment).
     *
     * @param field as {@link #field()}
     * @param regex as {@link #regex()}
     */
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
    /**
     * Checks every part (the rules are in the type's comment).
     *
     * @param field as {@link #field()}
     * @param days as {@link #days()}
     * @param within as {@link #within()}
     */
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
    /**
     * Checks every part and copies the collections (the rules are in the type's comment).
     *
     * @param predicates as {@link #predicates()}
     */
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
    /**
     * Checks every part and copies the collections (the rules are in the type's comment).
     *
     * @param predicates as {@link #predicates()}
     */
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
    /**
     * Checks every part (the rules are in the type's comment).
     *
     * @param predicate as {@link #predicate()}
     */
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
    /**
     * Checks every part (the rules are in the type's comment).
     *
     * @param dataset as {@link #dataset()}
     * @param on as {@link #on()}
     * @param where as {@link #where()}
     */
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

  /**
   * How wide the sources of a {@code network} column are. With {@link Breadth#ANY} the operand is a boolean:
   * whether the cell admits every IPv4 or every IPv6 address, however written ({@code any}, {@code 制限なし},
   * {@code 0.0.0.0/0}, {@code 0.0.0.0/1 128.0.0.0/1}). With {@link Breadth#MORE_THAN} it is a count: whether
   * the cell admits more than that many addresses. A cell that lists a host or object name can hide any
   * number of addresses, so unless its addresses alone decide, the test is unknown.
   */
  record Allows(String field, Breadth breadth, Operand operand) implements Predicate {
    /** Which width is tested. */
    public enum Breadth {
      /** Every address of a family ({@code allows_any}). */
      ANY,
      /** More than a number of addresses ({@code allows_more_than}). */
      MORE_THAN;

      /**
       * The operator's name in checklist files.
       *
       * @return {@code allows_any} or {@code allows_more_than}
       */
      public String id() {
        return "allows_" + name().toLowerCase(Locale.ROOT);
      }
    }

    /**
     * Checks every part (the rules are in the type's comment).
     *
     * @param field as {@link #field()}
     * @param breadth as {@link #breadth()}
     * @param operand as {@link #operand()}
     */
    public Allows {
      requireNonNull(field, "field");
      requireNonNull(breadth, "breadth");
      requireNonNull(operand, "operand");
    }

    @Override
    public Kind kind() {
      return Kind.ALLOWS;
    }
  }
}
