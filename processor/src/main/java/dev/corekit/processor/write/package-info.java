/**
 * The writers of corekit-processor's output: DTOs and their builders, the Feign clients, the facade and its plan, and the
 * names of the runtime types the generated code refers to.
 *
 * <p>Internal to corekit-processor: no compatibility promise, do not use. Applications use the processor only through
 * javac, with the annotations of {@code dev.corekit.annotation}.
 */
package dev.corekit.processor.write;
