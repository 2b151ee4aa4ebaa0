package dev.kizuki.internal.engine;

/**
 * A CharSequence that counts reads and gives up after a budget, so that a pathological regex (catastrophic
 * backtracking) costs bounded CPU: java.util.regex reads its input only through charAt.
 */
final class BudgetedChars implements CharSequence {
  static final class BudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetExceeded() {
      super(null, null, false, false);
    }
  }

  private final String text;
  private final long[] budget;
  private final int start;
  private final int end;

  BudgetedChars(String text, long maxReads) {
    this(text, new long[] {maxReads}, 0, text.length());
  }

  private BudgetedChars(String text, long[] budget, int start, int end) {
    this.text = text;
    this.budget = budget;
    this.start = start;
    this.end = end;
  }

  @Override
  public char charAt(int index) {
    if (--budget[0] < 0) {
      throw new BudgetExceeded();
    }
    return text.charAt(start + index);
  }

  @Override
  public int length() {
    return end - start;
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    return new BudgetedChars(text, budget, start + from, start + to);
  }

  @Override
  public String toString() {
    return text.substring(start, end);
  }
}
