package dev.kizuki.examples.cli;

import dev.kizuki.Answer;
import dev.kizuki.ItemResult;
import dev.kizuki.Outcome;
import dev.kizuki.Text;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** What {@code --fail-on} can name: an outcome that fails the run, or {@code stale} answers. */
enum Gate {
  FAIL,
  CONTRADICTED,
  ERROR,
  UNKNOWN,
  STALE;

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code r} trips this gate. */
  boolean trips(ItemResult r) {
    return this == STALE ? r.answer().map(Answer::stale).orElse(false) : r.outcome() == Outcome.valueOf(name());
  }

  /** One gate name; picocli splits the comma-separated list. */
  static final class Converter implements ITypeConverter<Gate> {
    @Override
    public Gate convert(String value) {
      for (Gate g : values()) {
        if (g.id().equalsIgnoreCase(value.strip())) {
          return g;
        }
      }
      throw new Converters.BadValue(Text.of(
          "fail、contradicted、error、unknown、stale をカンマ区切りで指定してください（指定値: '" + value + "'）",
          "expected fail, contradicted, error, unknown or stale, comma-separated, was '" + value + "'"));
    }
  }
}
