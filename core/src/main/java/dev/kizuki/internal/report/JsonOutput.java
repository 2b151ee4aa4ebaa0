package dev.kizuki.internal.report;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON layout of the report and the diff: two-space indents, {@code "key": value}, {@code \n} ends. */
public final class JsonOutput {
  private JsonOutput() {}

  /** Made on first use, so that a run that writes no JSON does not build a mapper. */
  private static final class Holder {
    static final ObjectWriter WRITER;

    static {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(
          Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
      WRITER = JsonMapper.builder().build().writer().with(pretty);
    }
  }

  /** The shared, thread-safe pretty-printing writer. */
  public static ObjectWriter pretty() {
    return Holder.WRITER;
  }
}
