package dev.kizuki.internal.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the report's two inline SVG charts: a radar of category scores (one axis per category, 0
 * to 100) and a bar chart of how many items have each status. Coordinates are computed with {@link
 * StrictMath} and written with one decimal, so the SVG is the same on every platform.
 */
public final class Charts {
  /** Radar size: the viewBox is {@code SIZE} wide and high, the outer ring has radius {@code RADIUS}. */
  static final double SIZE = 360;

  static final double RADIUS = 110;
  private static final double CENTER = SIZE / 2;

  private Charts() {}

  /** A point on the radar, with where its label goes. */
  public record Axis(String x, String y, String labelX, String labelY, String anchor, String title, String score) {}

  /**
   * The radar chart: the radii of the grid circles at 25, 50, 75 and 100 (circles, so that a checklist with
   * one or two categories still gets a readable grid), the axes, and the polygon of the scores.
   */
  public record Radar(String size, String center, List<String> rings, List<Axis> axes, String scores, List<Axis> points) {
    /** The viewBox: the square plus room on both sides for long category names (Japanese ones are). */
    public String viewBox() {
      return f(-LABEL_MARGIN) + " 0 " + f(SIZE + 2 * LABEL_MARGIN) + " " + f(SIZE);
    }
  }

  /** Room left and right of the radar for its labels. */
  static final double LABEL_MARGIN = 130;

  /** One bar: its status, label, count, and geometry. */
  public record Bar(String id, String label, long count, String y, String width, String textY, String countX) {}

  /** The bar chart of item statuses. */
  public record Bars(String width, String height, String labelWidth, String barX, List<Bar> bars) {}

  static Radar radar(List<ReportView.CategoryView> categories) {
    int n = categories.size();
    List<String> rings = new ArrayList<>();
    for (int ring = 1; ring <= 4; ring++) {
      rings.add(f(RADIUS * ring / 4));
    }
    List<Axis> axes = new ArrayList<>();
    List<Axis> points = new ArrayList<>();
    StringBuilder scores = new StringBuilder();
    for (int i = 0; i < n; i++) {
      ReportView.CategoryView c = categories.get(i);
      double angle = angle(i, n);
      double cos = StrictMath.cos(angle);
      double sin = StrictMath.sin(angle);
      String anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
      double ly = CENTER + (RADIUS + 18) * sin + (sin > 0.3 ? 10 : sin < -0.3 ? -4 : 4);
      axes.add(new Axis(f(CENTER + RADIUS * cos), f(CENTER + RADIUS * sin), f(CENTER + (RADIUS + 12) * cos),
          f(ly), anchor, c.title(), c.score()));
      double r = RADIUS * clamp(c.value()) / 100;
      point(scores, i, n, r);
      points.add(new Axis(f(CENTER + r * cos), f(CENTER + r * sin), "", "", anchor, c.title(), c.score()));
    }
    return new Radar(f(SIZE), f(CENTER), List.copyOf(rings), List.copyOf(axes), scores.toString(), List.copyOf(points));
  }

  static Bars bars(List<ReportView.OutcomeCount> outcomes) {
    double labelWidth = 130;
    double barMax = 180;
    double rowHeight = 26;
    long max = 1;
    for (ReportView.OutcomeCount o : outcomes) {
      max = Math.max(max, o.count());
    }
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      ReportView.OutcomeCount o = outcomes.get(i);
      double w = barMax * o.count() / max;
      double y = 6 + i * rowHeight;
      bars.add(new Bar(o.id(), o.label(), o.count(), f(y), f(w), f(y + 14), f(labelWidth + w + 6)));
    }
    return new Bars(f(labelWidth + barMax + 40), f(12 + outcomes.size() * rowHeight), f(labelWidth - 8), f(labelWidth),
        List.copyOf(bars));
  }

  /** Axis {@code i} of {@code n} starts at the top and goes clockwise. */
  private static double angle(int i, int n) {
    return -StrictMath.PI / 2 + 2 * StrictMath.PI * i / n;
  }

  private static void point(StringBuilder sb, int i, int n, double r) {
    double angle = angle(i, n);
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(f(CENTER + r * StrictMath.cos(angle))).append(',').append(f(CENTER + r * StrictMath.sin(angle)));
  }

  private static double clamp(double score) {
    return Math.max(0, Math.min(100, score));
  }

  /** An SVG coordinate, with one decimal. */
  static String f(double v) {
    // Avoid "-0.0" for coordinates that round to zero from below.
    String s = Numbers.fixed(v, 1);
    return s.equals("-0.0") ? "0.0" : s;
  }
}
