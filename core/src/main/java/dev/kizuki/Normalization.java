package dev.kizuki;

/**
 * How the values of a column are compared as identities: as join keys, and where two rows must name the same
 * or different things (the same department, two storage copies on different devices). Declared per column;
 * {@link #EXACT} by default.
 */
public enum Normalization {
  /** The text as written, after trimming. */
  EXACT,
  /**
   * NFKC, case folded (Locale.ROOT), trimmed, inner whitespace (including U+3000) collapsed to one space:
   * {@code ＩＴ部} is {@code IT部}, {@code ｻﾝﾌﾟﾙ} is {@code サンプル}, {@code NAS-01} is {@code nas-01}.
   */
  TEXT,
  /**
   * {@link #TEXT} without the corporate forms Japanese and English names carry: 株式会社, (株), ㈱, 有限会社,
   * 合同会社, 一般社団法人 … and Co., Ltd., Inc., K.K.; {@code 株式会社サンプル保守} is {@code サンプル保守㈱}.
   */
  ORGANIZATION,
  /**
   * {@link #TEXT} cut to the device a storage path names: {@code SAN-A/vol1} and {@code SAN-A/vol2} are
   * {@code san-a}; {@code \\nas-01\share} and {@code nas-01:/export} are {@code nas-01}.
   */
  DEVICE;

  /**
   * The name used in checklist files.
   *
   * @return the lower-case name
   */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
