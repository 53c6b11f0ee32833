/**
 * corekit's metrics hook, free of any metrics library: {@link dev.corekit.runtime.metrics.CoreMetrics} receives each
 * API call's outcome and duration, each retry, each token refresh, each connection that needs a new login, and the
 * connection pool corekit owns. Give one to {@code CoreSettings.metrics(...)}; the default records nothing.
 * {@code dev.corekit.runtime.micrometer} binds the hook to a Micrometer {@code MeterRegistry}.
 */
@NullMarked
package dev.corekit.runtime.metrics;

import org.jspecify.annotations.NullMarked;
