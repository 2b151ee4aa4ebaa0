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

  public Optional<Item> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  public Optional<Category> category(String categoryId) {
    return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
  }

  public Optional<DatasetSchema> dataset(String datasetId) {
    return datasets.stream().filter(d -> d.id().equals(datasetId)).findFirst();
  }

  public Optional<SourceRef> lesson(String lessonId) {
    return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
  }

  public Optional<SourceRef> measure(String measureId) {
    return measures.stream().filter(m -> m.id().equals(measureId)).findFirst();
  }

  public Optional<IncidentCase> incidentCase(String caseId) {
    return cases.stream().filter(c -> c.id().equals(caseId)).findFirst();
  }
}
