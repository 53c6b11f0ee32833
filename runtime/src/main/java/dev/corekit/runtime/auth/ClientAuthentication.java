package dev.corekit.runtime.auth;

/** Where the app's client id and secret go in a token request: {@code CoreSettings.clientAuthentication(...)}. */
public enum ClientAuthentication {
    /** {@code client_id} and {@code client_secret} form fields, CORE's documented way; the default. */
    BODY,
    /** An {@code Authorization: Basic} header (RFC 6749 §2.3.1); {@code client_id} stays in the form. */
    BASIC
}
