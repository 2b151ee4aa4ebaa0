/**
 * kizuki: scored self-assessment checklists traced to the lessons of real incidents.
 *
 * <p>Entry points: {@link dev.kizuki.ChecklistLoader} loads a checklist, {@link dev.kizuki.CompiledChecklist}
 * compiles it once and assesses data against it, giving an immutable {@link dev.kizuki.Assessment}.
 */
@NullMarked
package dev.kizuki;

import org.jspecify.annotations.NullMarked;
