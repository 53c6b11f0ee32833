/**
 * corekit's Spring Boot auto-configuration: {@link dev.corekit.spring.boot.autoconfigure.CorekitProperties} (the
 * {@code corekit.*} properties) and {@link dev.corekit.spring.boot.autoconfigure.CorekitAutoConfiguration} (the
 * {@code CoreApp}, its stores and {@code CoreConnections}).
 */
@NullMarked
package dev.corekit.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
