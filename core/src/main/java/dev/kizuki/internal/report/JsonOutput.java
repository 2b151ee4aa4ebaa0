package dev.kizuki.internal.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON layout of the report and the diff: two-space indents, {@code "key": value}, {@code \n} ends. */
public final class JsonOutput {
  /** The {@code format} field of the JSON report, {@code kizuki-report/1}. */
  public static final String REPORT_FORMAT = "kizuki-report/1";

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

  /**
   * Writes {@code tree} pretty-printed and a final newline to {@code out}, flushing but not closing it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(JsonNode tree, Writer out) throws IOException {
    try {
      pretty().writeValue(new NonClosing(out), tree);
      out.write('\n');
      out.flush();
    } catch (JacksonException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Keeps Jackson from closing the caller's writer. */
  private static final class NonClosing extends FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
