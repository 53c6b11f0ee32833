/**
 * Every diagnostic corekit-processor reports about a declaration, its endpoints and the facade, with its message and
 * the element it points at.
 *
 * <p>Internal to corekit-processor: no compatibility promise, do not use. Applications use the processor only through
 * javac, with the annotations of {@code dev.corekit.annotation}.
 */
package dev.corekit.processor.check;
