/** Classes the build generates: each bundled checklist as constructor calls (see checklists/pom.xml); not API. */
@NullMarked
package dev.kizuki.checklists.internal;

import org.jspecify.annotations.NullMarked;
