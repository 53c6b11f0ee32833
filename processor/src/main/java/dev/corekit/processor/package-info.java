/**
 * corekit's annotation processor: {@link dev.corekit.processor.CoreProcessor} reads the {@code @CoreResource},
 * {@code @CoreModel} and {@code @CoreEndpoint} declarations of a compilation and writes their DTOs, builders, Feign
 * clients and the facade.
 *
 * <p>Internal to corekit-processor: no compatibility promise, do not use. Applications use the processor only through
 * javac, with the annotations of {@code dev.corekit.annotation}.
 */
package dev.corekit.processor;
