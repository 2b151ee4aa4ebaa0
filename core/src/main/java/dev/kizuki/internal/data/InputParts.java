package dev.kizuki.internal.data;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Inputs;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The two kinds of {@link Inputs.Part}. Internal so that callers add data only through {@link Inputs.Builder}
 * and the engine can tell the kinds apart without them being API.
 */
public final class InputParts {
  private InputParts() {}

  /** A CSV file, read with {@code encoding} when given, else with the detected encoding. */
  public record CsvPart(Path path, Optional<Charset> encoding) implements Inputs.Part {
    public CsvPart {
      requireNonNull(path, "path");
      requireNonNull(encoding, "encoding");
    }

    @Override
    public String source() {
      Path name = path.getFileName();
      return name == null ? path.toString() : name.toString();
    }
  }

  /**
   * Rows built in code: a header of column names and rows of cells as text (null or "" for blank), parsed
   * with the same rules as CSV cells. Line numbers in evidence count the header as line 1.
   */
  public record RowsPart(String source, List<String> header, List<List<String>> rows) implements Inputs.Part {
    public RowsPart {
      requireNonNull(source, "source");
      header = List.copyOf(header);
      List<List<String>> copy = new ArrayList<>(rows.size());
      for (List<String> row : rows) {
        // Cells may be null (blank); List.copyOf would reject that.
        copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
      }
      rows = Collections.unmodifiableList(copy);
    }
  }
}
