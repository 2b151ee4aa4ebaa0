package dev.kizuki.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Normalization;
import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityTest {

  @ParameterizedTest
  @ValueSource(strings = {"ＩＴ部", "NAS-01", "ｻﾝﾌﾟﾙ", " a  b ", "株式会社サンプル"})
  void normalize_exact_isTheValueUnchanged(String value) {
    assertThat(Identity.normalize(Normalization.EXACT, value)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ＩＴ部|it部",
        "IT部|it部",
        "ｻﾝﾌﾟﾙ|サンプル",
        "サンプル|サンプル",
        "NAS-01|nas-01",
        "ｎａｓ－０１|nas-01",
        "'  情報\u3000システム   部 '|情報 システム 部",
        "'a\tb\nc'|a b c",
        "\uFEFFstraße|strasse",
        "STRASSE|strasse",
        "STRAẞE|strasse"
      })
  void normalize_text_foldsWidthCaseAndWhitespace(String value, String expected) {
    assertThat(Identity.normalize(Normalization.TEXT, value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "株式会社サンプル保守|サンプル保守",
        "(株)サンプル保守|サンプル保守",
        "（株）サンプル保守|サンプル保守",
        "サンプル保守㈱|サンプル保守",
        "サンプル保守 株式会社|サンプル保守",
        "有限会社サンプル|サンプル",
        "(有)サンプル|サンプル",
        "㈲サンプル|サンプル",
        "合同会社サンプル|サンプル",
        "(同)サンプル|サンプル",
        "一般社団法人サンプル協会|サンプル協会",
        "一般財団法人サンプル財団|サンプル財団",
        "公益社団法人サンプル協会|サンプル協会",
        "公益財団法人サンプル財団|サンプル財団",
        "'Sample Maintenance Co., Ltd.'|sample maintenance",
        "'Sample Maintenance Co.,Ltd.'|sample maintenance",
        "Sample Maintenance Inc.|sample maintenance",
        "Sample Maintenance K.K.|sample maintenance",
        "ＳＡＭＰＬＥ　ＭＡＩＮＴＥＮＡＮＣＥ　ＣＯ．，ＬＴＤ．|sample maintenance",
        "Cisco|cisco",
        "Costco Inc|costco",
        "株式会社|株式会社",
        "Inc.|inc."
      })
  void normalize_organization_dropsCorporateForms(String value, String expected) {
    assertThat(Identity.normalize(Normalization.ORGANIZATION, value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SAN-A/vol1|san-a",
        "SAN-A/vol2|san-a",
        "san-a|san-a",
        "\\\\nas-01\\share|nas-01",
        "//nas-01/share|nas-01",
        "nas-01:/export|nas-01",
        "NAS-01|nas-01",
        "nfs://NAS-01/export|nas-01",
        "smb://nas-01.example.jp/share|nas-01.example.jp",
        "￥￥ｎａｓ－０１￥共有|nas-01",
        "[fe80::1]:/export|[fe80::1]",
        "/export/vol1|/export/vol1"
      })
  void normalize_device_keepsTheDeviceOfAStoragePath(String value, String expected) {
    assertThat(Identity.normalize(Normalization.DEVICE, value)).isEqualTo(expected);
  }

  // Properties.

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars("ABCXYZabcxyz0189-_ ").ofMinLength(1).ofMaxLength(16)
        .map(s -> s.strip().isEmpty() ? "a" + s : s)
        .flatMap(ascii -> Arbitraries.strings().withCharRange('ァ', 'ヶ').ofMaxLength(6).map(kana -> ascii + kana));
  }

  @Property(tries = 500)
  void normalize_everyForm_isIdempotent(@ForAll String any, @ForAll("names") String name) {
    for (Normalization n : Normalization.values()) {
      for (String s : new String[] {any, name, "株式会社" + name + "/vol1"}) {
        String once = Identity.normalize(n, s);

        assertThat(Identity.normalize(n, once)).as("%s of %s", n, s).isEqualTo(once);
      }
    }
  }

  @Property(tries = 500)
  void normalize_widthAndCaseVariants_meet(@ForAll("names") String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    String fullWidth = fullWidth(name);
    String halfWidthKana = halfWidth(name);

    for (Normalization n : new Normalization[] {Normalization.TEXT, Normalization.ORGANIZATION, Normalization.DEVICE}) {
      String expected = Identity.normalize(n, name);
      assertThat(Identity.normalize(n, upper)).as("%s upper of %s", n, name).isEqualTo(expected);
      assertThat(Identity.normalize(n, fullWidth)).as("%s full-width of %s", n, name).isEqualTo(expected);
      assertThat(Identity.normalize(n, halfWidthKana)).as("%s half-width of %s", n, name).isEqualTo(expected);
    }
  }

  /** ASCII letters, digits and signs as their full-width forms (U+FF01–FF5E), space as U+3000. */
  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c == ' ' ? '\u3000' : c > ' ' && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return b.toString();
  }

  /**
   * Katakana as half-width katakana, by the compatibility decomposition of each half-width character (the
   * table NFKC itself uses), voiced marks as separate half-width marks.
   */
  private static String halfWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(HALF.getOrDefault(c, String.valueOf(c)));
    }
    return b.toString();
  }

  private static final java.util.Map<Character, String> HALF = halfWidthTable();

  private static java.util.Map<Character, String> halfWidthTable() {
    java.util.Map<Character, String> m = new java.util.HashMap<>();
    for (char h = '\uFF66'; h <= '\uFF9D'; h++) {
      char full = Normalizer.normalize(String.valueOf(h), Normalizer.Form.NFKC).charAt(0);
      m.putIfAbsent(full, String.valueOf(h));
      for (char[] mark : new char[][] {{'\uFF9E', '\u3099'}, {'\uFF9F', '\u309A'}}) {
        String composed = Normalizer.normalize(full + String.valueOf(mark[1]), Normalizer.Form.NFC);
        if (composed.length() == 1) {
          m.putIfAbsent(composed.charAt(0), h + String.valueOf(mark[0]));
        }
      }
    }
    return m;
  }

  @ParameterizedTest
  @EnumSource(Normalization.class)
  void normalize_blank_staysBlankOrEmpty(Normalization n) {
    assertThat(Identity.normalize(n, "")).isEmpty();
  }
}
