package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A checklist as data: items traced to a source, the categories they are scored in and the datasets their
 * rules read. Build one with {@link ChecklistLoader} or in code; compile it with {@link
 * CompiledChecklist#compile(Checklist)} before assessing. Immutable and thread-safe; the constructor checks
 * only nullness, cross-references are checked by compiling.
 */
public record Checklist(
    String id,
    String version,
    Text title,
    Text description,
    Source source,
    List<IncidentCase> cases,
    List<SourceRef> lessons,
    List<SourceRef> measures,
    List<Category> categories,
    List<DatasetSchema> datasets,
    List<Item> items) {

  /**
   * Checks every part and copies the collections (the rules are in the type's comment).
   *
   * @param id as {@link #id()}
   * @param version as {@link #version()}
   * @param title as {@link #title()}
   * @param description as {@link #description()}
   * @param source as {@link #source()}
   * @param cases as {@link #cases()}
   * @param lessons as {@link #lessons()}
   * @param measures as {@link #measures()}
   * @param categories as {@link #categories()}
   * @param datasets as {@link #datasets()}
   * @param items as {@link #items()}
   */
  public Checklist {
    requireNonNull(id, "id");
    requireNonNull(version, "version");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(source, "source");
    cases = List.copyOf(cases);
    lessons = List.copyOf(lessons);
    measures = List.copyOf(measures);
    categories = List.copyOf(categories);
    datasets = List.copyOf(datasets);
    items = List.copyOf(items);
  }

  /**
   * An item by id.
   *
   * @param itemId the id
   * @return the item, or empty when there is none
   */
  public Optional<Item> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /**
   * A category by id.
   *
   * @param categoryId the id
   * @return the category, or empty when there is none
   */
  public Optional<Category> category(String categoryId) {
    return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
  }

  /**
   * A dataset by id.
   *
   * @param datasetId the id
   * @return its schema, or empty when there is none
   */
  public Optional<DatasetSchema> dataset(String datasetId) {
    return datasets.stream().filter(d -> d.id().equals(datasetId)).findFirst();
  }

  /**
   * A lesson by id.
   *
   * @param lessonId the id
   * @return the lesson, or empty when there is none
   */
  public Optional<SourceRef> lesson(String lessonId) {
    return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
  }

  /**
   * A countermeasure by id.
   *
   * @param measureId the id
   * @return the measure, or empty when there is none
   */
  public Optional<SourceRef> measure(String measureId) {
    return measures.stream().filter(m -> m.id().equals(measureId)).findFirst();
  }

  /**
   * An incident case by id.
   *
   * @param caseId the id
   * @return the case, or empty when there is none
   */
  public Optional<IncidentCase> incidentCase(String caseId) {
    return cases.stream().filter(c -> c.id().equals(caseId)).findFirst();
  }
}
