package dev.kizuki.examples.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The respellings the suite generates are the same text after NFKC and case folding, as they claim. */
class AdversarialSpellingsTest {

  @Test
  void everySpelling_sameAfterNfkcAndCaseFolding() {
    for (String s : new String[] {"SAN-STG-01", "active_standby", "2026-11-14", "基幹システム", "ガバナンス・パターン",
        "サンプル保守", "any 0.0.0.0/0"}) {
      for (Spellings spelling : Spellings.values()) {
        assertThat(folded(spelling.apply(s))).as("%s of %s", spelling, s).isEqualTo(folded(s));
      }
    }
  }

  @Test
  void halfWidth_katakanaAndVoicedMarks() {
    assertThat(Spellings.halfWidth("サンプル・ガバナンス")).isEqualTo("ｻﾝﾌﾟﾙ･ｶﾞﾊﾞﾅﾝｽ");
    assertThat(Spellings.fullWidth("NAS-01 a")).isEqualTo("ＮＡＳ－０１\u3000ａ");
  }

  private static String folded(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
