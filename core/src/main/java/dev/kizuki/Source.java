package dev.kizuki;

import static java.util.Objects.requireNonNull;

/** The document a checklist traces to. {@code published} and {@code url} may be empty. Immutable. */
public record Source(Text title, Text publisher, String published, String url) {

  /** No source: every part empty. */
  public static final Source NONE = new Source(Text.EMPTY, Text.EMPTY, "", "");

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param title as {@link #title()}
   * @param publisher as {@link #publisher()}
   * @param published as {@link #published()}
   * @param url as {@link #url()}
   */
  public Source {
    requireNonNull(title, "title");
    requireNonNull(publisher, "publisher");
    requireNonNull(published, "published");
    requireNonNull(url, "url");
  }
}
