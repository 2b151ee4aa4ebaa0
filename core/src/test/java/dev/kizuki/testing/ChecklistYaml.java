package dev.kizuki.testing;

/** Small checklist documents for tests: one category {@code c}, the given datasets and items. */
public final class ChecklistYaml {
  private ChecklistYaml() {}

  /** A checklist {@code id} with {@code datasets} (YAML list entries, two-space indented) and {@code items}. */
  public static String checklist(String id, String datasets, String... items) {
    return "format: kizuki-checklist/1\nid: " + id + "\nversion: \"1\"\ntitle: {ja: " + id + ", en: " + id + "}\n"
        + "categories:\n  - id: c\n    title: {ja: 分類, en: Category}\n"
        + "datasets:\n" + datasets + "items:\n" + String.join("", items);
  }

  /** A dataset entry: {@code columns} are flow mappings, one a line, such as {@code {name: id, type: string}}. */
  public static String dataset(String id, String key, String... columns) {
    StringBuilder sb = new StringBuilder("  - id: " + id + "\n    title: {ja: " + id + ", en: " + id + "}\n"
        + "    description: {ja: " + id + ", en: " + id + "}\n    key: " + key + "\n    columns:\n");
    for (String c : columns) {
      sb.append("      - ").append(c).append('\n');
    }
    return sb.toString();
  }

  /** A column of {@code type}, described by its name. */
  public static String column(String name, String type, boolean required) {
    return "{name: " + name + ", type: " + type + (required ? ", required: true" : "") + ", description: {ja: "
        + name + ", en: " + name + "}}";
  }

  /** An item of category {@code c}; {@code body} is the rest of its keys (parameters, check), four-space indented. */
  public static String item(String id, String body) {
    return "  - id: " + id + "\n    category: c\n    title: {ja: " + id + ", en: " + id + "}\n"
        + "    question: {ja: 質問, en: Question}\n    rationale: {ja: 理由, en: Rationale}\n"
        + "    remediation: {ja: 対処, en: Remediation}\n    lessons: [L]\n    severity: medium\n    weight: 1\n" + body;
  }
}
