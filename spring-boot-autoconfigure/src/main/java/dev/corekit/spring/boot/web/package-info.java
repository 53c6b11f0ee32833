/**
 * The "Connect to CORE" flow of a Spring MVC application: {@link dev.corekit.spring.boot.web.CoreLoginController}
 * starts a login for the connection the application's {@link dev.corekit.spring.boot.CoreConnectionResolver} names
 * and completes CORE's callback on any instance that shares the authorization store.
 */
@NullMarked
package dev.corekit.spring.boot.web;

import org.jspecify.annotations.NullMarked;
