package dev.kizuki.internal.data;

import dev.kizuki.Text;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Every message text of this package, in one place so they stay consistent: "expected X, found Y", with the
 * found text quoted ("…" in English, 「…」 in Japanese) and cut to {@value #MAX_SHOWN} characters.
 */
public final class DataMessages {

  static final int MAX_SHOWN = 50;
  /** How much of a file that is not ours (no header of ours) a message may quote. */
  static final int MAX_SHOWN_FOREIGN = 8;

  // What each column type expects.
  static final Text STRING = Text.of("文字列", "a text");
  static final Text INTEGER = Text.of("整数", "an integer");
  static final Text DECIMAL = Text.of("数値", "a number");
  static final Text BOOLEAN =
      Text.of(
          "はい・いいえを表す語（true/false、yes/no、y/n、1/0、はい/いいえ、○/×、有/無、あり/なし、済/未、on/off）",
          "a yes/no word (true/false, yes/no, y/n, 1/0, はい/いいえ, ○/×, 有/無, あり/なし, 済/未, on/off)");
  static final Text DATE =
      Text.of(
          "日付（yyyy-MM-dd、yyyy/M/d、令和2年1月5日 などの和暦）",
          "a date (yyyy-MM-dd, yyyy/M/d or a Japanese era date such as 令和2年1月5日)");
  static final Text NETWORK =
      Text.of(
          "送信元の一覧（IPアドレス、10.0.0.0/8 などのCIDR、アドレスとマスク、10.0.0.1-10.0.0.20 などの範囲、ホスト名、any・全て・制限なし などの語）",
          "a list of sources (IP addresses, CIDR such as 10.0.0.0/8, address and mask, ranges such as "
              + "10.0.0.1-10.0.0.20, host names, words such as any, 全て or 制限なし)");

  // Reasons given after the found value.
  static final Text NO_SUCH_DAY = Text.of("存在しない日付です", "no such day");
  static final Text TOO_LARGE = Text.of("整数として大きすぎます", "too large for an integer");
  static final Text BAD_GROUPING =
      Text.of("桁区切りのカンマは3桁ごとに置きます", "thousands separators must group exactly three digits");

  private DataMessages() {}

  static Text enumExpected(List<String> valuesWithSynonyms) {
    return Text.of(
        String.join("、", valuesWithSynonyms) + " のいずれか",
        "one of " + String.join(", ", valuesWithSynonyms));
  }

  /** "high (高, H)" for a value with synonyms. */
  static String enumValue(String value, List<String> synonyms) {
    return synonyms.isEmpty() ? value : value + " (" + String.join(", ", synonyms) + ")";
  }

  static Text eraRange(String jaEra, String enEra, String from, @Nullable String to) {
    return to == null
        ? Text.of(jaEra + "は" + from + "からです", enEra + " dates start on " + from)
        : Text.of(jaEra + "は" + from + "から" + to + "までです", enEra + " dates run from " + from + " to " + to);
  }

  static Text invalidValue(Text expected, String found, @Nullable Text reason) {
    return Text.of(
        expected.ja() + "が必要ですが、" + ja(found) + "でした" + (reason == null ? "" : "（" + reason.ja() + "）"),
        "expected " + expected.en() + ", found " + en(found) + (reason == null ? "" : " (" + reason.en() + ")"));
  }

  static Text blankRequired(Text expected) {
    return Text.of(
        expected.ja() + "が必要ですが、空欄でした（必須の列です）",
        "expected " + expected.en() + ", found a blank cell (the column is required)");
  }

  static Text cellTooLong(int max, int found) {
    return Text.of(
        "項目は最大" + num(max) + "文字ですが、" + num(found) + "文字でした",
        "expected a field of at most " + num(max) + " characters, found " + num(found));
  }

  static Text valueUnderUnnamedColumn(String found) {
    return Text.of(
        "名前のない列には空欄が必要ですが、" + ja(found) + "でした",
        "expected an empty cell under a column without a name, found " + en(found));
  }

  static Text fieldCount(int expected, int found) {
    return Text.of(
        "見出し行と同じ" + num(expected) + "個の項目が必要ですが、" + num(found) + "個でした（この行は読み飛ばします）",
        "expected " + num(expected) + " fields as in the header, found " + num(found) + " (the row is skipped)");
  }

  // Header.

  static Text emptyFile(List<String> columns) {
    return Text.of(
        "列名の見出し行（" + list(columns) + "）が必要ですが、空のファイルでした",
        "expected a header line naming the columns (" + list(columns) + "), found an empty file");
  }

  /**
   * A first line that names none of our columns: the file may be anything (a link to a password file), so
   * only its first {@value #MAX_SHOWN_FOREIGN} characters are shown.
   */
  static Text noHeader(List<String> columns, String foundLine) {
    String shown = shown(foundLine, MAX_SHOWN_FOREIGN);
    return Text.of(
        "列名の見出し行（" + list(columns) + "）が必要ですが、「" + shown + "」で始まる行でした",
        "expected a header line naming the columns (" + list(columns) + "), found a line starting \"" + shown + "\"");
  }

  static Text unknownColumn(List<String> columns, String found, @Nullable String caseInsensitiveMatch) {
    String hintJa =
        caseInsensitiveMatch == null
            ? ""
            : "（「" + caseInsensitiveMatch + "」のことですか？列名は大文字と小文字を区別します）";
    String hintEn =
        caseInsensitiveMatch == null
            ? ""
            : " (did you mean \"" + caseInsensitiveMatch + "\"? column names are case-sensitive)";
    return Text.of(
        "列（" + list(columns) + "）のいずれかが必要ですが、未知の列" + ja(found) + "でした" + hintJa,
        "expected one of the columns (" + list(columns) + "), found unknown column " + en(found) + hintEn);
  }

  static Text duplicateColumn(String name, int firstPosition) {
    return Text.of(
        "列名は一度ずつ必要ですが、" + ja(name) + "が重複していました（最初は" + firstPosition + "列目）",
        "expected each column once, found " + en(name) + " again (first in column " + firstPosition + ")");
  }

  static Text blankHeader() {
    return Text.of(
        "列名が必要ですが、見出しが空欄でした（名前のない列は末尾の空の列だけ許されます）",
        "expected a column name, found a blank header cell (only trailing empty columns may be unnamed)");
  }

  static Text missingRequiredColumn(String name) {
    return Text.of(
        "必須の列" + ja(name) + "が必要ですが、見出し行にありませんでした",
        "expected the required column " + en(name) + ", found no such column in the header");
  }

  // Structure and limits (fatal).

  static Text unclosedQuote() {
    return Text.of(
        "ここから始まる項目を閉じる引用符（\"）が必要ですが、ファイルの終わりに達しました",
        "expected a closing quote (\") for the field that starts here, found the end of the file");
  }

  static Text trailingData(String found) {
    return Text.of(
        "閉じる引用符の後にはカンマか行末が必要ですが、" + ja(found) + "でした",
        "expected a comma or the end of the line after a closing quote, found " + en(found));
  }

  static Text csvSyntax(String detail) {
    return Text.of(
        "正しいCSVが必要ですが、読めませんでした（" + detail + "）", "expected valid CSV, found an error (" + detail + ")");
  }

  static Text fieldTooLong(int max) {
    return Text.of(
        "項目は最大" + num(max) + "文字ですが、それより長い項目がありました（引用符が閉じられていない可能性があります）",
        "expected a field of at most " + num(max) + " characters, found a longer one (is a quote left open?)");
  }

  static Text recordTooLong(long max) {
    return Text.of(
        "1行は最大" + num(max) + "文字ですが、それより長い行がありました",
        "expected a row of at most " + num(max) + " characters, found a longer one");
  }

  static Text tooManyFields(int max) {
    return Text.of(
        "1行の項目は最大" + num(max) + "個ですが、それより多くありました",
        "expected at most " + num(max) + " fields in a row, found more");
  }

  static Text fileTooLarge(long max) {
    return Text.of(
        "ファイルは最大" + num(max) + "バイトですが、それより大きいファイルでした",
        "expected a file of at most " + num(max) + " bytes, found a larger one");
  }

  // Encoding (fatal).

  static Text malformed(String charset, String bytes, long offset) {
    return Text.of(
        charset + "として正しいバイト列が必要ですが、" + bytes + "でした（" + num(offset)
            + "バイト目）。UTF-8で保存するか、文字コードを明示してください",
        "expected valid " + charset + ", found the bytes " + bytes + " (byte offset " + num(offset)
            + "); save the file as UTF-8 or pass its encoding explicitly");
  }

  static Text undeterminedEncoding(String bytes, long offset) {
    return Text.of(
        "文字コードを判定できませんでした。UTF-8かWindows-31J（Shift_JIS）の文字が必要ですが、どちらでもないバイト列 " + bytes
            + " でした（" + num(offset) + "バイト目）。UTF-8で保存するか、文字コードを明示してください",
        "could not determine the encoding: expected UTF-8 or Windows-31J (Shift_JIS) text, found the bytes " + bytes
            + ", which are neither (byte offset " + num(offset) + "); save as UTF-8 or pass an explicit encoding");
  }

  static Text nulCharacter(boolean looksLikeUtf16) {
    return looksLikeUtf16
        ? Text.of("文字が必要ですが、NUL文字（U+0000）でした。BOMのないUTF-16のようです。UTF-8で保存するか、文字コードを明示してください",
            "expected text, found a NUL character (U+0000); the file looks like UTF-16 without a byte order mark:"
                + " save it as UTF-8 or pass its encoding explicitly")
        : Text.of("文字が必要ですが、NUL文字（U+0000）でした", "expected text, found a NUL character (U+0000)");
  }

  // Files (before any byte is read).

  /** A dataset's name on something that is not a regular file: a folder, a FIFO, a device or a socket. */
  public static Text notAFile(boolean directory) {
    return directory
        ? Text.of("ファイルが必要ですが、フォルダでした", "expected a file, found a folder")
        : Text.of("通常のファイルが必要ですが、デバイス・FIFO・ソケットなどの特殊ファイルでした",
            "expected a regular file, found a special file (a device, FIFO or socket)");
  }

  /** A link in a confined folder that leads outside it (see {@code Inputs.confined()}). */
  public static Text linkOutsideFolder() {
    return Text.of("フォルダの外を指すリンクのため読みませんでした", "not read: a link that leads outside the folder");
  }

  /**
   * A failed file operation in our words: the kind of failure, never the exception's text (which carries the
   * platform's wording and the path; the caller names the file).
   */
  public static Text ioFailure(java.io.IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return Text.of("ファイルがありません", "no such file");
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return Text.of("読み取りの権限がありません", "permission denied");
    }
    if (e instanceof java.nio.file.NotDirectoryException) {
      return Text.of("フォルダが必要ですが、ファイルでした", "expected a folder, found a file");
    }
    if (e instanceof java.nio.file.FileSystemLoopException) {
      return Text.of("リンクが循環しています", "the links form a loop");
    }
    return Text.of("ファイルを読めません（入出力エラー）", "cannot read the file (input/output error)");
  }

  static Text moreIssues(long more, int kept) {
    return Text.of(
        "ほかに" + num(more) + "件の問題があります（最初の" + num(kept) + "件のみ表示）",
        "and " + num(more) + " more issues (only the first " + num(kept) + " are listed)");
  }

  // Formatting.

  static String en(String found) {
    return "\"" + shown(found) + "\"";
  }

  static String ja(String found) {
    return "「" + shown(found) + "」";
  }

  /** The text with control characters made visible, cut to {@value #MAX_SHOWN} characters plus "…". */
  static String shown(String s) {
    return shown(s, MAX_SHOWN);
  }

  private static String shown(String s, int max) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), max) + 8);
    int count = 0;
    for (int i = 0; i < s.length(); ) {
      if (count == max) {
        return sb.append('…').toString();
      }
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      count++;
      switch (cp) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (invisible(cp)) {
            sb.append(String.format(Locale.ROOT, "<U+%04X>", cp));
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    }
    return sb.toString();
  }

  /** Characters a reader would not see: controls, format characters (BOM, zero-width), separators, lone surrogates. */
  static boolean invisible(int cp) {
    int type = Character.getType(cp);
    return Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
        || (Character.isWhitespace(cp) && cp != ' ') || cp == 0x00A0 || cp == 0x3164 || cp == 0x115F || cp == 0x1160;
  }

  static String list(List<String> names) {
    return String.join(", ", names);
  }

  // Network sources (NetworkSources): "cannot read source "…" as an address (why)".

  private static Text source(String found, String whyJa, String whyEn) {
    return Text.of(
        "送信元" + ja(found) + "をアドレスとして読めません（" + whyJa + "）",
        "cannot read source " + en(found) + " as an address (" + whyEn + ")");
  }

  static Text sourceIpv4Range(String found) {
    return source(found, "IPv4 の各部は 0〜255", "each IPv4 part is 0-255");
  }

  static Text sourceIpv4Parts(String found) {
    return source(found, "IPv4 アドレスは「.」で区切った4つの数です", "an IPv4 address is four numbers separated by \".\"");
  }

  static Text sourceIpv6(String found) {
    return source(found, "IPv6 アドレスの形ではありません", "not in the form of an IPv6 address");
  }

  static Text sourcePrefix(String found, int bits) {
    String family = bits == 32 ? "IPv4" : "IPv6";
    return source(found, family + " のプレフィックス長は 0〜" + bits, family + " prefix lengths are 0-" + bits);
  }

  static Text sourceMask(String found) {
    return source(found, "マスクは 1 のビットが左に連続するネットマスクか、右に連続するワイルドカードマスクです",
        "a mask is a netmask, its one-bits on the left, or a wildcard mask, its one-bits on the right");
  }

  static Text sourceRangeFamilies(String found) {
    return source(found, "範囲の両端は同じ種類（IPv4 か IPv6）のアドレスです", "both ends of a range are IPv4 or both IPv6");
  }

  static Text sourceUnreadable(String found) {
    return source(found, "アドレス、CIDR、範囲、ホスト名、any などの語のいずれでもありません",
        "not an address, CIDR block, range, host name or a word such as any");
  }

  static Text sourceAmbiguous(String found) {
    return Text.of(
        "送信元" + ja(found) + "は「すべて許可」とも「送信元なし」とも読めます。この列で意味を宣言するか、any やアドレスで書いてください",
        "source " + en(found) + " can mean \"anything\" or \"no source\"; declare its meaning for this column, or write"
            + " any or the addresses");
  }

  static Text sourcesTooLong(int max) {
    return Text.of("送信元の一覧は最大" + num(max) + "文字までしか読みません", "a list of sources is read up to " + num(max) + " characters only");
  }

  static Text tooManySources(int max) {
    return Text.of("送信元は1つの項目に最大" + num(max) + "個までしか読みません", "at most " + num(max) + " sources are read from one cell");
  }

  /** {@code reason} after the position it applies to, counted from 1. */
  static Text atCharacter(Text reason, int position) {
    return Text.of(num(position) + "文字目：" + reason.ja(), "at character " + num(position) + ": " + reason.en());
  }

  static String num(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
