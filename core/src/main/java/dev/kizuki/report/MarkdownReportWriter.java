package dev.kizuki.report;

import dev.kizuki.Assessment;
import dev.kizuki.Lang;
import dev.kizuki.internal.report.Label;
import dev.kizuki.internal.report.Markdown;
import dev.kizuki.internal.report.ReportView;
import dev.kizuki.internal.report.TailoringView;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes an assessment as Markdown in one language, for a wiki page or a pull request: the same content as
 * the HTML report (score, coverage, category scores, status counts, remediation plan, every item with its
 * evidence and answer), with tables in GitHub-flavoured Markdown.
 *
 * <p>Every text from the checklist or the data is escaped (every ASCII punctuation character backslash-escaped, line breaks made spaces), so links, images,
 * HTML, emphasis and table cells from the input render as plain text. Line ends are {@code \n}; the same
 * assessment and language always give the same characters. Immutable and thread-safe.
 */
final class MarkdownReportWriter implements ReportWriter {

  /** A writer; it holds no state. */
  MarkdownReportWriter() {}

  /** Writes the report in {@code lang}; does not close {@code out}. */
  @Override
  public void write(Assessment assessment, Lang lang, Writer out) throws IOException {
    ReportView v = ReportView.of(assessment, lang);
    StringBuilder md = new StringBuilder(8192);
    md.append("# ").append(v.t(Label.REPORT_TITLE)).append(": ").append(escape(v.title())).append("\n\n");
    md.append("- ").append(v.t(Label.CHECKLIST)).append(": ").append(escape(v.checklistId())).append('\n');
    md.append("- ").append(v.t(Label.VERSION)).append(": ").append(escape(v.version())).append('\n');
    md.append("- ").append(v.t(Label.AS_OF)).append(": ").append(v.asOf()).append('\n');
    md.append("- ").append(v.t(Label.SCORING_MODEL)).append(": ").append(v.scoringModel()).append('\n');
    md.append("- **").append(v.t(Label.OVERALL_SCORE)).append(": ").append(v.score()).append(" / 100**\n");
    TailoringView tv = v.tailoring();
    if (!tv.scoreWithWaivers().isEmpty()) {
      md.append("- ").append(v.t(Label.SCORE_WITH_WAIVERS)).append(": ").append(tv.scoreWithWaivers())
          .append(" / 100 (").append(v.t(Label.HONEST_SCORE_NOTE)).append(")\n");
    }
    if (tv.profile() != null) {
      md.append("- ").append(v.t(Label.PROFILE)).append(": ").append(escape(tv.profile().id())).append(' ')
          .append(escape(tv.profile().title())).append('\n');
    }
    md.append("- ").append(v.t(Label.COVERAGE)).append(": ");
    for (int i = 0; i < v.coverage().size(); i++) {
      ReportView.Share s = v.coverage().get(i);
      md.append(i == 0 ? "" : ", ").append(s.label()).append(' ').append(s.percent());
    }
    md.append("\n\n");

    md.append("## ").append(v.t(Label.CATEGORY_SCORES)).append("\n\n");
    boolean waived = !tv.scoreWithWaivers().isEmpty();
    if (waived) {
      row(md, v.t(Label.CATEGORY), v.t(Label.SCORE), v.t(Label.SCORE_WITH_WAIVERS), v.t(Label.PASSING_ITEMS),
          v.t(Label.ITEMS));
      md.append("| --- | ---: | ---: | ---: | ---: |\n");
    } else {
      row(md, v.t(Label.CATEGORY), v.t(Label.SCORE), v.t(Label.PASSING_ITEMS), v.t(Label.ITEMS));
      md.append("| --- | ---: | ---: | ---: |\n");
    }
    for (ReportView.CategoryView c : v.categories()) {
      if (waived) {
        row(md, escape(c.title()), c.score(), c.scoreWithWaivers(), c.passing() + " / " + c.scored(),
            String.valueOf(c.items()));
      } else {
        row(md, escape(c.title()), c.score(), c.passing() + " / " + c.scored(), String.valueOf(c.items()));
      }
    }
    md.append('\n');
    tailoring(md, v, tv);

    md.append("## ").append(v.t(Label.ITEM_STATUSES)).append("\n\n");
    row(md, v.t(Label.STATUS), v.t(Label.COUNT));
    md.append("| --- | ---: |\n");
    for (ReportView.OutcomeCount o : v.outcomes()) {
      row(md, o.label(), String.valueOf(o.count()));
    }
    md.append('\n');

    md.append("## ").append(v.t(Label.REMEDIATION_PLAN)).append("\n\n");
    if (v.plan().isEmpty()) {
      md.append(v.t(Label.NOTHING_TO_REMEDIATE)).append("\n\n");
    } else {
      md.append(v.t(Label.REMEDIATION_PLAN_INTRO)).append("\n\n");
      for (ReportView.PlanEntry p : v.plan()) {
        md.append(p.rank()).append(". **").append(escape(p.itemId())).append(' ').append(escape(p.title()))
            .append("**: +").append(p.gain()).append(' ').append(v.t(Label.POINTS)).append(" (")
            .append(p.status()).append(", ").append(v.t(Label.SEVERITY)).append(": ").append(p.severity())
            .append(")\n");
        md.append("   - ").append(v.t(Label.REMEDIATION)).append(": ").append(escape(p.remediation())).append('\n');
        if (!p.cases().isEmpty()) {
          md.append("   - ").append(v.t(Label.INCIDENT_CASES)).append(": ").append(cases(p.cases())).append('\n');
        }
      }
      md.append('\n');
    }

    md.append("## ").append(v.t(Label.EXCLUSIONS)).append("\n\n");
    if (v.exclusions().isEmpty()) {
      md.append(v.t(Label.NO_EXCLUSIONS)).append("\n\n");
    } else {
      for (ReportView.ExclusionView e : v.exclusions()) {
        md.append("- ").append(escape(e.summary())).append(": ").append(escape(String.join(", ", e.items())))
            .append('\n');
      }
      md.append('\n');
    }

    md.append("## ").append(v.t(Label.ITEMS)).append("\n\n");
    row(md, v.t(Label.ITEM), v.t(Label.TITLE), v.t(Label.STATUS), v.t(Label.SCORE), v.t(Label.WEIGHT),
        v.t(Label.GAIN), v.t(Label.BASIS));
    md.append("| --- | --- | --- | ---: | ---: | ---: | --- |\n");
    for (ReportView.ItemView i : v.items()) {
      row(md, escape(i.id()), escape(i.title()), i.waiver().isEmpty() ? i.status() : i.status() + " (" + i.waiver() + ")",
          i.score(), i.weight(), i.gain(), i.basis());
    }
    md.append('\n');
    for (ReportView.ItemView i : v.items()) {
      item(md, v, i);
    }

    md.append("## ").append(v.t(Label.DATASETS)).append("\n\n");
    row(md, v.t(Label.DATASET), v.t(Label.STATUS), v.t(Label.SOURCES), v.t(Label.ROWS), v.t(Label.ENCODINGS));
    md.append("| --- | --- | --- | ---: | --- |\n");
    for (ReportView.DatasetView d : v.datasets()) {
      row(md, escape(d.id()), d.status(), escape(d.sources()), String.valueOf(d.rows()), escape(d.encodings()));
    }
    md.append("\n## ").append(v.t(Label.DECLARATIONS)).append("\n\n");
    if (v.declarations().isEmpty()) {
      md.append(v.t(Label.NO_DECLARATIONS)).append('\n');
    } else {
      row(md, v.t(Label.DATASET), v.t(Label.DECLARED_BY), v.t(Label.DECLARED_ON), v.t(Label.NOTE), v.t(Label.WHERE));
      md.append("| --- | --- | --- | --- | --- |\n");
      for (ReportView.DeclarationView d : v.declarations()) {
        row(md, escape(d.dataset()), escape(d.declaredBy()), d.declaredOn(), escape(d.note()), escape(d.where()));
      }
    }
    md.append("\n## ").append(v.t(Label.DATA_ISSUES)).append("\n\n");
    if (v.dataIssues().isEmpty()) {
      md.append(v.t(Label.NO_DATA_ISSUES)).append('\n');
    } else {
      for (String issue : v.dataIssues()) {
        md.append("- ").append(escape(issue)).append('\n');
      }
    }
    out.write(md.toString());
    out.flush();
  }

