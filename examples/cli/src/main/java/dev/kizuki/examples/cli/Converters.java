package dev.kizuki.examples.cli;

import dev.kizuki.Lang;
import dev.kizuki.ScoringModel;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters whose messages name what is accepted. */
final class Converters {
  private Converters() {}

  /** {@code ja} or {@code en}. */
  static final class LangConverter implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      return parse(value, Lang::ofTag, "ja or en");
    }
  }

  /** A date written {@code yyyy-MM-dd}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return parse(value, LocalDate::parse, "a date written yyyy-MM-dd");
    }
  }

  /** A scoring model id, as {@link ScoringModel#of(String)} takes it. */
  static final class ScoringConverter implements ITypeConverter<ScoringModel> {
    @Override
    public ScoringModel convert(String value) {
      return parse(value, ScoringModel::of, "one of default, flat, flat-unweighted, absolute");
    }
  }

  private static <T> T parse(String value, Function<String, T> parser, String expected) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new TypeConversionException("expected " + expected + ", was '" + value + "'");
    }
  }
}
