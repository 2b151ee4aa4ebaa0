package dev.kizuki.internal.data;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Text;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a cell that lists the sources a firewall, NAT or ACL rule admits into a {@link SourceSet}, with
 * IPAddress ({@code inet.ipaddr}) doing the address arithmetic. Immutable and thread-safe.
 *
 * <p>The cell is split into tokens at whitespace (including U+3000), line breaks, {@code , ; 、 ・} and their
 * full-width forms; each token is NFKC-normalized ({@code １０．０．０．１} is {@code 10.0.0.1}) and read as:
 *
 * <ul>
 *   <li>an address: {@code 203.0.113.5}, {@code 2001:db8::1}. Decimal IPv4 with four parts only: no
 *       inet_aton forms ({@code 1.2.3}, hex, octal), no zone ({@code %eth0}), no {@code 1.2.*.*} wildcards.
 *       Leading zeros are decimal ({@code 010} is 10).
 *   <li>CIDR: {@code 10.0.0.0/8}, {@code ::/0}. Host bits are ignored the way firewalls do ({@code 10.0.0.1/8}
 *       is {@code 10.0.0.0/8}), which can only widen the set.
 *   <li>address and mask, after {@code /} or after spaces only: {@code 192.168.1.0/255.255.255.0},
 *       {@code 192.168.1.0 255.255.255.0}, and Cisco wildcard masks {@code 10.0.0.0 0.0.0.255}. A mask with its
 *       one-bits on the left is a netmask, on the right a wildcard mask; other masks are errors. The two masks
 *       that read both ways: with address {@code 0.0.0.0}, {@code 0.0.0.0} and {@code 255.255.255.255} mean
 *       every IPv4 address (the netmask reading of the one, the wildcard reading of the other; a lone host
 *       0.0.0.0 is never a source); with another address they mean that one host (Cisco's wildcard
 *       {@code 10.1.1.1 0.0.0.0}, ASA's netmask {@code 10.1.1.1 255.255.255.255}).
 *   <li>{@code host 10.1.1.1} (Cisco): the one address.
 *   <li>a range: {@code 10.0.0.1-10.0.0.20}, {@code 10.0.0.1~10.0.0.20} (also 〜 and with spaces around the
 *       dash or tilde), and {@code 10.0.0.1-20} for the last IPv4 part; ends in either order.
 *   <li>a word for "anything" from the vocabulary (case-insensitive, after NFKC).
 *   <li>a host or object name ({@code vpn.example.jp}, {@code Vendor_VPN}): ASCII letters, digits, {@code _}
 *       and {@code -} in dot-separated labels, starting with a letter or {@code _}, at most 253 characters.
 *       Kept in {@link SourceSet#names()}, never resolved (no network access).
 * </ul>
 *
 * <p>Anything else is an error, never a restriction: the result names the token, its offset in the cell and
 * why ({@code 10.0.0.300}, {@code 1.2.3}, {@code 0.0.0.0/33}, {@code 本社LAN}).
 *
 * <p>The standard vocabulary, chosen so that no word has a second meaning in a sources column: {@code any},
 * {@code all}, {@code *}, {@code anywhere} (iptables -L), {@code internet}, 全て, すべて, 全部, 制限なし, 制限無し, 無制限 mean
 * every IPv4 and IPv6 address; {@code any4} and {@code any6} (Cisco ASA) one family each. Left out on purpose,
 * and errors with their own message until a column declares them ({@link #withAnythingWords}): なし, 無し,
 * 指定なし, {@code none}, {@code n/a}, {@code -}. In a "restriction" column they mean "no restriction", that
 * is anything; in a "sources" column perhaps "no source", that is nothing. As errors they can never read as
 * restricted, nor as a host named "none".
 *
 * <p>Work is bounded for hostile input: a cell longer than {@value #MAX_CELL_CHARS} characters or with more than
 * {@value #MAX_TOKENS} tokens is an error at the point where the bound was passed, before more is parsed.
 */
public final class NetworkSources {

  /** The longest cell read. */
  public static final int MAX_CELL_CHARS = 100_000;
  /** The most tokens read from one cell. */
  public static final int MAX_TOKENS = 10_000;

  /** One address, no prefix, mask, range or wildcard; shared with {@link SourceSet#contains}. */
  static final IPAddressStringParameters ADDRESS = addressParameters();

  private static final IPAddressSeqRange ALL_V4 =
      new IPAddressString("0.0.0.0/0", addressParameters(true)).getAddress().toSequentialRange();
  private static final IPAddressSeqRange ALL_V6 =
      new IPAddressString("::/0", addressParameters(true)).getAddress().toSequentialRange();

  private static final Pattern NAME =
      Pattern.compile("(?=.{1,253}$)[A-Za-z_][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*");
  private static final Pattern DOTTED = Pattern.compile("[0-9.]+");
  private static final Pattern SHORT_END = Pattern.compile("[0-9]{1,3}");
  private static final String SEPARATORS = ",;、・";
  /** Words that mean "anything" in one column and "nothing" in another: errors until a column declares them. */
  private static final Set<String> AMBIGUOUS = Set.of("なし", "無し", "指定なし", "none", "n/a", "-");

  private enum Family { V4, V6, BOTH }

  private static final NetworkSources STANDARD = new NetworkSources(standardWords());

  private final Map<String, Family> words;

  private NetworkSources(Map<String, Family> words) {
    this.words = words;
  }

  /** The reader with the standard vocabulary (the class comment lists it). */
  public static NetworkSources standard() {
    return STANDARD;
  }

  /**
   * This reader plus {@code extra} words that mean every IPv4 and IPv6 address in the caller's column.
   *
   * @throws IllegalArgumentException if a word is blank, holds a separator, or reads as addresses
   */
  public NetworkSources withAnythingWords(Collection<String> extra) {
    Map<String, Family> m = new HashMap<>(words);
    for (String w : extra) {
      String k = key(w);
      if (k.isEmpty() || k.chars().anyMatch(c -> isSeparator((char) c)) || item(k).range != null) {
        throw new IllegalArgumentException("not a single word for \"anything\": \"" + w + "\"");
      }
      m.put(k, Family.BOTH);
    }
    return new NetworkSources(Map.copyOf(m));
  }

  /**
   * The sources {@code cell} lists; a blank cell is the empty set.
   *
   * @return the set, or the first token that could not be read
   */
  public Result parse(String cell) {
    requireNonNull(cell, "cell");
    if (cell.length() > MAX_CELL_CHARS) {
      return Result.failed(new SourceError("", MAX_CELL_CHARS, DataMessages.sourcesTooLong(MAX_CELL_CHARS)));
    }
    List<Token> tokens = new ArrayList<>();
    int n = cell.length();
    int i = 0;
    boolean spacesOnly = true;
    while (i < n) {
      char c = cell.charAt(i);
      if (isSeparator(c)) {
        spacesOnly &= c != '\n' && c != '\r' && !isPunctuation(c);
        i++;
        continue;
      }
      int start = i;
      while (i < n && !isSeparator(cell.charAt(i))) {
        i++;
      }
      if (tokens.size() == MAX_TOKENS) {
        return Result.failed(new SourceError("", start, DataMessages.tooManySources(MAX_TOKENS)));
      }
      String raw = cell.substring(start, i);
      tokens.add(new Token(raw, ValueParser.nfkc(raw), start, spacesOnly && !tokens.isEmpty()));
      spacesOnly = true;
    }
    return read(tokens);
  }

  private Result read(List<Token> tokens) {
    List<IPAddressSeqRange> ranges = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      Token next = k + 1 < tokens.size() && tokens.get(k + 1).joined ? tokens.get(k + 1) : null;
      String word = t.text.toLowerCase(Locale.ROOT);
      Family f = words.get(word);
      if (f == null && AMBIGUOUS.contains(word)) {
        return Result.failed(new SourceError(t.raw, t.offset, DataMessages.sourceAmbiguous(t.text)));
      }
      if (f != null) {
        if (f != Family.V6) {
          ranges.add(ALL_V4);
        }
        if (f != Family.V4) {
          ranges.add(ALL_V6);
        }
        continue;
      }
      if (t.text.equalsIgnoreCase("host") && next != null) {
        IPAddress a = address(next.text);
        if (a == null) {
          return Result.failed(error(next, next.text));
        }
        ranges.add(a.toSequentialRange());
        k++;
        continue;
      }
      Token after = k + 2 < tokens.size() && tokens.get(k + 2).joined ? tokens.get(k + 2) : null;
      if (next != null && after != null && isDash(next.text)) {
        Parsed r = range(t.text, after.text, t.text + " " + next.text + " " + after.text);
        if (r.error != null) {
          return Result.failed(new SourceError(t.raw + " " + next.raw + " " + after.raw, t.offset, r.error));
        }
        ranges.add(requireNonNull(r.range));
        k += 2;
        continue;
      }
      Parsed p = item(t.text);
      if (p.range != null && next != null && isBareV4(t.text) && isMask(next.text)) {
        p = masked(requireNonNull(address(t.text)), requireNonNull(address(next.text)), t.text + " " + next.text);
        k++;
      }
      if (p.range != null) {
        ranges.add(p.range);
      } else if (p.error != null) {
        return Result.failed(new SourceError(t.raw, t.offset, p.error));
      } else {
        names.add(t.text);
      }
    }
    return Result.of(SourceSet.of(ranges, names));
  }

  /** One token on its own: address, CIDR, address/mask or range; neither range nor error for a name. */
  private static Parsed item(String s) {
    int tilde = indexOfTilde(s);
    if (tilde >= 0) {
      return range(s.substring(0, tilde), s.substring(tilde + 1), s);
    }
    int dash = s.indexOf('-');
    if (dash > 0 && address(s.substring(0, dash)) != null) {
      return range(s.substring(0, dash), s.substring(dash + 1), s);
    }
    int slash = s.indexOf('/');
    if (slash >= 0) {
      return slashed(s, slash);
    }
    IPAddress a = address(s);
    if (a != null) {
      return Parsed.of(a.toSequentialRange());
    }
    return NAME.matcher(s).matches() ? Parsed.NAME : Parsed.failed(why(s, s));
  }

  private static Parsed slashed(String s, int slash) {
    String left = s.substring(0, slash);
    String right = s.substring(slash + 1);
    IPAddress a = address(left);
    if (a == null) {
      return Parsed.failed(why(s, left));
    }
    if (a.isIPv4() && right.indexOf('.') >= 0) {
      IPAddress mask = address(right);
      return mask != null && mask.isIPv4() ? masked(a, mask, s) : Parsed.failed(DataMessages.sourceMask(s));
    }
    int bits = a.isIPv4() ? 32 : 128;
    if (!right.matches("[0-9]{1,3}") || Integer.parseInt(right) > bits) {
      return Parsed.failed(DataMessages.sourcePrefix(s, bits));
    }
    return Parsed.of(a.toPrefixBlock(Integer.parseInt(right)).toSequentialRange());
  }

  /** The class comment explains the two masks that read both ways. */
  private static Parsed masked(IPAddress a, IPAddress mask, String shown) {
    if (mask.isZero() || mask.isMax()) {
      return Parsed.of(a.isZero() ? ALL_V4 : a.toSequentialRange());
    }
    Integer net = mask.getBlockMaskPrefixLength(true);
    Integer wildcard = mask.getBlockMaskPrefixLength(false);
    Integer bits = net != null ? net : wildcard;
    if (bits == null) {
      return Parsed.failed(DataMessages.sourceMask(shown));
    }
    return Parsed.of(a.toPrefixBlock(bits).toSequentialRange());
  }

  private static Parsed range(String from, String to, String whole) {
    IPAddress lower = address(from);
    if (lower == null) {
      return Parsed.failed(why(whole, from));
    }
    String end = lower.isIPv4() && SHORT_END.matcher(to).matches() ? from.substring(0, from.lastIndexOf('.') + 1) + to
        : to;
    IPAddress upper = address(end);
    if (upper == null) {
      return Parsed.failed(why(whole, end));
    }
    if (upper.isIPv4() != lower.isIPv4()) {
      return Parsed.failed(DataMessages.sourceRangeFamilies(whole));
    }
    return Parsed.of(lower.spanWithRange(upper));
  }

  /** Why {@code part} of token {@code s} is no address, as specific as its shape allows. */
  private static Text why(String s, String part) {
    if (DOTTED.matcher(part).matches()) {
      String[] parts = part.split("\\.", -1);
      if (parts.length != 4) {
        return DataMessages.sourceIpv4Parts(s);
      }
      for (String p : parts) {
        if (p.isEmpty()) {
          return DataMessages.sourceIpv4Parts(s);
        }
        if (p.length() > 3 || Integer.parseInt(p) > 255) {
          return DataMessages.sourceIpv4Range(s);
        }
      }
    }
    if (part.indexOf(':') >= 0) {
      return DataMessages.sourceIpv6(s);
    }
    return DataMessages.sourceUnreadable(s);
  }

  private static SourceError error(Token t, String s) {
    return new SourceError(t.raw, t.offset, why(s, s));
  }

  private static @Nullable IPAddress address(String s) {
    return s.isEmpty() ? null : new IPAddressString(s, ADDRESS).getAddress();
  }

  private static boolean isBareV4(String s) {
    IPAddress a = address(s);
    return a != null && a.isIPv4();
  }

  private static boolean isMask(String s) {
    IPAddress m = address(s);
    return m != null && m.isIPv4()
        && (m.isZero() || m.isMax() || m.getBlockMaskPrefixLength(true) != null
            || m.getBlockMaskPrefixLength(false) != null);
  }

  private static boolean isDash(String s) {
    return s.equals("-") || s.equals("~") || s.equals("〜");
  }

  private static int indexOfTilde(String s) {
    int t = s.indexOf('~');
    return t >= 0 ? t : s.indexOf('〜');
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || isPunctuation(c);
  }

  /** The list separators other than spaces, with their full-width and half-width forms. */
  private static boolean isPunctuation(char c) {
    return SEPARATORS.indexOf(c) >= 0 || c == '，' || c == '；' || c == '､' || c == '･';
  }

  private static String key(String word) {
    return ValueParser.nfkc(word.strip()).toLowerCase(Locale.ROOT);
  }

  private static Map<String, Family> standardWords() {
    Map<String, Family> m = new HashMap<>();
    for (String w : List.of("any", "all", "*", "anywhere", "internet", "全て", "すべて", "全部", "制限なし", "制限無し", "無制限")) {
      m.put(key(w), Family.BOTH);
    }
    m.put("any4", Family.V4);
    m.put("any6", Family.V6);
    return Map.copyOf(m);
  }

  private static IPAddressStringParameters addressParameters() {
    return addressParameters(false);
  }

  private static IPAddressStringParameters addressParameters(boolean prefix) {
    IPAddressStringParameters.Builder b = new IPAddressStringParameters.Builder()
        .allowEmpty(false)
        .allowAll(false)
        .allowSingleSegment(false)
        .allowPrefix(prefix)
        .allowMask(false)
        .allowPrefixOnly(false)
        .allowWildcardedSeparator(false)
        .setRangeOptions(RangeParameters.NO_RANGE)
        .allow_inet_aton(false);
    b.getIPv6AddressParametersBuilder().allowZone(false).allowBase85(false).allowBinary(false);
    b.getIPv4AddressParametersBuilder().allowBinary(false);
    return b.toParams();
  }

  /** A token: as written, after NFKC, its offset, and whether only spaces separate it from the one before. */
  private record Token(String raw, String text, int offset, boolean joined) {}

  /** An item's range, or the reason it is none; both null for a name. */
  private record Parsed(@Nullable IPAddressSeqRange range, @Nullable Text error) {
    static final Parsed NAME = new Parsed(null, null);

    static Parsed of(IPAddressSeqRange range) {
      return new Parsed(range, null);
    }

    static Parsed failed(Text error) {
      return new Parsed(null, error);
    }
  }

  /**
   * A token that is no source.
   *
   * @param token the token as written in the cell (for two or three tokens read together, joined by a space);
   *     empty when a bound was passed
   * @param offset its position in the cell, 0-based, in UTF-16 units of the text as written (before NFKC)
   * @param reason why, in both languages; names the token and its position counted from 1
   */
  public record SourceError(String token, int offset, Text reason) {
    /** Checks every part. */
    public SourceError {
      requireNonNull(token, "token");
      requireNonNull(reason, "reason");
    }

    /** The reason with the position, such as "cannot read source "10.0.0.300" at character 12 …". */
    public Text text() {
      return DataMessages.atCharacter(reason, offset + 1);
    }
  }

  /** A source set, or the error that stopped the reading. */
  public static final class Result {
    private final @Nullable SourceSet sources;
    private final @Nullable SourceError error;

    private Result(@Nullable SourceSet sources, @Nullable SourceError error) {
      this.sources = sources;
      this.error = error;
    }

    static Result of(SourceSet sources) {
      return new Result(sources, null);
    }

    static Result failed(SourceError error) {
      return new Result(null, error);
    }

    /** The set, when the whole cell was read. */
    public Optional<SourceSet> sources() {
      return Optional.ofNullable(sources);
    }

    /** The first token that could not be read, when there was one. */
    public Optional<SourceError> error() {
      return Optional.ofNullable(error);
    }
  }
}
