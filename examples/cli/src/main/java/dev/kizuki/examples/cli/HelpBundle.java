package dev.kizuki.examples.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The Japanese help texts, for picocli. picocli prefixes a subcommand's keys with the full command name, which
 * is {@code java -jar PATH} when run from the jar; the bundle's keys are written with {@code kizuki} as the
 * root, and this maps one to the other.
 */
final class HelpBundle extends ResourceBundle {
  private static final String ROOT = "kizuki.";

  private final ResourceBundle texts;
  private final String root;

  private HelpBundle(ResourceBundle texts, String rootName) {
    this.texts = texts;
    this.root = rootName + ".";
  }

  /** The Japanese texts, with subcommand keys under {@code rootName}. */
  static ResourceBundle japanese(String rootName) {
    return new HelpBundle(ResourceBundle.getBundle("dev.kizuki.examples.cli.Messages", Locale.JAPANESE), rootName);
  }

  @Override
  protected @Nullable Object handleGetObject(String key) {
    String k = key.startsWith(root) ? ROOT + key.substring(root.length()) : key;
    return texts.containsKey(k) ? texts.getObject(k) : null;
  }

  @Override
  public Enumeration<String> getKeys() {
    Set<String> keys = new TreeSet<>();
    for (String k : texts.keySet()) {
      keys.add(k.startsWith(ROOT) ? root + k.substring(ROOT.length()) : k);
    }
    return Collections.enumeration(keys);
  }
}
