/**
 * The exceptions corekit throws, all {@link dev.corekit.runtime.error.CoreException}s: API errors by status,
 * authentication and OAuth errors, transport failures and configuration mistakes.
 */
@NullMarked
package dev.corekit.runtime.error;

import org.jspecify.annotations.NullMarked;
