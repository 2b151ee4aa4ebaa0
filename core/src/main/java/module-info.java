/**
 * kizuki core: the checklist model, loading, CSV datasets, rule compiler, assessment, scoring and report
 * writers, diffing of reports. Only {@code dev.kizuki}, {@code dev.kizuki.report} and {@code dev.kizuki.diff} are
 * API; everything under {@code dev.kizuki.internal} may change without notice and is not exported.
 */
module dev.kizuki.core {
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires org.apache.commons.csv;
  requires gg.jte.runtime;
  // RE2/J 1.8 has no module name of its own: the automatic one comes from its jar's file name.
  requires re2j;
  requires inet.ipaddr;
  requires static org.jspecify;
  // jte's generated template classes carry @javax.annotation.processing.Generated (source retention).
  requires static java.compiler;

  exports dev.kizuki;
  exports dev.kizuki.report;
  exports dev.kizuki.diff;
  // jte's runtime instantiates the precompiled template classes reflectively; no one else sees them.
  opens dev.kizuki.internal.report.jte to gg.jte.runtime;
}
