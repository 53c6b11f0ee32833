/**
 * What a Spring Boot application touches of corekit's starter: the {@link dev.corekit.spring.boot.CoreConnectionResolver}
 * it supplies, which names the CORE connection of a request.
 */
@NullMarked
package dev.corekit.spring.boot;

import org.jspecify.annotations.NullMarked;
