package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A typed column of a dataset.
 *
 * <p>{@code values} is non-empty exactly for {@link ColumnType#ENUM} columns. {@code example} is a sample
 * cell for templates, possibly empty. {@code normalize} says how values compare as identities (join keys,
 * compared names); {@link Normalization#EXACT} unless declared. {@code blank} is what a blank cell means; it
 * must {@linkplain BlankMeaning#fits fit} the type, and a required column (never blank) keeps {@link
 * BlankMeaning#UNKNOWN}. {@code anything} is only for {@link ColumnType#NETWORK} columns: the words that mean
 * "every address" in this column beyond the standard vocabulary (a console whose exports write {@code なし} for
 * "no restriction"); each must be a single word that does not read as an address, which compiling checks.
 * Immutable.
 */
public record Column(
    String name, ColumnType type, boolean required, Text description, List<EnumValue> values, String example,
    Normalization normalize, BlankMeaning blank, List<String> anything) {

  /**
   * Checks every part and copies the collections (the rules are in the type's comment).
   *
   * @param name as {@link #name()}
   * @param type as {@link #type()}
   * @param required as {@link #required()}
   * @param description as {@link #description()}
   * @param values as {@link #values()}
   * @param example as {@link #example()}
   * @param normalize as {@link #normalize()}
   * @param blank as {@link #blank()}
   * @param anything as {@link #anything()}
   */
  public Column {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(description, "description");
    values = List.copyOf(values);
    requireNonNull(example, "example");
    requireNonNull(normalize, "normalize");
    if ((type == ColumnType.ENUM) != !values.isEmpty()) {
      throw new IllegalArgumentException(
          "column " + name + ": enum columns need values and other types take none, was " + type + " with "
              + values.size() + " values");
    }
    requireNonNull(blank, "blank");
    if (!blank.fits(type)) {
      throw new IllegalArgumentException(
          "column " + name + ": a " + type.id() + " column cannot declare blank: " + blank.id());
    }
    if (required && blank != BlankMeaning.UNKNOWN) {
      throw new IllegalArgumentException(
          "column " + name + ": a required column is never blank, so it cannot declare blank: " + blank.id());
    }
    anything = List.copyOf(anything);
    if (type != ColumnType.NETWORK && !anything.isEmpty()) {
      throw new IllegalArgumentException(
          "column " + name + ": only a network column takes words for anything but the type was " + type.id());
    }
  }

  /**
   * A column with only the standard words for "every address".
   *
   * @param name as {@link #name()}
   * @param type as {@link #type()}
   * @param required as {@link #required()}
   * @param description as {@link #description()}
   * @param values as {@link #values()}
   * @param example as {@link #example()}
   * @param normalize as {@link #normalize()}
   * @param blank as {@link #blank()}
   */
  public Column(
      String name, ColumnType type, boolean required, Text description, List<EnumValue> values, String example,
      Normalization normalize, BlankMeaning blank) {
    this(name, type, required, description, values, example, normalize, blank, List.of());
  }

  /**
   * A column whose values compare exactly as written ({@link Normalization#EXACT}) and whose blank cells mean
   * {@link BlankMeaning#UNKNOWN}.
   *
   * @param name as {@link #name()}
   * @param type as {@link #type()}
   * @param required as {@link #required()}
   * @param description as {@link #description()}
   * @param values as {@link #values()}
   * @param example as {@link #example()}
   */
  public Column(
      String name, ColumnType type, boolean required, Text description, List<EnumValue> values, String example) {
    this(name, type, required, description, values, example, Normalization.EXACT, BlankMeaning.UNKNOWN);
  }

  /**
   * A builder of an optional column without description or example.
   *
   * @param name the column name
   * @param type its type
   * @return the builder
   */
  public static Builder builder(String name, ColumnType type) {
    return new Builder(requireNonNull(name, "name"), requireNonNull(type, "type"));
  }

  /** Collects a column's parts; not thread-safe. */
  public static final class Builder {
    private final String name;
    private final ColumnType type;
    private boolean required;
    private Text description = Text.EMPTY;
    private final List<EnumValue> values = new java.util.ArrayList<>();
    private String example = "";
    private Normalization normalize = Normalization.EXACT;
    private BlankMeaning blank = BlankMeaning.UNKNOWN;
    private final List<String> anything = new java.util.ArrayList<>();

    private Builder(String name, ColumnType type) {
      this.name = name;
      this.type = type;
    }

    /**
     * Makes the column required: every row must fill it in.
     *
     * @return this builder
     */
    public Builder required() {
      this.required = true;
      return this;
    }

    /**
     * What the column holds.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(Text description) {
      this.description = requireNonNull(description, "description");
      return this;
    }

    /**
     * Adds an allowed value of an enum column.
     *
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the column is not an enum column, naming it and its type
     */
    public Builder value(EnumValue value) {
      requireNonNull(value, "value");
      if (type != ColumnType.ENUM) {
        throw new IllegalArgumentException(
            "column " + name + ": only an enum column takes values but the type was " + type.id());
      }
      values.add(value);
      return this;
    }

    /**
     * A sample cell for templates.
     *
     * @param example the sample
     * @return this builder
     */
    public Builder example(String example) {
      this.example = requireNonNull(example, "example");
      return this;
    }

    /**
     * How values compare as identities; {@link Normalization#EXACT} unless set.
     *
     * @param normalize the normalization
     * @return this builder
     */
    public Builder normalize(Normalization normalize) {
      this.normalize = requireNonNull(normalize, "normalize");
      return this;
    }

    /**
     * What a blank cell means; {@link BlankMeaning#UNKNOWN} when not set.
     *
     * @param blank the meaning
     * @return this builder
     */
    public Builder blank(BlankMeaning blank) {
      this.blank = requireNonNull(blank, "blank");
      return this;
    }

    /**
     * Adds a word that means "every address" in this network column.
     *
     * @param word the word, as exports write it
     * @return this builder
     * @throws IllegalArgumentException if the column is not a network column, naming it and its type
     */
    public Builder anything(String word) {
      requireNonNull(word, "word");
      if (type != ColumnType.NETWORK) {
        throw new IllegalArgumentException(
            "column " + name + ": only a network column takes words for anything but the type was " + type.id());
      }
      anything.add(word);
      return this;
    }

    /**
     * The column.
     *
     * @return the column
     * @throws IllegalArgumentException if an enum column was given no value, or the blank meaning does not
     *     fit the type or the column is required, naming it
     */
    public Column build() {
      return new Column(name, type, required, description, values, example, normalize, blank, anything);
    }
  }
}
