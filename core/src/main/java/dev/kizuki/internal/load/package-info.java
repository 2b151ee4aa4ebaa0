/**
 * Strict reading of checklist documents (YAML or JSON) into the model, with a location for every problem.
 * Entry point: {@link dev.kizuki.internal.load.ChecklistReader}.
 */
@NullMarked
package dev.kizuki.internal.load;

import org.jspecify.annotations.NullMarked;
