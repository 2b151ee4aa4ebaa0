package dev.kizuki.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or a development marker when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Kizuki.class.getPackage().getImplementationVersion();
    return new String[] {"kizuki " + (version == null ? "(development build)" : version)};
  }
}
