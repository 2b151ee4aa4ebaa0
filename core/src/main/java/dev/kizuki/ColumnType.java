package dev.kizuki;

/** The type of a dataset column or an item parameter. */
public enum ColumnType {
  /** Any text. */
  STRING,
  /** A whole number (full-width digits accepted), held as {@code Long}. */
  INTEGER,
  /** A decimal number, held as {@code BigDecimal}. */
  DECIMAL,
  /** A closed vocabulary of true/false words (true/false, yes/no, はい/いいえ, ○/×, 有/無 …), held as {@code Boolean}. */
  BOOLEAN,
  /** A calendar date ({@code yyyy-MM-dd}, {@code yyyy/M/d} or a Japanese era form), held as {@code LocalDate}. */
  DATE,
  /** One of the column's declared values or their synonyms, held as the canonical value {@code String}. */
  ENUM,
  /**
   * The network sources a firewall, NAT or ACL rule admits: IPv4/IPv6 addresses, CIDR blocks, address and
   * netmask, ranges and the vendor words for "anything" (any, any4, 全て, 制限なし …), as a list; held as an
   * immutable source set. Host names are kept as names and never resolved.
   */
  NETWORK;

  /**
   * The name used in checklist files.
   *
   * @return the lower-case name
   */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
