/**
 * corekit's entry points: {@link dev.corekit.runtime.CoreClient} (one connected CORE company) and
 * {@link dev.corekit.runtime.CoreApp} (an app with many), configured through {@link dev.corekit.runtime.CoreSettings};
 * {@link dev.corekit.runtime.CoreQuery}, the query of a list request; {@link dev.corekit.runtime.RetryPolicy} and
 * {@link dev.corekit.runtime.Sleeper}, what is retried and how waits are made; {@link dev.corekit.runtime.CoreJson},
 * the mapper corekit reads and writes CORE's JSON with; and {@link dev.corekit.runtime.ObjectState}, CORE's state of
 * an object. Logging in lives in {@code auth}, tokens in {@code token}, exceptions in {@code error}.
 */
@NullMarked
package dev.corekit.runtime;

import org.jspecify.annotations.NullMarked;
