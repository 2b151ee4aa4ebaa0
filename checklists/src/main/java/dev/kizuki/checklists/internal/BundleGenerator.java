package dev.kizuki.checklists.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Build step (run by the exec plugin in process-classes): converts a bundled checklist from its YAML source
 * to JSON, the same document in a form that loads faster. Not API.
 *
 * <p>Usage: {@code BundleGenerator <source.yaml> <target.json>}.
 */
public final class BundleGenerator {
  private BundleGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BundleGenerator <source.yaml> <target.json>");
    }
    JsonNode tree = YAMLMapper.builder().build().readTree(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    Path target = Path.of(args[1]);
    Files.createDirectories(target.getParent());
    Files.writeString(target, JsonMapper.builder().build().writeValueAsString(tree) + "\n", StandardCharsets.UTF_8);
  }
}
