/**
 * The checklists bundled with kizuki, loaded by explicit name.
 *
 * <p>Entry point: {@link dev.kizuki.checklists.BundledChecklists}, for example {@code
 * BundledChecklists.nisc2020()}. The resources of this package also hold the JSON Schema of the checklist
 * format ({@code kizuki-checklist-1.schema.json}) and the NIST CSF 2.0 subcategory list the bundled mappings
 * are checked against.
 */
@org.jspecify.annotations.NullMarked
package dev.kizuki.checklists;
