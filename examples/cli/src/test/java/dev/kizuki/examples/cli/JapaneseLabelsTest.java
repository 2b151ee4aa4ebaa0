package dev.kizuki.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --lang ja, what the CLI itself prints has no English label (checklist content and names aside). */
class JapaneseLabelsTest {
  /** Every English label, word or heading the CLI prints, as whole words. */
  private static final Pattern ENGLISH = Pattern.compile("\\b(ok|invalid|unreadable|missing|rows?|Checked|CATEGORY"
      + "|SEVERITY|WEIGHT|CHECKED BY|TITLE|low|medium|high|critical|question|both|data|integer|decimal|string"
      + "|boolean|date|enum|default|Category|Severity|Weight|Question|Why|What to do|Lessons|Measures|Mappings"
      + "|Parameters|How it is checked|Source|Categories|Datasets|columns|key|items|cases|Usage|Options|Commands"
      + "|Exit codes|wrote|problems?|Show|Run|Fill)\\b");

  @TempDir Path tmp;

  @Test
  void japaneseRun_everyCommand_printsNoEnglishLabel() {
    Path data = Cli.miniData(tmp.resolve("data"));
    List<String[]> runs = List.of(
        new String[] {"checklist", "list"},
        new String[] {"checklist", "show"},
        new String[] {"explain", "nisc-bak-03"},
        new String[] {"validate", data.toString(), "--checklist", Cli.miniChecklist()},
        new String[] {"template", tmp.resolve("t").toString()},
        new String[] {"--help"},
        new String[] {"assess", "--help"});
    for (String[] args : runs) {
      String[] ja = new String[args.length + 2];
      ja[0] = "--lang";
      ja[1] = "ja";
      System.arraycopy(args, 0, ja, 2, args.length);

      Cli.Result r = Cli.run(ja);

      // Identifiers the user types or reads in the data (ids, file and column names, option values such as
      // the scoring model "default") are not labels.
      String shown = (r.out() + r.err()).replace("default、flat", "").replace("既定: default", "").replaceAll("[A-Za-z0-9_./-]*[._/][A-Za-z0-9_./-]*", "")
          .replaceAll("--[a-z-]+(=[A-Z|:\\[\\].,]+)?", "");
      assertThat(ENGLISH.matcher(shown).results().map(m -> m.group()).distinct().toList())
          .as(String.join(" ", args) + "\n" + shown).isEmpty();
    }
  }
}
