package dev.kizuki.internal.engine;

import static dev.kizuki.internal.engine.CompileMessages.duplicate;
import static dev.kizuki.internal.engine.CompileMessages.unknown;

import dev.kizuki.Category;
import dev.kizuki.Checklist;
import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.DatasetSchema;
import dev.kizuki.EnumValue;
import dev.kizuki.IncidentCase;
import dev.kizuki.Issue;
import dev.kizuki.Item;
import dev.kizuki.Limits;
import dev.kizuki.Parameter;
import dev.kizuki.SourceRef;
import dev.kizuki.Text;
import dev.kizuki.WhenEmpty;
import dev.kizuki.internal.data.NetworkSources;
import dev.kizuki.internal.data.ValueParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks of a checklist's structure that need no rule compiled: unique ids, references to cases,
 * lessons, measures and categories, the reserved dataset name, key columns, unambiguous enum spellings and
 * the item limit. Rules are compiled even when these fail, so that one load reports every problem. One
 * instance per check; not thread-safe.
 */
final class StructureCheck {
  private final Checklist checklist;
  private final String source;
  private final List<Issue> issues = new ArrayList<>();

  private StructureCheck(Checklist checklist, String source) {
    this.checklist = checklist;
    this.source = source;
  }

  /** Every structure problem of {@code checklist}, in checklist order; empty when there is none. */
  static List<Issue> issues(Checklist checklist, Limits limits, String source) {
    StructureCheck s = new StructureCheck(checklist, source);
    s.run(limits);
    return List.copyOf(s.issues);
  }

  /** The datasets rules may name, by id in declaration order; of two with one id the first counts. */
  static Map<String, DatasetSchema> datasets(Checklist checklist) {
    Map<String, DatasetSchema> byId = new LinkedHashMap<>();
    for (DatasetSchema ds : checklist.datasets()) {
      byId.putIfAbsent(ds.id(), ds);
    }
    return byId;
  }

  private void run(Limits limits) {
    Set<String> caseIds = unique(checklist.cases(), IncidentCase::id, "cases", "事例", "case");
    Set<String> lessonIds = unique(checklist.lessons(), SourceRef::id, "lessons", "教訓", "lesson");
    Set<String> measureIds = unique(checklist.measures(), SourceRef::id, "measures", "対策", "measure");
    Set<String> categoryIds = unique(checklist.categories(), Category::id, "categories", "カテゴリ", "category");
    unique(checklist.items(), Item::id, "items", "項目", "item");
    refsToCases(checklist.lessons(), caseIds, "lessons");
    refsToCases(checklist.measures(), caseIds, "measures");
    if (checklist.items().size() > limits.maxItems()) {
      issue("items", CompileMessages.tooManyItems(limits.maxItems()));
    }
    Set<String> datasetIds = new HashSet<>();
    for (int d = 0; d < checklist.datasets().size(); d++) {
      dataset(checklist.datasets().get(d), "datasets[" + d + "]", datasetIds);
    }
    for (int i = 0; i < checklist.items().size(); i++) {
      item(checklist.items().get(i), "items[" + i + "]", categoryIds, lessonIds, measureIds);
    }
  }

  private void dataset(DatasetSchema ds, String path, Set<String> seen) {
    if (ds.id().equals(Compiler.ANSWERS)) {
      issue(path + ".id", CompileMessages.reservedAnswers());
    }
    if (!seen.add(ds.id())) {
      issue(path + ".id", duplicate("データセット", "dataset", ds.id()));
    }
    unique(ds.columns(), Column::name, path + ".columns", "列", "column");
    if (ds.indexOf(ds.key()) < 0) {
      issue(path + ".key", CompileMessages.keyNotAColumn(ds.key()));
    }
    for (int c = 0; c < ds.columns().size(); c++) {
      String valuesPath = path + ".columns[" + c + "].values";
      unique(ds.columns().get(c).values(), EnumValue::value, valuesPath, "値", "value");
      try {
        ValueParser.forColumn(ds.columns().get(c));
      } catch (IllegalArgumentException e) {
        if (ds.columns().get(c).type() == ColumnType.NETWORK) {
          // A word for "anything" that is several words or an address would change what a cell means.
          List<String> words = ds.columns().get(c).anything();
          for (int w = 0; w < words.size(); w++) {
            try {
              NetworkSources.standard().withAnythingWords(List.of(words.get(w)));
            } catch (IllegalArgumentException bad) {
              issue(path + ".columns[" + c + "].anything[" + w + "]", CompileMessages.badAnythingWord(words.get(w)));
            }
          }
        } else {
          // Two spellings that normalize alike but name different values: data could not be read unambiguously.
          issue(valuesPath, CompileMessages.ambiguousSpelling(String.valueOf(e.getMessage())));
        }
      }
    }
  }

  private void item(Item item, String path, Set<String> categoryIds, Set<String> lessonIds, Set<String> measureIds) {
    if (!categoryIds.contains(item.category())) {
      issue(path + ".category", unknown("カテゴリ", "category", item.category(), categoryIds));
    }
    if (item.lessons().isEmpty() && item.measures().isEmpty()) {
      issue(path, CompileMessages.untraced());
    }
    refs(item.lessons(), lessonIds, path + ".lessons", "教訓", "lesson");
    refs(item.measures(), measureIds, path + ".measures", "対策", "measure");
    unique(item.parameters(), Parameter::name, path + ".parameters", "パラメータ", "parameter");
    if (item.check().data().isPresent() && item.check().data().get().whenEmpty() == WhenEmpty.NOT_APPLICABLE
        && !item.check().allowNotApplicable()) {
      issue(path + ".check.data.when_empty", CompileMessages.notApplicableNeedsAllow());
    }
  }

  private void refs(List<String> ids, Set<String> declared, String path, String kindJa, String kindEn) {
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < ids.size(); j++) {
      String id = ids.get(j);
      if (!seen.add(id)) {
        issue(path + "[" + j + "]", duplicate(kindJa, kindEn, id));
      } else if (!declared.isEmpty() && !declared.contains(id)) {
        issue(path + "[" + j + "]", unknown(kindJa, kindEn, id, declared));
      }
    }
  }

  private void refsToCases(List<SourceRef> refs, Set<String> caseIds, String path) {
    for (int j = 0; j < refs.size(); j++) {
      String c = refs.get(j).caseId();
      if (!c.isEmpty() && !caseIds.contains(c)) {
        issue(path + "[" + j + "].case", unknown("事例", "case", c, caseIds));
      }
    }
  }

  /** The ids of {@code list} in order, after an issue for each one seen before. */
  private <T> Set<String> unique(List<T> list, Function<T, String> id, String path, String kindJa, String kindEn) {
    Set<String> seen = new LinkedHashSet<>();
    for (int j = 0; j < list.size(); j++) {
      String s = id.apply(list.get(j));
      if (!seen.add(s)) {
        issue(path + "[" + j + "]", duplicate(kindJa, kindEn, s));
      }
    }
    return seen;
  }

  private void issue(String path, Text message) {
    issues.add(CompileMessages.at(source, path, message));
  }
}
