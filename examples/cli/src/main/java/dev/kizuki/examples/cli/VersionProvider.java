package dev.kizuki.examples.cli;

import dev.kizuki.Checklist;
import dev.kizuki.checklists.BundledChecklists;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: kizuki's version (from the jar manifest, or a development marker when run from classes),
 * the bundled checklists with their versions, and the Java runtime that runs it.
 */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Kizuki.class.getPackage().getImplementationVersion();
    List<String> lines = new ArrayList<>();
    lines.add("kizuki " + (version == null ? "(development build)" : version));
    for (String name : BundledChecklists.names()) {
      Checklist c = BundledChecklists.byName(name);
      lines.add("checklist " + c.id() + " " + c.version());
    }
    lines.add("Java " + System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
        + System.getProperty("java.vendor", "?") + ", " + System.getProperty("java.home", "?") + ")");
    return lines.toArray(new String[0]);
  }
}
