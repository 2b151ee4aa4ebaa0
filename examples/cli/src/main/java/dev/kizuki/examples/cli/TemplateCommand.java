package dev.kizuki.examples.cli;

import dev.kizuki.Checklist;
import dev.kizuki.Column;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.DatasetSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kizuki template DIR}: writes one blank CSV per dataset (and {@code answers.csv}) with its header,
 * plus {@value #GUIDE}, a bilingual guide to every column. The CSV files are UTF-8 with a byte order mark
 * and CRLF line ends, so Excel opens Japanese text correctly. Existing files are never overwritten without
 * {@code --force}; then nothing is written.
 */
@Command(
    name = "template",
    description = {
      "Write a blank CSV file with its header for every dataset of the checklist and for answers.csv, plus "
          + TemplateCommand.GUIDE + ", a guide (Japanese and English) to every column: type, whether required,"
          + " allowed values, example.",
      "DIR is created when absent. Existing files are not overwritten unless --force is given."
    })
final class TemplateCommand extends CliCommand {
  static final String GUIDE = "GUIDE.md";

  @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "dir", description = "The folder to write the templates to.")
  private Path dir;

  @Mixin private ChecklistOption checklist;

  @Option(names = "--force", description = "Overwrite files that already exist.")
  private boolean force;

  TemplateCommand(CliContext context, GlobalOptions globals) {
    super(context, globals);
  }

  @Override
  int execute() throws IOException {
    CompiledChecklist compiled = checklist.load();
    Checklist c = compiled.checklist();
    List<DatasetSchema> schemas = new ArrayList<>(c.datasets());
    schemas.add(CompiledChecklist.answersSchema());

    Map<String, byte[]> files = new LinkedHashMap<>();
    for (DatasetSchema s : schemas) {
      files.put(s.id() + ".csv", header(s));
    }
    files.put(GUIDE, TemplateGuide.render(c, CompiledChecklist.answersSchema(), context.command()).getBytes(StandardCharsets.UTF_8));

    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new CliException(dir + " はフォルダではありません。", dir + " is not a folder.");
    }
    List<String> existing = files.keySet().stream().filter(n -> Files.exists(dir.resolve(n))).toList();
    if (!existing.isEmpty() && !force) {
      String names = String.join(", ", existing);
      throw new CliException(
          dir + " には既に " + names + " があります。上書きするには --force を付けてください。何も書き込んでいません。",
          dir + " already holds " + names + "; nothing was written. Use --force to overwrite.");
    }
    Files.createDirectories(dir);
    Printer p = printer();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Files.write(dir.resolve(f.getKey()), f.getValue());
      p.line(p.t("書き出し: ", "wrote ") + dir.resolve(f.getKey()));
    }
    p.blank();
    String validate = context.command("validate " + dir);
    p.line(p.t("各 CSV に 1 行 1 件で記入し（使い方は " + GUIDE + "）、" + validate + " で確認してください。",
        "Fill in one row per record in each CSV (see " + GUIDE + "), then check with: " + validate));
    flushOut();
    return Kizuki.OK;
  }

  /** The header line: UTF-8 with a byte order mark, CRLF. */
  static byte[] header(DatasetSchema schema) {
    StringBuilder sb = new StringBuilder("\uFEFF");
    for (Column col : schema.columns()) {
      if (sb.length() > 1) {
        sb.append(',');
      }
      sb.append(csvCell(col.name()));
    }
    return sb.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String csvCell(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
