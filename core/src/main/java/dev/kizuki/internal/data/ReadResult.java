package dev.kizuki.internal.data;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Issue;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * What reading one data file gave besides its rows.
 *
 * @param issues every problem found, in file order, at most {@link CsvDatasetReader#MAX_ISSUES} plus a final
 *     "and N more" issue and the fatal issue, if any
 * @param rows how many rows were passed to the sink
 * @param charset the charset the file was decoded with; empty when it could not be determined
 * @param fatal whether reading stopped before the end of the file (encoding, header, quoting, limits); the
 *     rows already passed to the sink are then only part of the file
 * @param skipped how many records were left out with an issue because their structure was wrong (the wrong
 *     number of fields); blank records are skipped silently and not counted
 */
public record ReadResult(List<Issue> issues, long rows, Optional<Charset> charset, boolean fatal, long skipped) {

  public ReadResult {
    issues = List.copyOf(issues);
    requireNonNull(charset, "charset");
    if (rows < 0 || skipped < 0) {
      throw new IllegalArgumentException("rows and skipped must not be negative, were " + rows + ", " + skipped);
    }
  }

  /** Whether the file was read to the end without any issue. */
  public boolean isClean() {
    return issues.isEmpty() && !fatal;
  }
}
