package dev.kizuki;

import static java.util.Objects.requireNonNull;

import dev.kizuki.internal.engine.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A checklist as data: items traced to a source, the categories they are scored in and the datasets their
 * rules read. Load one with {@link ChecklistLoader} or build one in code with {@link #builder}; compile it
 * with {@link CompiledChecklist#compile(Checklist)} before assessing.
 *
 * <p>Immutable and thread-safe. Two checklists are equal when all their parts are. Building checks only
 * nullness; ids, cross-references and rules are checked by compiling. A loaded checklist remembers the
 * compilation that checked it, so compiling it with the loader's {@link Limits} does no work twice.
 */
public final class Checklist {
  private final String id;
  private final String version;
  private final Text title;
  private final Text description;
  private final Source source;
  private final List<IncidentCase> cases;
  private final List<SourceRef> lessons;
  private final List<SourceRef> measures;
  private final List<Category> categories;
  private final List<DatasetSchema> datasets;
  private final List<Item> items;
  /** What the loader compiled this checklist to; not a part: it takes no part in equality. */
  private final @Nullable Program program;

  private Checklist(Builder b) {
    this.id = b.id;
    this.version = b.version;
    this.title = b.title;
    this.description = b.description;
    this.source = b.source;
    this.cases = List.copyOf(b.cases);
    this.lessons = List.copyOf(b.lessons);
    this.measures = List.copyOf(b.measures);
    this.categories = List.copyOf(b.categories);
    this.datasets = List.copyOf(b.datasets);
    this.items = List.copyOf(b.items);
    this.program = null;
  }

  private Checklist(Checklist parts, @Nullable Program program) {
    this.id = parts.id;
    this.version = parts.version;
    this.title = parts.title;
    this.description = parts.description;
    this.source = parts.source;
    this.cases = parts.cases;
    this.lessons = parts.lessons;
    this.measures = parts.measures;
    this.categories = parts.categories;
    this.datasets = parts.datasets;
    this.items = parts.items;
    this.program = program;
  }

  /**
   * A builder of a checklist in code. The texts default to empty, the source to {@link Source#NONE} and
   * every list to none.
   *
   * @param id the checklist's id
   * @param version its version
   * @return the builder
   */
  public static Builder builder(String id, String version) {
    return new Builder(requireNonNull(id, "id"), requireNonNull(version, "version"));
  }

  /** Collects a checklist's parts in order; not thread-safe, and {@link #build} may be called more than once. */
  public static final class Builder {
    private final String id;
    private final String version;
    private Text title = Text.EMPTY;
    private Text description = Text.EMPTY;
    private Source source = Source.NONE;
    private final List<IncidentCase> cases = new ArrayList<>();
    private final List<SourceRef> lessons = new ArrayList<>();
    private final List<SourceRef> measures = new ArrayList<>();
    private final List<Category> categories = new ArrayList<>();
    private final List<DatasetSchema> datasets = new ArrayList<>();
    private final List<Item> items = new ArrayList<>();

    private Builder(String id, String version) {
      this.id = id;
      this.version = version;
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
     * What the checklist is for.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(Text description) {
      this.description = requireNonNull(description, "description");
      return this;
    }

    /**
     * The publication the checklist is drawn from.
     *
     * @param source the source
     * @return this builder
     */
    public Builder source(Source source) {
      this.source = requireNonNull(source, "source");
      return this;
    }

    /**
     * Adds an incident case of the source.
     *
     * @param incidentCase the case
     * @return this builder
     */
    public Builder incidentCase(IncidentCase incidentCase) {
      cases.add(requireNonNull(incidentCase, "incidentCase"));
      return this;
    }

    /**
     * Adds a lesson of the source.
     *
     * @param lesson the lesson
     * @return this builder
     */
    public Builder lesson(SourceRef lesson) {
      lessons.add(requireNonNull(lesson, "lesson"));
      return this;
    }

    /**
     * Adds a countermeasure of the source.
     *
     * @param measure the measure
     * @return this builder
     */
    public Builder measure(SourceRef measure) {
      measures.add(requireNonNull(measure, "measure"));
      return this;
    }

    /**
     * Adds a category items are scored in.
     *
     * @param category the category
     * @return this builder
     */
    public Builder category(Category category) {
      categories.add(requireNonNull(category, "category"));
      return this;
    }

    /**
     * Adds the schema of a dataset rules read.
     *
     * @param dataset the schema
     * @return this builder
     */
    public Builder dataset(DatasetSchema dataset) {
      datasets.add(requireNonNull(dataset, "dataset"));
      return this;
    }

    /**
     * Adds an item.
     *
     * @param item the item
     * @return this builder
     */
    public Builder item(Item item) {
      items.add(requireNonNull(item, "item"));
      return this;
    }

    /**
     * The checklist, with the parts added so far.
     *
     * @return the checklist
     */
    public Checklist build() {
      return new Checklist(this);
    }
  }

  /** This checklist, remembering {@code compiled}, the program its loader compiled it to. */
  Checklist withProgram(Program compiled) {
    return new Checklist(this, requireNonNull(compiled, "compiled"));
  }

  /** This checklist with other categories and items and no remembered program (a tailored checklist). */
  Checklist withItems(List<Category> newCategories, List<Item> newItems) {
    Builder b = builder(id, version).title(title).description(description).source(source);
    b.cases.addAll(cases);
    b.lessons.addAll(lessons);
    b.measures.addAll(measures);
    b.categories.addAll(newCategories);
    b.datasets.addAll(datasets);
    b.items.addAll(newItems);
    return b.build();
  }

  /** The program the loader compiled this checklist to, if it was loaded. */
  Optional<Program> program() {
    return Optional.ofNullable(program);
  }

  /**
   * The checklist's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The checklist's version.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The title.
   *
   * @return the title
   */
  public Text title() {
    return title;
  }

  /**
   * What the checklist is for.
   *
   * @return the description, empty if none
   */
  public Text description() {
    return description;
  }

  /**
   * The publication the checklist is drawn from.
   *
   * @return the source, {@link Source#NONE} if none
   */
  public Source source() {
    return source;
  }

  /**
   * The incident cases of the source.
   *
   * @return the cases, in order
   */
  public List<IncidentCase> cases() {
    return cases;
  }

  /**
   * The lessons of the source.
   *
   * @return the lessons, in order
   */
  public List<SourceRef> lessons() {
    return lessons;
  }

  /**
   * The countermeasures of the source.
   *
   * @return the measures, in order
   */
  public List<SourceRef> measures() {
    return measures;
  }

  /**
   * The categories items are scored in.
   *
   * @return the categories, in order
   */
  public List<Category> categories() {
    return categories;
  }

  /**
   * The schemas of the datasets rules read.
   *
   * @return the schemas, in order
   */
  public List<DatasetSchema> datasets() {
    return datasets;
  }

  /**
   * The items.
   *
   * @return the items, in order
   */
  public List<Item> items() {
    return items;
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

  /**
   * Whether {@code o} is a checklist with equal parts; a remembered compilation does not count.
   *
   * @param o the object to compare with
   * @return true if every part is equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof Checklist c && id.equals(c.id) && version.equals(c.version)
        && title.equals(c.title) && description.equals(c.description) && source.equals(c.source)
        && cases.equals(c.cases) && lessons.equals(c.lessons) && measures.equals(c.measures)
        && categories.equals(c.categories) && datasets.equals(c.datasets) && items.equals(c.items));
  }

  /**
   * A hash of the parts, consistent with {@link #equals}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return Objects.hash(id, version, title, description, source, cases, lessons, measures, categories, datasets,
        items);
  }

  /**
   * The parts, as a record would show them.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Checklist[id=" + id + ", version=" + version + ", title=" + title + ", description=" + description
        + ", source=" + source + ", cases=" + cases + ", lessons=" + lessons + ", measures=" + measures
        + ", categories=" + categories + ", datasets=" + datasets + ", items=" + items + "]";
  }
}
