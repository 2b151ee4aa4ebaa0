package dev.kizuki.internal.data;

import static java.util.Objects.requireNonNull;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The network sources one cell admits, as read by {@link NetworkSources}: the union of its IPv4 and IPv6
 * addresses, merged into sorted, non-overlapping, non-adjacent ranges, plus the host or object names it lists
 * (kept as written after NFKC, never resolved).
 *
 * <p>Equal sets have equal canonical text whatever order or form the cell used. Immutable and thread-safe.
 */
public final class SourceSet {
  private static final BigInteger ALL_V4 = BigInteger.ONE.shiftLeft(32);
  private static final BigInteger ALL_V6 = BigInteger.ONE.shiftLeft(128);

  /** No address and no name: what a cell of separators only gives. */
  static final SourceSet EMPTY = new SourceSet(List.of(), List.of(), List.of());

  private final List<IPAddressSeqRange> v4;
  private final List<IPAddressSeqRange> v6;
  private final List<String> names;
  private final BigInteger count;
  private final String text;

  private SourceSet(List<IPAddressSeqRange> v4, List<IPAddressSeqRange> v6, List<String> names) {
    this.v4 = v4;
    this.v6 = v6;
    this.names = names;
    BigInteger n = BigInteger.ZERO;
    for (IPAddressSeqRange r : v4) {
      n = n.add(r.getCount());
    }
    for (IPAddressSeqRange r : v6) {
      n = n.add(r.getCount());
    }
    this.count = n;
    List<String> parts = new ArrayList<>();
    for (IPAddressSeqRange r : v4) {
      parts.add(show(r));
    }
    for (IPAddressSeqRange r : v6) {
      parts.add(show(r));
    }
    parts.addAll(names);
    this.text = String.join(", ", parts);
  }

  /** The set of {@code ranges} (any order, overlaps allowed) and {@code names} (duplicates dropped). */
  static SourceSet of(Collection<IPAddressSeqRange> ranges, Collection<String> names) {
    List<IPAddressSeqRange> v4 = new ArrayList<>();
    List<IPAddressSeqRange> v6 = new ArrayList<>();
    for (IPAddressSeqRange r : ranges) {
      (r.getLower().isIPv4() ? v4 : v6).add(r);
    }
    return new SourceSet(merged(v4), merged(v6), List.copyOf(new TreeSet<>(names)));
  }

  private static List<IPAddressSeqRange> merged(List<IPAddressSeqRange> ranges) {
    if (ranges.isEmpty()) {
      return List.of();
    }
    // join() merges overlapping and adjacent ranges (0.0.0.0/1 and 128.0.0.0/1 become one); sorted for a
    // canonical order.
    IPAddressSeqRange[] joined = IPAddressSeqRange.join(ranges.toArray(new IPAddressSeqRange[0]));
    Arrays.sort(joined, (a, b) -> a.getLower().compareTo(b.getLower()));
    return List.of(joined);
  }

  /** A single address as itself, a prefix block as CIDR, any other range as "lower-upper". */
  private static String show(IPAddressSeqRange r) {
    if (!r.isMultiple()) {
      return r.getLower().toCanonicalString();
    }
    IPAddress block = r.coverWithPrefixBlock();
    if (block.getCount().equals(r.getCount())) {
      return block.toCanonicalString();
    }
    return r.getLower().toCanonicalString() + "-" + r.getUpper().toCanonicalString();
  }

  /**
   * Whether the union covers every IPv4 address or every IPv6 address (a rule open to the whole internet in
   * either family), however written: {@code any}, {@code 0.0.0.0/0}, {@code 0.0.0.0/1, 128.0.0.0/1} …
   */
  public boolean allowsAnything() {
    return coversAll(v4, ALL_V4) || coversAll(v6, ALL_V6);
  }

  private static boolean coversAll(List<IPAddressSeqRange> ranges, BigInteger all) {
    return ranges.size() == 1 && ranges.get(0).getCount().equals(all);
  }

  /** How many distinct addresses the union holds, IPv4 and IPv6 together, overlaps counted once; names add none. */
  public BigInteger addressCount() {
    return count;
  }

  /** Whether the union holds more than {@code n} addresses. */
  public boolean allowsMoreThan(long n) {
    return count.compareTo(BigInteger.valueOf(n)) > 0;
  }

  /** Whether the set has neither an address nor a name. */
  public boolean isEmpty() {
    return v4.isEmpty() && v6.isEmpty() && names.isEmpty();
  }

  /**
   * Whether the union holds {@code address} (one IPv4 or IPv6 address, such as {@code 203.0.113.5}).
   *
   * @throws IllegalArgumentException if {@code address} is not one address
   */
  public boolean contains(String address) {
    IPAddress a = new IPAddressString(requireNonNull(address, "address"), NetworkSources.ADDRESS).getAddress();
    if (a == null || a.isMultiple()) {
      throw new IllegalArgumentException("not a single IPv4 or IPv6 address: " + address);
    }
    for (IPAddressSeqRange r : a.isIPv4() ? v4 : v6) {
      if (r.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /** The host and object names the cell listed, sorted, as written after NFKC; never resolved. */
  public List<String> names() {
    return names;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SourceSet other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The canonical text for reports: IPv4 ranges, then IPv6 ranges, then names, each sorted, joined by ", ";
   * an address as itself ({@code 203.0.113.5}), a prefix block as CIDR ({@code 10.0.0.0/8}), another range as
   * {@code 10.0.0.1-10.0.0.20}; empty for the empty set.
   */
  @Override
  public String toString() {
    return text;
  }
}
