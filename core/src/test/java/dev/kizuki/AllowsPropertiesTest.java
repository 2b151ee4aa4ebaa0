package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code allows_any} and {@code allows_more_than} over generated IPv4 source lists (addresses, CIDR with host
 * bits, address/netmask, ranges, words for "anything", full-width forms, mixed separators), against an
 * independent model: the union of the listed intervals counted on {@code long}s.
 */
class AllowsPropertiesTest {
  private static final long ALL = 1L << 32;
  private static final RuleHarness ANY = new RuleHarness("{field: src, allows_any: true}");
  private static final RuleHarness MORE = new RuleHarness("{field: src, allows_more_than: {param: hosts}}");

  /**
   * One token of a source cell and the interval [lo, hi] of IPv4 addresses it stands for; {@code v6} when it
   * also stands for every IPv6 address (any, *, 全て …), which the model does not count.
   */
  record Token(String text, long lo, long hi, boolean v6) {
    Token(String text, long lo, long hi) {
      this(text, lo, hi, false);
    }
  }

  @Property(tries = 400)
  void allows_agreeWithTheUnionOfIntervals(@ForAll("lists") List<Token> tokens, @ForAll("separators") String sep) {
    String cell = String.join(sep, tokens.stream().map(Token::text).toList());
    long count = unionSize(tokens);
    boolean everyV6 = tokens.stream().anyMatch(Token::v6);

    assertThat(ANY.judge("src", cell)).as(cell).isEqualTo(count == ALL || everyV6 ? Outcome.PASS : Outcome.FAIL);
    assertThat(MORE.judge("src", cell)).as(cell).isEqualTo(count > 256 || everyV6 ? Outcome.PASS : Outcome.FAIL);
    if (everyV6) {
      return;
    }
    // Exactly at the count: more than count - 1, not more than count.
    assertThat(moreThan(count - 1).judge("src", cell)).as(cell + " > " + (count - 1)).isEqualTo(Outcome.PASS);
    assertThat(moreThan(count).judge("src", cell)).as(cell + " > " + count).isEqualTo(Outcome.FAIL);
  }

  private static RuleHarness moreThan(long n) {
    return new RuleHarness("{field: src, allows_more_than: " + n + "}");
  }

  @Provide
  Arbitrary<List<Token>> lists() {
    return token().list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> separators() {
    // Not a lone space: "a.b.c.d m.m.m.m" reads as address and mask, which is tested in NetworkSourcesTest.
    return Arbitraries.of(",", ", ", "、", ";", "\n", " ; ", "，");
  }

  private static Arbitrary<Token> token() {
    Arbitrary<Long> address = Arbitraries.longs().between(1, ALL - 1);
    // Prefixes near /24 make counts around the threshold of 256 common; /0 to /2 make "anything" reachable.
    Arbitrary<Integer> prefix = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 2)),
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(22, 32)));
    Arbitrary<Token> cidr = Combinators.combine(address, prefix, Arbitraries.of(true, false)).as((a, p, netmask) -> {
      long size = 1L << (32 - p);
      long lo = a & ~(size - 1);
      if (netmask && p == 0) {
        // Mask 0.0.0.0 reads both ways; after an address other than 0.0.0.0 it is Cisco's wildcard: that host.
        return new Token(dotted(a) + "/0.0.0.0", a, a);
      }
      String text = netmask ? dotted(a) + "/" + dotted((ALL - 1) & ~(size - 1)) : dotted(a) + "/" + p;
      return new Token(text, lo, lo + size - 1);
    });
    Arbitrary<Token> host = address.map(a -> new Token(dotted(a), a, a));
    Arbitrary<Token> range = Combinators.combine(address, Arbitraries.longs().between(0, 600))
        .as((a, n) -> new Token(dotted(a) + "-" + dotted(Math.min(a + n, ALL - 1)), a, Math.min(a + n, ALL - 1)));
    Arbitrary<Token> word = Arbitraries.oneOf(
        Arbitraries.of("any", "ANY", "*", "全て", "すべて", "制限なし").map(w -> new Token(w, 0, ALL - 1, true)),
        Arbitraries.of("any4", "0.0.0.0/0", "0.0.0.0/1 128.0.0.0/1").map(w -> new Token(w, 0, ALL - 1)));
    Arbitrary<Token> plain = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, cidr), net.jqwik.api.Tuple.of(3, host), net.jqwik.api.Tuple.of(2, range),
        net.jqwik.api.Tuple.of(1, word));
    // Full-width digits and dots read the same after NFKC.
    return Combinators.combine(plain, Arbitraries.of(false, false, true))
        .as((t, wide) -> wide ? new Token(fullWidth(t.text()), t.lo(), t.hi(), t.v6()) : t);
  }

  private static long unionSize(List<Token> tokens) {
    List<Token> sorted = new ArrayList<>(tokens);
    sorted.sort(Comparator.comparingLong(Token::lo));
    long total = 0;
    long lo = -1;
    long hi = -2;
    for (Token t : sorted) {
      if (t.lo() > hi + 1) {
        total += hi - lo + 1;
        lo = t.lo();
        hi = t.hi();
      } else {
        hi = Math.max(hi, t.hi());
      }
    }
    return total + hi - lo + 1;
  }

  private static String dotted(long a) {
    return (a >>> 24 & 255) + "." + (a >>> 16 & 255) + "." + (a >>> 8 & 255) + "." + (a & 255);
  }

  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
    }
    return b.toString();
  }
}
