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
      throw new IllegalArgumentException("item " + id + ": weight must be positive and finite, was " + weight);
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

  private static Map<String, List<String>> copyMappings(Map<String, List<String>> mappings) {
    // Keep the author's order: reports list mappings as written.
    var copy = new java.util.LinkedHashMap<String, List<String>>();
    mappings.forEach((k, v) -> copy.put(requireNonNull(k), List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(copy);
  }
}
