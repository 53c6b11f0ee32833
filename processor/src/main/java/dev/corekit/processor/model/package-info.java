/**
 * corekit-processor's model of a declaration: its kind, fields, endpoints, operations and HTTP methods, as enums and
 * values read once from the annotations.
 *
 * <p>Internal to corekit-processor: no compatibility promise, do not use. Applications use the processor only through
 * javac, with the annotations of {@code dev.corekit.annotation}.
 */
package dev.corekit.processor.model;
