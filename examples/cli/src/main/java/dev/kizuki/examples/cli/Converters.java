package dev.kizuki.examples.cli;

import dev.kizuki.Lang;
import dev.kizuki.ScoringModel;
import dev.kizuki.Text;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters whose messages, in both languages, name what is accepted. */
final class Converters {
  private Converters() {}

  /** A refused option value; {@link Kizuki} shows {@link #text} in the user's language. */
  static final class BadValue extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    final transient Text text;

    BadValue(Text text) {
      super(text.en());
      this.text = text;
    }
  }

  /** {@code ja} or {@code en}. */
  static final class LangConverter implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      return parse(value, Lang::ofTag, Text.of("ja または en", "ja or en"));
    }
  }

  /** A date in any of the forms the data takes (2026-04-01, 2026/4/1, 2026年4月1日, 令和8年4月1日, R8.4.1). */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return CliDates.parse(value).orElseThrow(() -> new BadValue(CliDates.refusal(value)));
    }
  }

  /** A scoring model id, as {@link ScoringModel#of(String)} takes it. */
  static final class ScoringConverter implements ITypeConverter<ScoringModel> {
    @Override
    public ScoringModel convert(String value) {
      return parse(value, ScoringModel::of, Text.of("default、flat、flat-unweighted、absolute のいずれか",
          "one of default, flat, flat-unweighted, absolute"));
    }
  }

  /**
   * A path; under a C or POSIX locale the JVM cannot name files with Japanese characters, which is said
   * plainly with the way out (the launcher sets a UTF-8 locale itself).
   */
  static final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new BadValue(unnameable(value));
      }
    }
  }

  /** Why {@code path} cannot be used: the platform's file-name encoding cannot hold it. */
  static Text unnameable(String path) {
    String enc = System.getProperty("sun.jnu.encoding", "?");
    return Text.of(
        "パス「" + path + "」はこの環境の文字コード（" + enc + "）では扱えません。配布物の bin/kizuki から実行するか、"
            + "LC_ALL=C.UTF-8 などの UTF-8 ロケールを設定してください。",
        "the path '" + path + "' cannot be named in this environment's file-name encoding (" + enc + "): run"
            + " the distribution's bin/kizuki, or set a UTF-8 locale such as LC_ALL=C.UTF-8.");
  }

  private static <T> T parse(String value, Function<String, T> parser, Text expected) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw new BadValue(Text.of(expected.ja() + "を指定してください（指定値: '" + value + "'）",
          "expected " + expected.en() + ", was '" + value + "'"));
    }
  }
}
