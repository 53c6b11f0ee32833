/**
 * What corekit-processor reads from the compiler: declarations, endpoints, field types, javadoc and imports, turned
 * into the model, with what it found wrong recorded as flaws.
 *
 * <p>Internal to corekit-processor: no compatibility promise, do not use. Applications use the processor only through
 * javac, with the annotations of {@code dev.corekit.annotation}.
 */
package dev.corekit.processor.read;
