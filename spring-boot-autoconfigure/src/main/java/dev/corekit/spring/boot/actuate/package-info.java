/**
 * corekit in Spring Boot's observability: its meters in the application's Micrometer registry
 * ({@link dev.corekit.spring.boot.actuate.CorekitMetricsAutoConfiguration}) and the {@code corekit} health contributor
 * ({@link dev.corekit.spring.boot.actuate.CorekitHealthAutoConfiguration}, set through
 * {@link dev.corekit.spring.boot.actuate.CorekitHealthProperties}).
 */
@NullMarked
package dev.corekit.spring.boot.actuate;

import org.jspecify.annotations.NullMarked;
