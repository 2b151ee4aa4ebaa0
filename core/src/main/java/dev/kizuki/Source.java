package dev.kizuki;

import static java.util.Objects.requireNonNull;

/** The document a checklist traces to. {@code published} and {@code url} may be empty. Immutable. */
public record Source(Text title, Text publisher, String published, String url) {

  public static final Source NONE = new Source(Text.EMPTY, Text.EMPTY, "", "");

  public Source {
    requireNonNull(title, "title");
    requireNonNull(publisher, "publisher");
    requireNonNull(published, "published");
    requireNonNull(url, "url");
  }
}
