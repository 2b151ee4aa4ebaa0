package dev.kizuki.internal.data;

import static dev.kizuki.internal.data.TestSchemas.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kizuki.ColumnType;
import dev.kizuki.Text;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkSourcesTest {

  private static final NetworkSources STANDARD = NetworkSources.standard();
  private static final BigInteger ALL_V4 = BigInteger.ONE.shiftLeft(32);

  private static SourceSet read(String cell) {
    NetworkSources.Result r = STANDARD.parse(cell);
    assertThat(r.error()).as("error of %s", cell).isEmpty();
    return r.sources().orElseThrow();
  }

  private static NetworkSources.SourceError error(String cell) {
    NetworkSources.Result r = STANDARD.parse(cell);
    assertThat(r.sources()).as("sources of %s", cell).isEmpty();
    return r.error().orElseThrow();
  }

  // "Anything", in every form the issue saw read as restricted.

  @ParameterizedTest
  @ValueSource(strings = {
    "制限なし", "全て", "すべて", "全部", "無制限", "any", "ANY", "Any", "all", "*", "internet", "anywhere", "any4",
    "0.0.0.0/0", "0.0.0.0/0.0.0.0", "0.0.0.0 0.0.0.0", "0.0.0.0 255.255.255.255", "0.0.0.0/1 128.0.0.0/1",
    "128.0.0.0/1,0.0.0.0/1", "10.0.0.1, 0.0.0.0/0", "192.168.1.0/24\n0.0.0.0/0", "0.0.0.0-255.255.255.255",
    "０．０．０．０／０", "ａｎｙ", "10.0.0.0/8、0.0.0.0/0", "::/0", "any6", "0.0.0.0/2 64.0.0.0/2 128.0.0.0/1"
  })
  void parse_anythingInAnyForm_allowsAnything(String cell) {
    SourceSet s = read(cell);

    assertThat(s.allowsAnything()).isTrue();
    assertThat(s.allowsMoreThan(1_000_000)).isTrue();
  }

  @Test
  void parse_anyWords_giveTheirFamilies() {
    assertThat(read("any4").toString()).isEqualTo("0.0.0.0/0");
    assertThat(read("any6").toString()).isEqualTo("::/0");
    assertThat(read("制限なし").toString()).isEqualTo("0.0.0.0/0, ::/0");
    assertThat(read("制限なし").addressCount()).isEqualTo(ALL_V4.add(BigInteger.ONE.shiftLeft(128)));
    assertThat(read("0.0.0.0/1 128.0.0.0/1")).isEqualTo(read("any4"));
  }

  @Test
  void parse_ambiguousWords_areErrorsNotRestrictions() {
    // なし: "no restriction" in a restriction column, perhaps "no source" in a sources column; none is the default.
    for (String w : List.of("なし", "無し", "指定なし", "none", "NONE", "n/a", "-")) {
      assertThat(error("10.0.0.1 " + w).offset()).as(w).isEqualTo(9);
      assertThat(error(w).reason().en()).as(w).isEqualTo("source \"" + w + "\" can mean \"anything\" or \"no"
          + " source\"; declare its meaning for this column, or write any or the addresses");
    }
    assertThat(error("なし").reason().ja())
        .isEqualTo("送信元「なし」は「すべて許可」とも「送信元なし」とも読めます。この列で意味を宣言するか、any やアドレスで書いてください");
  }

  @Test
  void withAnythingWords_declaredWord_allowsAnything() {
    NetworkSources sources = STANDARD.withAnythingWords(List.of("なし", "Unrestricted"));

    assertThat(sources.parse("なし").sources().orElseThrow().allowsAnything()).isTrue();
    assertThat(sources.parse("ＵＮＲＥＳＴＲＩＣＴＥＤ").sources().orElseThrow().allowsAnything()).isTrue();
    assertThat(STANDARD.parse("なし").error()).isPresent(); // the standard reader is unchanged
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a b", "10.0.0.1", "10.0.0.0/8", "x,y"})
  void withAnythingWords_notOneWord_isRejected(String word) {
    assertThatIllegalArgumentException().isThrownBy(() -> STANDARD.withAnythingWords(List.of(word)))
        .withMessage("not a single word for \"anything\": \"" + word + "\"");
  }

  // Counting and the forms of an address.

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "203.0.113.5|1|203.0.113.5",
        "198.51.100.0/24|256|198.51.100.0/24",
        "198.51.100.7/24|256|198.51.100.0/24",
        "192.168.1.0/255.255.255.0|256|192.168.1.0/24",
        "192.168.1.0 255.255.255.0|256|192.168.1.0/24",
        "10.0.0.0 0.0.0.255|256|10.0.0.0/24",
        "10.1.1.1 0.0.0.0|1|10.1.1.1",
        "10.1.1.1 255.255.255.255|1|10.1.1.1",
        "host 10.1.1.1|1|10.1.1.1",
        "10.0.0.1-10.0.0.20|20|10.0.0.1-10.0.0.20",
        "10.0.0.20-10.0.0.1|20|10.0.0.1-10.0.0.20",
        "10.0.0.1-20|20|10.0.0.1-10.0.0.20",
        "10.0.0.1～10.0.0.20|20|10.0.0.1-10.0.0.20",
        "10.0.0.1 〜 10.0.0.20|20|10.0.0.1-10.0.0.20",
        "10.0.0.1 - 10.0.0.20|20|10.0.0.1-10.0.0.20",
        "１０．０．０．１|1|10.0.0.1",
        "010.000.000.001|1|10.0.0.1",
        "2001:db8::1|1|2001:db8::1",
        "2001:db8::/126|4|2001:db8::/126",
        "10.0.0.0/24 10.0.0.128/25 10.0.0.5|256|10.0.0.0/24",
        "10.0.0.1 10.0.0.2|2|10.0.0.1-10.0.0.2",
        "'10.0.0.1, 10.0.0.1'|1|10.0.0.1",
        "10.0.0.9 10.0.0.1 2001:db8::1|3|10.0.0.1, 10.0.0.9, 2001:db8::1"
      })
  void parse_addresses_countTheUnionAndPrintCanonically(String cell, long count, String canonical) {
    SourceSet s = read(cell);

    assertThat(s.addressCount()).isEqualTo(BigInteger.valueOf(count));
    assertThat(s.toString()).isEqualTo(canonical);
    assertThat(s.allowsAnything()).isFalse();
    assertThat(s.allowsMoreThan(count)).isFalse();
    assertThat(s.allowsMoreThan(count - 1)).isTrue();
    assertThat(s.isEmpty()).isFalse();
  }

  @Test
  void parse_everySeparator_splitsTheList() {
    SourceSet s = read("10.0.0.1, 10.0.0.2;10.0.0.3\u300010.0.0.4、10.0.0.5・10.0.0.6\n10.0.0.7，10.0.0.8\t10.0.0.9"
        + "；10.0.0.10\r\n10.0.0.11");

    assertThat(s.addressCount()).isEqualTo(BigInteger.valueOf(11));
    assertThat(s.toString()).isEqualTo("10.0.0.1-10.0.0.11");
  }

  @Test
  void parse_maskAfterALineBreakOrComma_isAnotherSourceNotAMask() {
    assertThat(read("10.0.0.5\n0.0.0.0").toString()).isEqualTo("0.0.0.0, 10.0.0.5");
    assertThat(read("10.0.0.5, 255.255.255.0").toString()).isEqualTo("10.0.0.5, 255.255.255.0");
  }

  @Test
  void contains_addressInAndOutOfTheUnion() {
    SourceSet s = read("198.51.100.0/24, 2001:db8::/64");

    assertThat(s.contains("198.51.100.200")).isTrue();
    assertThat(s.contains("198.51.101.1")).isFalse();
    assertThat(s.contains("2001:db8::ffff")).isTrue();
    assertThat(s.contains("2001:db9::1")).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> s.contains("10.0.0.0/8"))
        .withMessage("not a single IPv4 or IPv6 address: 10.0.0.0/8");
  }

  @Test
  void parse_hostAndObjectNames_areNamesNotAddresses() {
    SourceSet s = read("vpn.example.jp, Vendor_VPN 203.0.113.5 vpn.example.jp");

    assertThat(s.names()).containsExactly("Vendor_VPN", "vpn.example.jp");
    assertThat(s.addressCount()).isEqualTo(BigInteger.ONE);
    assertThat(s.toString()).isEqualTo("203.0.113.5, Vendor_VPN, vpn.example.jp");
    assertThat(read("nas-01").names()).containsExactly("nas-01");
    assertThat(read("nas-01").addressCount()).isEqualTo(BigInteger.ZERO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", ", ,\n、"})
  void parse_onlySeparators_isEmpty(String cell) {
    SourceSet s = read(cell);

    assertThat(s.isEmpty()).isTrue();
    assertThat(s.addressCount()).isEqualTo(BigInteger.ZERO);
    assertThat(s.allowsAnything()).isFalse();
    assertThat(s.toString()).isEmpty();
  }

  // Errors: the token, its offset and why, in both languages.

  @Test
  void parse_ipv4PartAbove255_isErrorWithOffset() {
    NetworkSources.SourceError e = error("10.0.0.1, 10.0.0.300");

    assertThat(e.token()).isEqualTo("10.0.0.300");
    assertThat(e.offset()).isEqualTo(10);
    assertThat(e.reason()).isEqualTo(Text.of(
        "送信元「10.0.0.300」をアドレスとして読めません（IPv4 の各部は 0〜255）",
        "cannot read source \"10.0.0.300\" as an address (each IPv4 part is 0-255)"));
    assertThat(e.text()).isEqualTo(Text.of(
        "11文字目：送信元「10.0.0.300」をアドレスとして読めません（IPv4 の各部は 0〜255）",
        "at character 11: cannot read source \"10.0.0.300\" as an address (each IPv4 part is 0-255)"));
  }

  @Test
  void parse_threePartAddress_isErrorNotInetAton() {
    NetworkSources.SourceError e = error("1.2.3");

    assertThat(e.token()).isEqualTo("1.2.3");
    assertThat(e.offset()).isZero();
    assertThat(e.reason()).isEqualTo(Text.of(
        "送信元「1.2.3」をアドレスとして読めません（IPv4 アドレスは「.」で区切った4つの数です）",
        "cannot read source \"1.2.3\" as an address (an IPv4 address is four numbers separated by \".\")"));
  }

  @Test
  void parse_prefixBeyond32_isError() {
    NetworkSources.SourceError e = error("any6 0.0.0.0/33");

    assertThat(e.token()).isEqualTo("0.0.0.0/33");
    assertThat(e.offset()).isEqualTo(5);
    assertThat(e.reason()).isEqualTo(Text.of(
        "送信元「0.0.0.0/33」をアドレスとして読めません（IPv4 のプレフィックス長は 0〜32）",
        "cannot read source \"0.0.0.0/33\" as an address (IPv4 prefix lengths are 0-32)"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'  １０．０．０．３００'|１０．０．０．３００|2|each IPv4 part is 0-255",
        "2001:db8::/129|2001:db8::/129|0|IPv6 prefix lengths are 0-128",
        "2001:db8::zz|2001:db8::zz|0|not in the form of an IPv6 address",
        "10.0.0.0/255.0.255.0|10.0.0.0/255.0.255.0|0|a mask is a netmask, its one-bits on the left, or a wildcard"
            + " mask, its one-bits on the right",
        "10.0.0.1-2001:db8::1|10.0.0.1-2001:db8::1|0|both ends of a range are IPv4 or both IPv6",
        "10.0.0.1-10.0.0.256|10.0.0.1-10.0.0.256|0|each IPv4 part is 0-255",
        "'a, 本社LAN'|本社LAN|3|not an address, CIDR block, range, host name or a word such as any",
        "10.0.0.1a|10.0.0.1a|0|not an address, CIDR block, range, host name or a word such as any",
        "1.2.*.*|1.2.*.*|0|not an address, CIDR block, range, host name or a word such as any",
        "fe80::1%eth0|fe80::1%eth0|0|not in the form of an IPv6 address",
        "host 300.1.1.1|300.1.1.1|5|each IPv4 part is 0-255"
      })
  void parse_unreadableToken_isErrorNamingIt(String cell, String token, int offset, String why) {
    NetworkSources.SourceError e = error(cell);

    assertThat(e.token()).isEqualTo(token);
    assertThat(e.offset()).isEqualTo(offset);
    assertThat(e.reason().en()).endsWith("(" + why + ")");
    assertThat(e.reason().ja()).startsWith("送信元「").doesNotContain("cannot");
  }

  @Test
  void parse_tooManyTokens_stopsAtTheBound() {
    String cell = "10.0.0.1 ".repeat(NetworkSources.MAX_TOKENS) + "10.0.0.2";

    NetworkSources.SourceError e = error(cell);

    assertThat(e.offset()).isEqualTo(9 * NetworkSources.MAX_TOKENS);
    assertThat(e.text().en()).isEqualTo("at character 90,001: at most 10,000 sources are read from one cell");
    assertThat(read("10.0.0.1 ".repeat(NetworkSources.MAX_TOKENS)).addressCount()).isEqualTo(BigInteger.ONE);
  }

  @Test
  void parse_tooLongCell_isErrorBeforeParsing() {
    NetworkSources.SourceError e = error("a".repeat(NetworkSources.MAX_CELL_CHARS + 1));

    assertThat(e.text()).isEqualTo(Text.of("100,001文字目：送信元の一覧は最大100,000文字までしか読みません",
        "at character 100,001: a list of sources is read up to 100,000 characters only"));
  }

  // Through the column's value parser.

  @Test
  void valueParser_networkColumn_givesSourceSetOrInvalidCell() {
    ValueParser p = ValueParser.forColumn(column("source", ColumnType.NETWORK, false));

    assertThat(p.parse(" 全て ")).isEqualTo(read("any"));
    assertThat(p.parse("\u3000")).isNull();
    assertThatThrownBy(() -> p.parse(" 10.0.0.300"))
        .isInstanceOfSatisfying(ValueException.class, e -> {
          assertThat(e.found()).isEqualTo("10.0.0.300");
          assertThat(e.reason().orElseThrow().en())
              .isEqualTo("at character 2: cannot read source \"10.0.0.300\" as an address (each IPv4 part is 0-255)");
          assertThat(e.text().ja()).startsWith("送信元の一覧（").endsWith(
              "が必要ですが、「10.0.0.300」でした（2文字目：送信元「10.0.0.300」をアドレスとして読めません（IPv4 の各部は 0〜255））");
        });
  }

  // Properties.

  @Provide
  Arbitrary<String> sources() {
    Arbitrary<Integer> octet = Arbitraries.integers().between(0, 255);
    Arbitrary<String> v4 = Combinators.combine(octet, octet, octet, octet).as((a, b, c, d) -> a + "." + b + "." + c + "." + d);
    Arbitrary<String> cidr = Combinators.combine(v4, Arbitraries.integers().between(1, 32)).as((a, p) -> a + "/" + p);
    Arbitrary<String> range = Combinators.combine(v4, v4).as((a, b) -> a + "-" + b);
    return Arbitraries.oneOf(v4, cidr, range, Arbitraries.of("vpn.example.jp", "2001:db8::/64", "fe80::1"));
  }

  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.of("0.0.0.0/0", "any", "0.0.0.0/0.0.0.0", "0.0.0.0 0.0.0.0", "全て", "*", "制限なし", "any4",
        "0.0.0.0/1 128.0.0.0/1", "::/0");
  }

  @Property(tries = 300)
  void parse_listWithAnAnythingToken_allowsAnything(@ForAll @Size(max = 20) List<@From("sources") String> others,
      @ForAll("anything") String any, @ForAll int position) {
    List<String> tokens = new java.util.ArrayList<>(others);
    tokens.add(Math.floorMod(position, tokens.size() + 1), any);

    assertThat(read(String.join(", ", tokens)).allowsAnything()).isTrue();
  }

  @Property(tries = 300)
  void parse_union_countsNoMoreThanTheSumAndAtLeastTheLargest(
      @ForAll @Size(max = 20) List<@From("sources") String> tokens) {
    BigInteger sum = BigInteger.ZERO;
    BigInteger largest = BigInteger.ZERO;
    for (String t : tokens) {
      BigInteger n = read(t).addressCount();
      sum = sum.add(n);
      largest = largest.max(n);
    }

    SourceSet union = read(String.join("; ", tokens));

    assertThat(union.addressCount()).isLessThanOrEqualTo(sum).isGreaterThanOrEqualTo(largest);
    assertThat(read(union.toString())).isEqualTo(union); // the canonical text reads back as the same set
  }
}
