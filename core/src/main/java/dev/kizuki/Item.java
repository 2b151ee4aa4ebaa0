package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scored checklist item, traced to lessons and measures of the source.
 *
 * <p>{@code mappings} maps a framework name (such as {@code nist-csf-2.0}) to ids in it. {@code weight} is
 * positive. Immutable.
 */
public record Item(
    String id,
    String category,
    Text title,
    Text question,
    Text rationale,
    Text remediation,
    List<String> lessons,
    List<String> measures,
    Map<String, List<String>> mappings,
    Severity severity,
    double weight,
    List<Parameter> parameters,
    Check check) {

  /**
   * Checks every part and copies the collections (the rules are in the type's comment).
   *
   * @param id as {@link #id()}
   * @param category as {@link #category()}
   * @param title as {@link #title()}
   * @param question as {@link #question()}
   * @param rationale as {@link #rationale()}
   * @param remediation as {@link #remediation()}
   * @param lessons as {@link #lessons()}
   * @param measures as {@link #measures()}
   * @param mappings as {@link #mappings()}
   * @param severity as {@link #severity()}
   * @param weight as {@link #weight()}
   * @param parameters as {@link #parameters()}
   * @param check as {@link #check()}
   */
  public Item {
    requireNonNull(id, "id");
    requireNonNull(category, "category");
    requireNonNull(title, "title");
    requireNonNull(question, "question");
    requireNonNull(rationale, "rationale");
    requireNonNull(remediation, "remediation");
    lessons = List.copyOf(lessons);
    measures = List.copyOf(measures);
    mappings = copyMappings(mappings);
    requireNonNull(severity, "severity");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("item " + id + ": weight must be > 0 and finite but was " + weight);
    }
    parameters = List.copyOf(parameters);
    requireNonNull(check, "check");
  }

  /**
   * A parameter by name.
   *
   * @param name the parameter name
   * @return the parameter, or empty when the item declares none of that name
   */
  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }


  /**
   * A builder of an item in code. Only the check is required; the texts default to empty, the lists and mappings to none, the severity to {@link Severity#MEDIUM} and the weight to 1.
   *
   * @param id the item's id
   * @param category the id of its category
   * @return the builder
   */
  public static Builder builder(String id, String category) {
    return new Builder(requireNonNull(id, "id"), requireNonNull(category, "category"));
  }

  /** Collects an item's parts; not thread-safe. Each setter fails at once on a bad value. */
  public static final class Builder {
    private final String id;
    private final String category;
    private Text title = Text.EMPTY;
    private Text question = Text.EMPTY;
    private Text rationale = Text.EMPTY;
    private Text remediation = Text.EMPTY;
    private final List<String> lessons = new java.util.ArrayList<>();
    private final List<String> measures = new java.util.ArrayList<>();
    private final Map<String, List<String>> mappings = new java.util.LinkedHashMap<>();
    private Severity severity = Severity.MEDIUM;
    private double weight = 1;
    private final List<Parameter> parameters = new java.util.ArrayList<>();
    private @org.jspecify.annotations.Nullable Check check;

    private Builder(String id, String category) {
      this.id = id;
      this.category = category;
    }

    /**
     * The title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(Text title) {
      this.title = requireNonNull(title, "title");
      return this;
    }

    /**
     * The questionnaire question.
     *
     * @param question the question
     * @return this builder
     */
    public Builder question(Text question) {
      this.question = requireNonNull(question, "question");
      return this;
    }

    /**
     * Why the item matters.
     *
     * @param rationale the rationale
     * @return this builder
     */
    public Builder rationale(Text rationale) {
      this.rationale = requireNonNull(rationale, "rationale");
      return this;
    }

    /**
     * What to do when the item is not met.
     *
     * @param remediation the remediation
     * @return this builder
     */
    public Builder remediation(Text remediation) {
      this.remediation = requireNonNull(remediation, "remediation");
      return this;
    }

    /**
     * Adds a lesson the item traces to.
     *
     * @param lessonId the lesson's id in the checklist
     * @return this builder
     */
    public Builder lesson(String lessonId) {
      lessons.add(requireNonNull(lessonId, "lessonId"));
      return this;
    }

    /**
     * Adds a countermeasure the item traces to.
     *
     * @param measureId the measure's id in the checklist
     * @return this builder
     */
    public Builder measure(String measureId) {
      measures.add(requireNonNull(measureId, "measureId"));
      return this;
    }

    /**
     * Maps the item to ids of a framework, replacing an earlier mapping to it.
     *
     * @param framework the framework's name, such as {@code nist-csf-2.0}
     * @param ids the ids in it
     * @return this builder
     */
    public Builder mapping(String framework, List<String> ids) {
      mappings.put(requireNonNull(framework, "framework"), List.copyOf(ids));
      return this;
    }

    /**
     * How bad it is when the item is not met.
     *
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = requireNonNull(severity, "severity");
      return this;
    }

    /**
     * The item's weight in its category.
     *
     * @param weight &gt; 0 and finite
     * @return this builder
     * @throws IllegalArgumentException if {@code weight} is not, naming the item and the value
     */
    public Builder weight(double weight) {
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("item " + id + ": weight must be > 0 and finite but was " + weight);
      }
      this.weight = weight;
      return this;
    }

    /**
     * Adds a parameter a profile may tailor.
     *
     * @param parameter the parameter
     * @return this builder
     */
    public Builder parameter(Parameter parameter) {
      parameters.add(requireNonNull(parameter, "parameter"));
      return this;
    }

    /**
     * How the item is checked (required).
     *
     * @param check the check
     * @return this builder
     */
    public Builder check(Check check) {
      this.check = requireNonNull(check, "check");
      return this;
    }

    /**
     * The item.
     *
     * @return the item
     * @throws IllegalStateException if the check was not given, naming the item
     */
    public Item build() {
      if (check == null) {
        throw new IllegalStateException("item " + id + ": a check is required but none was given");
      }
      return new Item(id, category, title, question, rationale, remediation, lessons, measures, mappings, severity,
          weight, parameters, check);
    }
  }

  private static Map<String, List<String>> copyMappings(Map<String, List<String>> mappings) {
    // Keep the author's order: reports list mappings as written.
    var copy = new java.util.LinkedHashMap<String, List<String>>();
    mappings.forEach((k, v) -> copy.put(requireNonNull(k), List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(copy);
  }
}
