package dev.kizuki;

import static java.util.Objects.requireNonNull;

import dev.kizuki.internal.data.InputParts;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data to assess: for each dataset, one or more parts (CSV files or in-memory rows), assessed as if
 * concatenated. Parts of one dataset may come from different sites or exports; results do not depend on how
 * the data is split. Nothing is read until an assessment runs. Immutable.
 *
 * <p>{@link #directory(Path)} takes {@code <dataset>.csv} for every dataset of the checklist, and {@code
 * answers.csv} for questionnaire answers, from one folder. Whatever bears such a name must be a regular file:
 * a folder, FIFO or device named {@code systems.csv} is reported as unreadable data, never taken as absent.
 * By default links are followed wherever they lead, as command-line tools do; a service that assesses
 * folders uploaded by others passes {@link Links#STAY_INSIDE} so that a link to, say, a password file is
 * refused rather than read and quoted back.
 *
 * <p>A dataset with no rows is not taken as proof that nothing exists unless it is declared complete (see
 * {@link Declaration}): in the folder's {@value #MANIFEST}, read when assessing, or with {@link
 * Builder#declareComplete(String, String, LocalDate, String)}. A problem in that file is a data issue of the
 * assessment, and then none of its declarations is used.
 */
public final class Inputs {

  /**
   * One piece of a dataset's data: a CSV file or rows built in code, added with the {@link Builder}. Not
   * meant to be implemented outside kizuki.
   */
  public interface Part {
    /**
     * The name shown in evidence and errors.
     *
     * @return a file name, or a label for in-memory rows
     */
    String source();
  }

  /** Whether a dataset file of a {@link #directory(Path, Links)} may be a link leading outside the folder. */
  public enum Links {
    /** Read what links point to, wherever it is (the default; what the CLI does). */
    FOLLOW,
    /**
     * Refuse a file whose real path, every link resolved, is outside the folder: its dataset is unreadable
     * ("not read: a link that leads outside the folder") and its items are ERROR.
     */
    STAY_INSIDE
  }

  /** The name of the data folder's manifest (format {@code kizuki-inputs/1}), read by {@link #directory(Path)}. */
  public static final String MANIFEST = "kizuki-inputs.yaml";

  private final Optional<Path> directory;
  private final Links links;
  private final Map<String, List<Part>> parts;
  private final List<Declaration> declarations;

  private Inputs(Optional<Path> directory, Links links, Map<String, List<Part>> parts,
      List<Declaration> declarations) {
    this.directory = directory;
    this.links = links;
    this.declarations = List.copyOf(declarations);
    Map<String, List<Part>> copy = new LinkedHashMap<>();
    parts.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.parts = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Every {@code <dataset>.csv} (and {@code answers.csv}) in a folder; a file that is absent is missing data.
   * The folder's {@value #MANIFEST}, when present, is read with the files.
   *
   * @param dir the folder
   * @return the inputs, links followed
   */
  public static Inputs directory(Path dir) {
    return directory(dir, Links.FOLLOW);
  }

  /**
   * As {@link #directory(Path)}, with links followed or kept inside {@code dir} as {@code links} says.
   *
   * @param dir the folder
   * @param links how links are treated
   * @return the inputs
   */
  public static Inputs directory(Path dir, Links links) {
    return new Inputs(Optional.of(requireNonNull(dir, "dir")), requireNonNull(links, "links"), Map.of(), List.of());
  }

  /**
   * A builder of inputs from files and rows built in code.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The folder given to {@link #directory(Path)}.
   *
   * @return the folder, or empty when these inputs were built
   */
  public Optional<Path> directory() {
    return directory;
  }

  /**
   * How links in {@link #directory()} are treated.
   *
   * @return the treatment; {@link Links#FOLLOW} for built inputs
   */
  public Links links() {
    return links;
  }

  /**
   * The parts given for a dataset with the builder (a directory's files are found when assessing).
   *
   * @param dataset the dataset id
   * @return its parts, in the order given; empty when none
   */
  public List<Part> parts(String dataset) {
    return parts.getOrDefault(dataset, List.of());
  }

  /**
   * The datasets given parts with the builder.
   *
   * @return their ids, in the order first given
   */
  public List<String> datasets() {
    return List.copyOf(parts.keySet());
  }

  /**
   * The declarations made with the builder (a directory's {@value #MANIFEST} is read when assessing).
   *
   * @return the declarations, in the order made; empty when none
   */
  public List<Declaration> declarations() {
    return declarations;
  }

  /** Collects parts and declarations; not thread-safe. */
  public static final class Builder {
    private final Map<String, List<Part>> parts = new LinkedHashMap<>();
    private final List<Declaration> declarations = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a CSV file as a part of a dataset, its encoding detected.
     *
     * @param dataset the dataset id
     * @param file the file
     * @return this builder
     */
    public Builder csv(String dataset, Path file) {
      return add(dataset, new InputParts.CsvPart(requireNonNull(file, "file"), Optional.empty()));
    }

    /**
     * Adds a CSV file as a part of a dataset, read in an encoding.
     *
     * @param dataset the dataset id
     * @param file the file
     * @param encoding the file's encoding
     * @return this builder
     */
    public Builder csv(String dataset, Path file, Charset encoding) {
      return add(dataset, new InputParts.CsvPart(requireNonNull(file, "file"), Optional.of(encoding)));
    }

    /**
     * Adds in-memory rows as a part of a dataset.
     *
     * @param dataset the dataset id
     * @param rows each a map from column name to cell text (missing or null: blank)
     * @return this builder
     */
    public Builder rows(String dataset, List<? extends Map<String, ?>> rows) {
      List<String> header = new ArrayList<>();
      for (Map<String, ?> row : rows) {
        for (String k : row.keySet()) {
          if (!header.contains(k)) {
            header.add(k);
          }
        }
      }
      List<List<String>> cells = new ArrayList<>();
      for (Map<String, ?> row : rows) {
        List<String> r = new ArrayList<>(header.size());
        for (String h : header) {
          Object v = row.get(h);
          r.add(v == null ? null : v.toString());
        }
        cells.add(r);
      }
      return add(dataset, new InputParts.RowsPart(dataset + " (in memory)", header, cells));
    }

    /**
     * Adds a table built in code as a part of a dataset: a header and rows of cells, parsed with the same
     * rules as CSV cells (a row longer or shorter than the header is a data problem, as in a CSV file).
     *
     * @param dataset the dataset id
     * @param source the name evidence and issues give the table
     * @param header the column names
     * @param rows the rows, each a list of cells as text (null or "" for blank)
     * @return this builder
     */
    public Builder table(String dataset, String source, List<String> header, List<? extends List<String>> rows) {
      List<List<String>> copy = new ArrayList<>(rows);
      return add(dataset, new InputParts.RowsPart(source, header, copy));
    }

    /**
     * Declares that a dataset holds every row there is, so that zero rows mean that nothing exists.
     *
     * @param dataset the dataset id
     * @param declaredBy who declares it (a person or a role)
     * @param declaredOn the date of the declaration
     * @return this builder
     * @throws IllegalArgumentException if {@code dataset} or {@code declaredBy} is blank, or the dataset was
     *     declared already
     */
    public Builder declareComplete(String dataset, String declaredBy, LocalDate declaredOn) {
      return declareComplete(dataset, declaredBy, declaredOn, "");
    }

    /**
     * As {@link #declareComplete(String, String, LocalDate)}, with what the declaration rests on.
     *
     * @param dataset the dataset id
     * @param declaredBy who declares it (a person or a role)
     * @param declaredOn the date of the declaration
     * @param note what it rests on, such as the scan the rows come from; may be empty
     * @return this builder
     * @throws IllegalArgumentException if {@code dataset} or {@code declaredBy} is blank, or the dataset was
     *     declared already
     */
    public Builder declareComplete(String dataset, String declaredBy, LocalDate declaredOn, String note) {
      Declaration d = new Declaration(dataset, declaredBy, declaredOn, note,
          new Location("Inputs.builder()", 0, 0, "declareComplete(" + dataset + ")"));
      if (declarations.stream().anyMatch(e -> e.dataset().equals(dataset))) {
        throw new IllegalArgumentException("dataset " + dataset + " was declared complete already");
      }
      declarations.add(d);
      return this;
    }

    private Builder add(String dataset, Part part) {
      requireNonNull(dataset, "dataset");
      requireNonNull(part, "part");
      parts.computeIfAbsent(dataset, k -> new ArrayList<>()).add(part);
      return this;
    }

    /**
     * The inputs collected so far.
     *
     * @return the inputs
     */
    public Inputs build() {
      return new Inputs(Optional.empty(), Links.FOLLOW, parts, declarations);
    }
  }
}