  private static void item(StringBuilder md, ReportView v, ReportView.ItemView i) {
    md.append("### ").append(escape(i.id())).append(' ').append(escape(i.title())).append(" (").append(i.status())
        .append(")\n\n");
    fact(md, v.t(Label.CATEGORY), escape(i.category()));
    if (!i.waiver().isEmpty()) {
      fact(md, v.t(Label.WAIVER), i.waiver());
    }
    fact(md, v.t(Label.SCORE), i.score());
    fact(md, v.t(Label.WEIGHT), i.weight());
    fact(md, v.t(Label.GAIN), "+" + i.gain() + " " + v.t(Label.POINTS));
    fact(md, v.t(Label.SEVERITY), i.severity());
    fact(md, v.t(Label.BASIS), i.basis());
    fact(md, v.t(Label.QUESTION), escape(i.question()));
    fact(md, v.t(Label.REASON), escape(i.reason()));
    fact(md, v.t(Label.RULE), i.rule().isEmpty() ? v.t(Label.NO_RULE) : escape(i.rule()));
    fact(md, v.t(Label.REMEDIATION), escape(i.remediation()));
    if (!i.lessons().isEmpty()) {
      fact(md, v.t(Label.LESSONS), refs(i.lessons()));
    }
    if (!i.measures().isEmpty()) {
      fact(md, v.t(Label.MEASURES), refs(i.measures()));
    }
    if (!i.cases().isEmpty()) {
      fact(md, v.t(Label.INCIDENT_CASES), cases(i.cases()));
    }
    ReportView.AnswerView a = i.answer();
    if (a == null) {
      fact(md, v.t(Label.ANSWER), v.t(Label.NO_ANSWER));
    } else {
      StringBuilder s = new StringBuilder(a.value()).append(" (").append(escape(a.source())).append(':')
          .append(a.line()).append("; ").append(v.t(Label.ANSWERED_ON)).append(": ").append(a.answeredOn());
      if (!a.answeredBy().isEmpty()) {
        s.append("; ").append(v.t(Label.ANSWERED_BY)).append(": ").append(escape(a.answeredBy()));
      }
      if (!a.evidence().isEmpty()) {
        s.append("; ").append(v.t(Label.ANSWER_EVIDENCE)).append(": ").append(escape(a.evidence()));
      }
      fact(md, v.t(Label.ANSWER), s.append(')').toString());
      if (a.stale()) {
        md.append("- **").append(v.t(Label.STALE)).append("**\n");
      }
    }
    if (i.contradicted()) {
      md.append("- **").append(v.t(Label.CONTRADICTED_NOTE)).append("** ").append(v.t(Label.DATA_STATUS))
          .append(": ").append(i.dataStatus()).append('\n');
    }
    md.append('\n');
    ReportView.EvidenceView e = i.evidence();
    if (e != null) {
      md.append("**").append(v.t(Label.EVIDENCE)).append(": ").append(escape(e.dataset())).append("**\n\n");
      row(md, v.t(Label.DATA_PROVIDED), v.t(Label.APPLICABLE), v.t(Label.PASSING), v.t(Label.FAILING),
          v.t(Label.UNKNOWN_ROWS), v.t(Label.ERROR_ROWS), v.t(Label.DATA_STATUS));
      md.append("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
      row(md, e.provided(), String.valueOf(e.applicable()), String.valueOf(e.passing()),
          String.valueOf(e.failing()), String.valueOf(e.unknown()), String.valueOf(e.errors()), i.dataStatus());
      md.append('\n');
      if (!e.rows().isEmpty()) {
        md.append(v.t(Label.FAILING_ROWS));
        if (!e.rowsShown().isEmpty()) {
          md.append(' ').append(e.rowsShown());
        }
        md.append("\n\n");
        row(md, v.t(Label.FILE), v.t(Label.LINE), v.t(Label.KEY), v.t(Label.RESULT), v.t(Label.REASON));
        md.append("| --- | ---: | --- | --- | --- |\n");
        for (ReportView.RowView r : e.rows()) {
          row(md, escape(r.source()), String.valueOf(r.line()), escape(r.key()), r.result(), escape(r.reason()));
        }
        md.append('\n');
      }
      for (String note : e.notes()) {
        md.append("- ").append(escape(note)).append('\n');
      }
      if (!e.notes().isEmpty()) {
        md.append('\n');
      }
    }
  }

  /** The profile's changes and left-out items, and every waiver; nothing when there are none. */
  private static void tailoring(StringBuilder md, ReportView v, TailoringView tv) {
    TailoringView.ProfileView p = tv.profile();
    if (p != null) {
      md.append("## ").append(v.t(Label.PROFILE)).append(": ").append(escape(p.id())).append("\n\n");
      fact(md, v.t(Label.TITLE), escape(p.title()));
      fact(md, v.t(Label.PROFILE_CHAIN), escape(p.chain()));
      fact(md, v.t(Label.FILE), escape(p.source()));
      md.append('\n');
      if (!p.changes().isEmpty()) {
        md.append("### ").append(v.t(Label.PROFILE_CHANGES)).append("\n\n");
        row(md, v.t(Label.PROFILE), v.t(Label.CHANGE), v.t(Label.ITEM), v.t(Label.REASON), v.t(Label.WHERE));
        md.append("| --- | --- | --- | --- | --- |\n");
        for (TailoringView.ChangeView c : p.changes()) {
          row(md, escape(c.profile()), c.kind(), escape(c.what()), escape(c.reason()), escape(c.where()));
        }
        md.append('\n');
      }
      if (!p.notSelected().isEmpty()) {
        md.append("### ").append(v.t(Label.NOT_SELECTED)).append("\n\n");
        for (TailoringView.NotSelectedView n : p.notSelected()) {
          md.append("- ").append(escape(n.id())).append(' ').append(escape(n.title())).append(": ")
              .append(escape(n.reason())).append('\n');
        }
        md.append('\n');
      }
    }
    if (!tv.scoreWithWaivers().isEmpty()) {
      md.append("## ").append(v.t(Label.WAIVERS)).append("\n\n");
      if (tv.waivers().isEmpty()) {
        md.append(v.t(Label.NONE)).append("\n\n");
        return;
      }
      row(md, v.t(Label.ITEM), v.t(Label.STATUS), v.t(Label.ACTUAL_OUTCOME), v.t(Label.OUTCOME_WITH_WAIVER),
          v.t(Label.WAIVED_ROWS), v.t(Label.JUSTIFICATION), v.t(Label.APPROVER), v.t(Label.EXPIRES));
      md.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
      for (TailoringView.WaiverView w : tv.waivers()) {
        row(md, escape(w.item()), w.status(), w.outcome(), w.withWaiver(), escape(w.rows()), escape(w.justification()),
            escape(w.approver()), w.expires());
      }
      md.append('\n');
    }
  }

  private static void fact(StringBuilder md, String label, String value) {
    md.append("- ").append(label).append(": ").append(value).append('\n');
  }

  private static void row(StringBuilder md, String... cells) {
    md.append('|');
    for (String cell : cells) {
      md.append(' ').append(cell).append(" |");
    }
    md.append('\n');
  }

  private static String refs(List<ReportView.RefView> refs) {
    StringBuilder s = new StringBuilder();
    for (ReportView.RefView r : refs) {
      s.append(s.length() == 0 ? "" : "; ").append(escape(r.id()));
      if (!r.title().isEmpty()) {
        s.append(' ').append(escape(r.title()));
      }
    }
    return s.toString();
  }

  private static String cases(List<ReportView.CaseView> cases) {
    StringBuilder s = new StringBuilder();
    for (ReportView.CaseView c : cases) {
      s.append(s.length() == 0 ? "" : "; ").append(escape(c.id())).append(' ').append(escape(c.title()));
    }
    return s.toString();
  }

  private static String escape(String text) {
    return Markdown.escape(text);
  }
}
