package dev.kizuki.internal.data;

import dev.kizuki.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Run by {@link HugeInputForkTest} in a JVM with a 256 MiB heap: reads a generated 1 GiB CSV stream whose
 * first data field opens a quote that never closes, with the default limits, and prints the outcome. Exit
 * code 0 when reading stopped with the field-limit issue, 1 otherwise.
 */
public final class HugeUnclosedQuote {
  static final long SIZE = 1L << 30;

  private HugeUnclosedQuote() {}

  public static void main(String[] args) throws IOException {
    GeneratedStream in = new GeneratedStream("system_id,name,criticality\nA,\"".getBytes(StandardCharsets.UTF_8), SIZE);
    long start = System.nanoTime();
    ReadResult r = new CsvDatasetReader(Limits.defaults()).read(TestSchemas.systems(), "huge.csv", in, null, row -> { });
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("fatal=" + r.fatal() + " rows=" + r.rows() + " served=" + in.served + " millis=" + millis);
    r.issues().forEach(i -> System.out.println(i));
    boolean ok = r.fatal() && r.issues().size() == 1
        && r.issues().get(0).message().en().startsWith("expected a field of at most 65,536 characters");
    System.exit(ok ? 0 : 1);
  }
}
