/** Build-time helpers of the checklists module; not API. */
@NullMarked
package dev.kizuki.checklists.internal;

import org.jspecify.annotations.NullMarked;
