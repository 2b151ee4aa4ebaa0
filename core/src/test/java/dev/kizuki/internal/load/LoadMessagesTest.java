package dev.kizuki.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Limits;
import dev.kizuki.Text;
import org.junit.jupiter.api.Test;

class LoadMessagesTest {
  private static final Limits LIMITS = Limits.defaults().withMaxChecklistChars(2000);

  /** The parser's own wording, such as "from `StreamReadConstraints.getMaxDocumentLength()`", reached users. */
  @Test
  void tooLarge_parserMessages_areNeverShown() {
    for (String method : new String[] {"getMaxDocumentLength", "getMaxStringLength", "getMaxNameLength",
        "getMaxNumberLength", "getMaxNestingDepth", "getMaxTokenCount"}) {
      Text t = LoadMessages.tooLarge(LIMITS, jackson("Some length", 2050, 2000, method));
      assertThat(t.en() + t.ja()).doesNotContain("StreamReadConstraints", "exceeds the maximum allowed", "2050");
    }
  }

  @Test
  void tooLarge_documentLength_namesTheLimitAndItsConfiguredValue() {
    Text t = LoadMessages.tooLarge(LIMITS, jackson("Document length", 2050, 2000, "getMaxDocumentLength"));
    assertThat(t.en()).isEqualTo("the document is too large: the limit is 2000 characters (maxChecklistChars)");
    assertThat(t.ja()).isEqualTo("文書が大きすぎます（上限 2000 文字、maxChecklistChars）");
  }

  @Test
  void tooLarge_otherParserLimits_nameTheLimitAndItsValue() {
    assertThat(LoadMessages.tooLarge(LIMITS, jackson("String value length", 2001, 1000, "getMaxStringLength")).en())
        .isEqualTo("a string is too long: the limit is 1000 characters");
    assertThat(LoadMessages.tooLarge(LIMITS, jackson("Number value length", 101, 100, "getMaxNumberLength")).ja())
        .isEqualTo("数値の桁数が多すぎます（上限 100 桁）");
    assertThat(LoadMessages.tooLarge(LIMITS, jackson("Name length", 50001, 50000, "getMaxNameLength")).en())
        .isEqualTo("a key is too long: the limit is 50000 characters");
    assertThat(LoadMessages.tooLarge(LIMITS, jackson("Token count", 9, 8, "getMaxTokenCount")).en())
        .isEqualTo("the document is too large or too complex to read");
  }

  @Test
  void tooLarge_nestingDepth_isOurOwnNestingMessage() {
    assertThat(LoadMessages.tooLarge(LIMITS, "nesting depth").en()).isEqualTo("nesting is too deep: the limit is 64 levels");
  }

  /** A message in the form Jackson 3 gives for a {@code StreamConstraintsException}. */
  private static String jackson(String what, long found, long allowed, String method) {
    return what + " (" + found + ") exceeds the maximum allowed (" + allowed + ", from `StreamReadConstraints."
        + method + "()`)";
  }
}
