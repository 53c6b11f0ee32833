/**
 * The declaration language of corekit: {@link dev.corekit.annotation.CoreResource},
 * {@link dev.corekit.annotation.CoreModel}, {@link dev.corekit.annotation.CoreEndpoint} and the common fields of
 * {@link dev.corekit.annotation.CoreEntity}. The annotations are read at compile time by {@code corekit-processor}.
 */
@NullMarked
package dev.corekit.annotation;

import org.jspecify.annotations.NullMarked;
