package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Lang;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, determinism: every writer gives the same bytes (as UTF-8) whatever the JVM's default locale and time
 * zone. The default charset cannot change inside a running JVM, so core's pom runs this test (and the golden
 * tests, which compare with the same files) a second time under ja_JP, Windows-31J and Asia/Tokyo.
 */
class DeterminismTest {
  private static final List<Locale> LOCALES = List.of(Locale.ROOT, Locale.US, Locale.JAPAN,
      Locale.forLanguageTag("ja-JP-u-ca-japanese-nu-fullwide"), Locale.forLanguageTag("tr-TR"),
      Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN-u-nu-deva"));
  private static final List<String> ZONES = List.of("UTC", "Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati");

  @Test
  void write_anyDefaultLocaleAndZone_sameBytes() throws IOException {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      for (ReportFormat format : ReportFormat.values()) {
        for (Lang lang : Lang.values()) {
          Locale.setDefault(Locale.ROOT);
          TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
          byte[] reference = bytes(format, lang);
          for (Locale l : LOCALES) {
            for (String z : ZONES) {
              Locale.setDefault(l);
              TimeZone.setDefault(TimeZone.getTimeZone(z));
              assertThat(bytes(format, lang)).as("%s %s under %s %s", format, lang, l, z).isEqualTo(reference);
            }
          }
        }
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  /** Under the second surefire run the defaults really are Japanese Windows ones, so the golden runs mean something. */
  @Test
  void defaults_areTheOnesThisRunWasAskedFor() {
    String expected = System.getProperty("file.encoding");
    assertThat(java.nio.charset.Charset.defaultCharset().name()).isEqualToIgnoringCase(
        expected.equalsIgnoreCase("windows-31j") ? "windows-31j" : expected);
  }

  private static byte[] bytes(ReportFormat format, Lang lang) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      format.writer().write(ReportSamples.mini(), lang, w);
      format.writer().write(ReportSamples.payloads(ReportSamples.corpus("reports/payloads.txt")), lang, w);
    }
    return out.toByteArray();
  }
}
