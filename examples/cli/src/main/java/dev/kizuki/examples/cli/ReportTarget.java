package dev.kizuki.examples.cli;

import dev.kizuki.Text;
import dev.kizuki.report.ReportFormat;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;

/**
 * One report of a run, as {@code --report FORMAT[:FILE]} names it: a format, and a file, or stdout when
 * there is none.
 *
 * @param format the report format
 * @param file where to write it; empty for stdout
 */
record ReportTarget(ReportFormat format, Optional<Path> file) {

  /** Parses {@code FORMAT} or {@code FORMAT:FILE}; the format has no colon, so a Windows path may follow it. */
  static final class Converter implements ITypeConverter<ReportTarget> {
    @Override
    public ReportTarget convert(String value) {
      int colon = value.indexOf(':');
      String format = colon < 0 ? value : value.substring(0, colon);
      Optional<Path> file = Optional.empty();
      if (colon >= 0) {
        String name = value.substring(colon + 1);
        if (name.isEmpty()) {
          throw new Converters.BadValue(Text.of("「" + format + ":」の後にファイル名を書いてください（例: json:report.json）",
              "give a file name after '" + format + ":' (for example json:report.json)"));
        }
        file = Optional.of(new Converters.PathConverter().convert(name));
      }
      return new ReportTarget(format(format), file);
    }
  }

  /** A format name alone, for {@code --format}. */
  static final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return format(value);
    }
  }

  /** The format named {@code id}, or a refusal that lists the formats. */
  private static ReportFormat format(String id) {
    try {
      return ReportFormat.of(id);
    } catch (IllegalArgumentException e) {
      throw new Converters.BadValue(Text.of("レポート形式「" + id + "」はありません。形式: " + known(),
          "unknown report format '" + id + "'. Formats: " + known()));
    }
  }

  private static String known() {
    StringBuilder sb = new StringBuilder();
    for (ReportFormat f : ReportFormat.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(f.id().toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }
}
