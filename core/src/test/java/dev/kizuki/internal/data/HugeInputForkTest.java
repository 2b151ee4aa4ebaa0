package dev.kizuki.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, limits: a 1 GiB CSV stream with an unterminated quote is rejected at the field limit by a JVM with a
 * 256 MiB heap: no {@link OutOfMemoryError}, no reading to the end, in seconds. Forked so the heap is really
 * that small (the test JVM's is not).
 */
class HugeInputForkTest {

  @Test
  void read_oneGibUnclosedQuoteIn256MibHeap_failsAtTheFieldLimit() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), HugeUnclosedQuote.class.getName());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();

    boolean ended = p.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(ended).as("ended within 60 s: %s", out).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).doesNotContain("OutOfMemoryError", "Exception")
        .contains("fatal=true rows=0")
        .contains("huge.csv:2:3: expected a field of at most 65,536 characters, found a longer one");
    long served = Long.parseLong(out.replaceAll("(?s).*served=(\\d+).*", "$1"));
    assertThat(served).as("bytes read of %d", HugeUnclosedQuote.SIZE).isLessThan(1L << 20);
  }
}
