/**
 * corekit's metrics in Micrometer: {@link dev.corekit.runtime.micrometer.MicrometerMetrics} records into an app's
 * {@code MeterRegistry}. Micrometer ({@code io.micrometer:micrometer-core}) is an optional dependency of
 * corekit-runtime: an app that uses this package adds it; an app that does not loads none of these classes.
 */
@NullMarked
package dev.corekit.runtime.micrometer;

import org.jspecify.annotations.NullMarked;
