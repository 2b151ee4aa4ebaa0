package dev.kizuki.internal.data;

import dev.kizuki.Issue;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Keeps the first {@code cap} issues of a file and counts the rest, so a huge bad file stays in memory bounds. */
final class IssueCollector {
  private final String source;
  private final int cap;
  private final List<Issue> issues = new ArrayList<>();
  private long dropped;
  private @Nullable Issue fatal;

  IssueCollector(String source, int cap) {
    this.source = source;
    this.cap = cap;
  }

  void add(Issue issue) {
    if (issues.size() < cap) {
      issues.add(issue);
    } else {
      dropped++;
    }
  }

  void addAll(List<Issue> more) {
    for (Issue i : more) {
      add(i);
    }
  }

  /** The issue that stopped reading; always kept, last, since it says why the rest is missing. */
  void setFatal(Issue issue) {
    fatal = issue;
  }

  boolean isFatal() {
    return fatal != null;
  }

  List<Issue> finish() {
    if (dropped > 0) {
      issues.add(new Issue(source, 0, 0, "", DataMessages.moreIssues(dropped, cap)));
      dropped = 0;
    }
    if (fatal != null) {
      issues.add(fatal);
      fatal = null;
    }
    return issues;
  }
}
