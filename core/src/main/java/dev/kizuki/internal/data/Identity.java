package dev.kizuki.internal.data;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Normalization;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one normalization of identities: join keys and compared names go through {@link #normalize} with their
 * column's {@link Normalization}, so that two spellings of one department, company or device meet. Stateless
 * and thread-safe; every form is idempotent.
 *
 * <ul>
 *   <li>{@code exact}: the value unchanged (cells arrive trimmed from {@link ValueParser}).
 *   <li>{@code text}: NFKC; case folded as upper then lower case in Locale.ROOT (so ß and SS meet, and a
 *       Turkish locale changes nothing); format characters (BOM, zero-width space) dropped; whitespace
 *       (including U+3000) trimmed and each inner run made one space. {@code ＩＴ部} = {@code IT部},
 *       {@code ｻﾝﾌﾟﾙ} = {@code サンプル}, {@code NAS-01} = {@code nas-01}.
 *   <li>{@code organization}: {@code text}, then every Japanese corporate form removed wherever it stands
 *       ({@link #JAPANESE_FORMS}; NFKC has already made （株） and ㈱ into (株)), then trailing English forms
 *       (Co., Ltd. / Co. Ltd / Ltd / Inc / Corp / Corporation / Limited / LLC / K.K. / G.K., with or without
 *       dots and commas). A name that is nothing but a form keeps its {@code text} form, so that it does not
 *       become empty and meet every other such name.
 *   <li>{@code device}: {@code text}, then the device part of a storage path: a leading {@code scheme://}
 *       ({@code nfs://}, {@code smb://}) or UNC {@code \\} or {@code //} is dropped, a bracketed IPv6 literal
 *       is kept whole, and the rest is cut at the first {@code /}, {@code \}, {@code ¥} (how Japanese Windows
 *       shows the backslash; NFKC makes ￥ into ¥) or {@code :}. {@code SAN-A/vol1} → {@code san-a},
 *       {@code \\nas-01\share} → {@code nas-01}, {@code nas-01:/export} → {@code nas-01}. A path that names no
 *       device ({@code /export/vol1}) keeps its whole {@code text} form: the rule that compares devices must
 *       treat it as unknown.
 * </ul>
 */
public final class Identity {

  /** The Japanese corporate forms {@code organization} removes, after NFKC and case folding. */
  static final List<String> JAPANESE_FORMS = List.of(
      "特定非営利活動法人", "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人", "株式会社", "有限会社",
      "合同会社", "合名会社", "合資会社", "(株)", "(有)", "(同)", "(名)", "(資)", "(社)", "(財)", "(一社)", "(一財)",
      "(公社)", "(公財)", "(特非)");

  private static final Pattern ENGLISH_FORMS = Pattern.compile(
      "(?:[\\s,]*\\b(?:co\\.?\\s*,?\\s*ltd\\.?|ltd\\.?|inc\\.?|corp\\.?|corporation|limited|llc|k\\.?\\s?k\\.?"
          + "|g\\.?\\s?k\\.?|co\\.?))+$");
  private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");

  private Identity() {}

  /**
   * {@code value} in the form {@code normalize} compares (the class comment has each form).
   *
   * @param normalize the column's normalization
   * @param value a cell, key or literal
   * @return the comparable form
   */
  public static String normalize(Normalization normalize, String value) {
    requireNonNull(value, "value");
    return switch (requireNonNull(normalize, "normalize")) {
      case EXACT -> value;
      case TEXT -> text(value);
      case ORGANIZATION -> organization(value);
      case DEVICE -> {
        String d = device(value);
        yield d == null ? text(value) : d;
      }
    };
  }

  /**
   * {@code value} as an identity to compare in form {@code normalize}, or null when it names none in that
   * form: a storage path with no device ({@code /export/vol1}) cannot show that two copies sit on different
   * devices, so a rule must read it as unknown, never as a device of its own.
   *
   * @param normalize the column's normalization
   * @param value a cell, key or literal
   * @return the comparable form ({@link #normalize}), or null
   */
  public static @Nullable String identity(Normalization normalize, String value) {
    return normalize == Normalization.DEVICE ? device(requireNonNull(value, "value")) : normalize(normalize, value);
  }

  private static String fold(String value) {
    return ValueParser.nfkc(ValueParser.nfkc(value).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
  }

  static String text(String value) {
    // Folding can leave a form NFKC changes (İ → i̇), hence NFKC on both sides of it; and one fold can leave
    // a form a second fold changes (ẞ → ß → ss), hence folding until nothing changes (twice at most in
    // practice; bounded all the same).
    String s = fold(value);
    for (int n = 0; n < 4; n++) {
      String again = fold(s);
      if (again.equals(s)) {
        break;
      }
      s = again;
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.FORMAT) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(c);
    }
    return out.toString();
  }

  private static String organization(String value) {
    String t = text(value);
    String s = t;
    for (String form : JAPANESE_FORMS) {
      s = s.replace(form, " ");
    }
    s = ENGLISH_FORMS.matcher(text(s)).replaceAll("");
    s = text(s);
    return s.isEmpty() ? t : s;
  }

  private static @Nullable String device(String value) {
    String t = text(value);
    String s = SCHEME.matcher(t).replaceFirst("");
    if (s.startsWith("\\\\") || s.startsWith("//") || s.startsWith("¥¥")) {
      s = s.substring(2);
    }
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      return close > 0 ? s.substring(0, close + 1) : null;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' || c == '\\' || c == '¥' || c == ':') {
        return i == 0 ? null : text(s.substring(0, i));
      }
    }
    return s.isEmpty() ? null : s;
  }
}
