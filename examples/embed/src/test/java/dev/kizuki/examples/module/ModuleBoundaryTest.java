package dev.kizuki.examples.module;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Assessment;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Boots core as a named module in a layer of its own, beside its dependencies, and checks what a modular
 * caller can reach: the API packages, and nothing under {@code dev.kizuki.internal}.
 */
class ModuleBoundaryTest {
  private static final Set<String> API = Set.of("dev.kizuki", "dev.kizuki.report", "dev.kizuki.diff");

  private static Module core;

  @BeforeAll
  static void bootCore() throws URISyntaxException {
    // core's jar (or classes folder in a narrow build) and the jars of its dependencies, as on the class path.
    List<Path> paths = new ArrayList<>();
    paths.add(Path.of(Assessment.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        paths.add(Path.of(entry));
      }
    }
    ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
    Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(),
        Set.of("dev.kizuki.core"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    core = layer.findModule("dev.kizuki.core").orElseThrow();
  }

  @Test
  void coreModule_apiPackages_areExportedToEveryone() {
    assertThat(core.getDescriptor().isAutomatic()).isFalse();
    assertThat(API).allSatisfy(p -> assertThat(core.isExported(p)).as(p).isTrue());
  }

  @Test
  void coreModule_internalPackages_areNeitherExportedNorOpenToEveryone() {
    Set<String> internal = core.getPackages().stream().filter(p -> p.startsWith("dev.kizuki.internal"))
        .collect(Collectors.toSet());
    assertThat(internal).contains("dev.kizuki.internal.engine", "dev.kizuki.internal.result");

    assertThat(internal).allSatisfy(p -> {
      assertThat(core.isExported(p)).as("exported: " + p).isFalse();
      assertThat(core.isOpen(p)).as("open: " + p).isFalse();
    });
  }

  @Test
  void coreModule_everyExportOrOpen_isAnApiPackageOrQualified() {
    ModuleDescriptor d = core.getDescriptor();

    assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified() || API.contains(e.source()))
        .as("export of " + e.source()).isTrue());
    assertThat(d.opens()).allSatisfy(o -> assertThat(o.isQualified()).as("opens " + o.source()).isTrue());
    assertThat(d.isOpen()).isFalse();
  }
}
