package dev.kizuki.internal.data;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kizuki.Issue;
import dev.kizuki.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EncodingsTest {

  private static final String CSV = "system_id,name,criticality\nSYS-001,会計システム,高\n";

  private final List<Row> rows = new ArrayList<>();

  private ReadResult read(byte[] bytes, @Nullable Charset explicit) throws IOException {
    return read(new ByteArrayInputStream(bytes), explicit);
  }

  private ReadResult read(InputStream in, @Nullable Charset explicit) throws IOException {
    return new CsvDatasetReader(Limits.defaults()).read(TestSchemas.systems(), "systems.csv", in, explicit, rows::add);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private void assertReadCleanly(ReadResult r, Charset expected) {
    assertThat(r.issues()).isEmpty();
    assertThat(r.fatal()).isFalse();
    assertThat(r.charset()).contains(expected);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).values()).startsWith("SYS-001", "会計システム", "high");
  }

  @Test
  void read_utf8WithoutBom_isUtf8() throws IOException {
    assertReadCleanly(read(CSV.getBytes(UTF_8), null), UTF_8);
  }

  @Test
  void read_utf8WithBom_stripsTheBomFromTheFirstHeader() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/data/systems-utf8-bom.csv")) {
      ReadResult r = read(in, null);

      assertThat(r.isClean()).as(r.issues().toString()).isTrue();
      assertThat(r.charset()).contains(UTF_8);
      assertThat(rows.get(0).values()).startsWith("SYS-001", "会計システム", "medium");
    }
  }

  @Test
  void read_utf16LeWithBom_isUtf16Le() throws IOException {
    assertReadCleanly(read(concat(bytes(0xFF, 0xFE), CSV.getBytes(UTF_16LE)), null), UTF_16LE);
  }

  @Test
  void read_utf16BeWithBom_isUtf16Be() throws IOException {
    assertReadCleanly(read(concat(bytes(0xFE, 0xFF), CSV.getBytes(UTF_16BE)), null), UTF_16BE);
  }

  @Test
  void read_windows31jFileFromExcel_isDetectedNotMangled() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/data/systems-windows31j.csv")) {
      ReadResult r = read(in, null);

      assertThat(r.isClean()).as(r.issues().toString()).isTrue();
      assertThat(r.charset()).contains(Encodings.WINDOWS_31J);
      // ソ and 表 end in 0x5C, ① and ～ exist only in Windows-31J, not in JIS Shift_JIS.
      assertThat(rows.get(0).values())
          .containsExactly("SYS-001", "表計算ソフト①～", "high", true, LocalDate.of(2020, 1, 5), 3L,
              new java.math.BigDecimal("1234.5"));
      assertThat(rows.get(1).value(1)).isEqualTo("販売管理\r\nシステム");
      assertThat(rows.get(1).line()).isEqualTo(3);
      assertThat(rows).allSatisfy(row -> assertThat(row.toString()).doesNotContain("\uFFFD"));
    }
  }

  @Test
  void read_explicitEncoding_overridesDetection() throws IOException {
    byte[] latin1 = "system_id,name,criticality\nSYS-001,café,high\n".getBytes(ISO_8859_1);

    ReadResult r = read(latin1, ISO_8859_1);

    assertThat(r.isClean()).isTrue();
    assertThat(r.charset()).contains(ISO_8859_1);
    assertThat(rows.get(0).value(1)).isEqualTo("café");
  }

  @Test
  void read_explicitUtf8WithBom_stillStripsTheBom() throws IOException {
    ReadResult r = read(concat(bytes(0xEF, 0xBB, 0xBF), CSV.getBytes(UTF_8)), UTF_8);

    assertReadCleanly(r, UTF_8);
  }

  @Test
  void read_explicitUtf8ForAShiftJisFile_failsInsteadOfReplacing() throws IOException {
    byte[] sjis = CSV.getBytes(Encodings.WINDOWS_31J);

    ReadResult r = read(sjis, UTF_8);

    assertThat(r.fatal()).isTrue();
    assertThat(rows).isEmpty();
    assertThat(r.issues()).extracting(Issue::toString)
        .containsExactly("systems.csv:2:9: expected valid UTF-8, found the bytes 0x89 (byte offset 35); save the file"
            + " as UTF-8 or pass its encoding explicitly");
  }

  @Test
  void read_neitherUtf8NorWindows31j_isFatal() throws IOException {
    byte[] latin1 = "system_id,name,criticality\nSYS-001,café,high\n".getBytes(ISO_8859_1);

    ReadResult r = read(latin1, null);

    assertThat(r.fatal()).isTrue();
    assertThat(r.rows()).isZero();
    Issue issue = r.issues().get(0);
    assertThat(r.issues()).hasSize(1);
    // Issue 17: placed at line:column (here the é of café), not only at a byte offset of the whole file.
    assertThat(issue.toString())
        .isEqualTo("systems.csv:2:12: could not determine the encoding: expected UTF-8 or Windows-31J (Shift_JIS)"
            + " text, found the bytes 0xE9, which are neither (byte offset 38); save as UTF-8 or pass an explicit"
            + " encoding");
    assertThat(issue.message().ja()).startsWith("文字コードを判定できませんでした。");
  }

  @Test
  void read_utf16WithoutBom_isFatalMentioningUtf16() throws IOException {
    ReadResult r = read(CSV.getBytes(UTF_16LE), null);

    assertThat(r.fatal()).isTrue();
    assertThat(r.issues()).extracting(Issue::toString)
        .containsExactly("systems.csv:1:2: expected text, found a NUL character (U+0000); the file looks like UTF-16"
            + " without a byte order mark: save it as UTF-8 or pass its encoding explicitly");
  }

  @Test
  void read_utf8CharacterCutByTheSniffBoundary_isStillUtf8() throws IOException {
    String header = "system_id,name,criticality\n";
    StringBuilder csv = new StringBuilder(header);
    // Pad so that the 3-byte 会 starts at byte SNIFF_BYTES - 1 and straddles the boundary.
    String start = "SYS-001,";
    int pad = Encodings.SNIFF_BYTES - 1 - header.length() - start.length();
    csv.append(start).append("x".repeat(pad)).append("会,high\n");
    byte[] b = csv.toString().getBytes(UTF_8);
    assertThat(b[Encodings.SNIFF_BYTES - 1] & 0xFF).isEqualTo(0xE4);

    ReadResult r = read(b, null);

    assertThat(r.isClean()).as(r.issues().toString()).isTrue();
    assertThat(r.charset()).contains(UTF_8);
    assertThat((String) rows.get(0).value(1)).endsWith("x会");
  }

  @Test
  void read_windows31jCharacterCutByTheSniffBoundary_isStillWindows31j() throws IOException {
    String header = "system_id,name,criticality\n";
    String start = "SYS-001,会計";
    int used = (header + start).getBytes(Encodings.WINDOWS_31J).length;
    // Pad so that the 2-byte 表 starts at byte SNIFF_BYTES - 1.
    String csv = header + start + "x".repeat(Encodings.SNIFF_BYTES - 1 - used) + "表,high\n";
    byte[] b = csv.getBytes(Encodings.WINDOWS_31J);
    assertThat(b[Encodings.SNIFF_BYTES - 1] & 0xFF).isEqualTo(0x95);

    ReadResult r = read(b, null);

    assertThat(r.isClean()).as(r.issues().toString()).isTrue();
    assertThat(r.charset()).contains(Encodings.WINDOWS_31J);
    assertThat((String) rows.get(0).value(1)).startsWith("会計x").endsWith("x表");
  }

  @Test
  void read_malformedBytesAfterTheSniffedBlock_isFatalNamingTheLine() throws IOException {
    StringBuilder csv = new StringBuilder("system_id,name,criticality\n");
    int line = 1;
    while (csv.length() < Encodings.SNIFF_BYTES + 1000) {
      line++;
      csv.append("SYS-").append(line).append(",名前,high\n");
    }
    byte[] good = csv.toString().getBytes(UTF_8);
    byte[] b = concat(good, "BAD,ab".getBytes(UTF_8), bytes(0xFF), ",high\nLAST,z,low\n".getBytes(UTF_8));

    ReadResult r = read(b, null);

    assertThat(r.fatal()).isTrue();
    assertThat(r.rows()).isEqualTo(line - 1);
    assertThat(r.issues()).extracting(Issue::toString)
        .containsExactly("systems.csv:" + (line + 1) + ":7: expected valid UTF-8, found the bytes 0xFF (byte offset "
            + String.format("%,d", good.length + 6) + "); save the file as UTF-8 or pass its encoding explicitly");
    assertThat(r.issues().get(0).message().ja()).startsWith("UTF-8として正しいバイト列が必要ですが、0xFFでした（");
  }

  @Test
  void open_detectedEncoding_reportsCharsetAndDecodes() throws IOException {
    Encodings.Decoded d = Encodings.open(new ByteArrayInputStream("ａ,b".getBytes(Encodings.WINDOWS_31J)), null);

    assertThat(d.charset()).isEqualTo(Encodings.WINDOWS_31J);
    try (Reader reader = d.reader()) {
      char[] buf = new char[10];
      assertThat(new String(buf, 0, reader.read(buf))).isEqualTo("ａ,b");
    }
  }

  @Test
  void open_undeterminable_failsAtTheFirstBadByteWhenRead() throws IOException {
    Encodings.Decoded d = Encodings.open(new ByteArrayInputStream(bytes('a', 0x80, 'b')), null);

    char[] buf = new char[10];
    try (Reader reader = d.reader()) {
      assertThat(reader.read(buf)).isEqualTo(1); // the "a" before the bad byte
      assertThatThrownBy(() -> reader.read(buf))
          .isInstanceOf(ReadFailure.class)
          .hasMessageStartingWith("could not determine the encoding")
          .hasMessageContaining("0x80");
    }
  }

  /** Issue 17: a NUL was accepted silently after a byte order mark; it is refused in every encoding path. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"UTF-8 BOM", "UTF-8", "UTF-16LE BOM", "UTF-16BE BOM",
      "explicit UTF-8", "windows-31j"})
  void read_nulInATextCell_isFatalAtItsLineAndColumn(String path) throws IOException {
    String text = "system_id,name,criticality\nSYS-001,a\u0000b,high\n";
    byte[] data = switch (path) {
      case "UTF-8 BOM" -> concat(bytes(0xEF, 0xBB, 0xBF), text.getBytes(UTF_8));
      case "UTF-16LE BOM" -> concat(bytes(0xFF, 0xFE), text.getBytes(UTF_16LE));
      case "UTF-16BE BOM" -> concat(bytes(0xFE, 0xFF), text.getBytes(UTF_16BE));
      case "windows-31j" -> text.getBytes(Encodings.WINDOWS_31J);
      default -> text.getBytes(UTF_8);
    };

    ReadResult r = read(data, path.startsWith("explicit") ? UTF_8 : null);

    assertThat(r.fatal()).isTrue();
    assertThat(r.issues()).extracting(Issue::toString)
        .containsExactly("systems.csv:2:10: expected text, found a NUL character (U+0000)");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void open_emptyStream_isUtf8() throws IOException {
    assertThat(Encodings.open(new ByteArrayInputStream(new byte[0]), null).charset()).isEqualTo(UTF_8);
  }
}
