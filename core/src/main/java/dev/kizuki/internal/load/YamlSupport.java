package dev.kizuki.internal.load;

import dev.kizuki.Issue;
import dev.kizuki.Limits;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Everything YAML-specific, in a class of its own so that reading JSON never loads the YAML parser's classes:
 * the factory, and refusing the features a checklist never needs and an attacker could use (anchors,
 * aliases, tags).
 */
final class YamlSupport {
  private YamlSupport() {}

  /**
   * A YAML factory with the limits, made per read: JSON-only callers never load the YAML parser's classes,
   * a good part of a cold start.
   */
  static TokenStreamFactory factory(Limits limits, StreamReadConstraints constraints) {
    LoadSettings settings =
        LoadSettings.builder()
            .setCodePointLimit(limits.maxChecklistChars())
            .setMaxAliasesForCollections(0)
            .setAllowRecursiveKeys(false)
            .build();
    return YAMLFactory.builder()
        .loadSettings(settings)
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** An issue if the current token uses an anchor, alias or tag; else null. */
  static @Nullable Issue refuse(String source, JsonParser p, long line, long col) {
    YAMLParser yp = (YAMLParser) p;
    if (yp.isCurrentAlias()) {
      return new Issue(source, line, col, "", LoadMessages.yamlFeature("alias (*" + p.getString() + ")"));
    }
    String anchor = yp.getObjectId();
    if (anchor != null) {
      return new Issue(source, line, col, "", LoadMessages.yamlFeature("anchor (&" + anchor + ")"));
    }
    String tag = yp.getTypeId();
    if (tag != null) {
      return new Issue(source, line, col, "", LoadMessages.yamlFeature("tag (!" + tag + ")"));
    }
    return null;
  }
}
