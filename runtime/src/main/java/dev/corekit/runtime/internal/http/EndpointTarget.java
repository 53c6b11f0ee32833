package dev.corekit.runtime.internal.http;

import dev.corekit.runtime.internal.token.TokenManager;
import dev.corekit.runtime.token.TokenSet;
import feign.Request;
import feign.RequestTemplate;
import feign.Target;
import java.util.Objects;

/**
 * A Feign {@link Target} whose URL is the company's API base from the current tokens ({@code endpoint}), checked by
 * the {@link EndpointPolicy} before every attempt: a replay after a refresh goes to the {@code endpoint} of the tokens
 * it carries, and an endpoint the policy refuses never receives the request. {@link CoreRequestInterceptor} sets the
 * token and the API base from one read of the tokens.
 */
public final class EndpointTarget<T> implements Target<T> {
    private final Class<T> type;
    private final TokenManager tokens;
    private final EndpointPolicy policy;

    public EndpointTarget(Class<T> type, TokenManager tokens, EndpointPolicy policy) {
        this.type = Objects.requireNonNull(type, "type");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The tokens of this target's connection. */
    public TokenManager tokens() {
        return tokens;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public String name() {
        return type.getSimpleName() + "@" + tokens.connection();
    }

    /**
     * Sets the access token and the checked API base of one and the same token set on {@code template}: a refresh
     * that stores new tokens meanwhile cannot pair this token with another set's endpoint.
     */
    void authorize(RequestTemplate template) {
        Credentials credentials = credentials();
        template.removeHeader("Authorization");
        // A literal: Feign would parse a templated value for expressions on every call.
        template.headerLiteral("Authorization", credentials.authorization());
        if (template.url().indexOf("http") != 0) {
            template.target(credentials.base());
        }
    }

    /** The {@code Authorization} value and the checked API base, from one read of the connection's tokens. */
    Credentials credentials() {
        TokenSet current = tokens.current();
        return new Credentials("Bearer " + current.accessToken(), policy.check(current.endpoint()));
    }

    /** The current, checked API base. */
    @Override
    public String url() {
        return policy.check(tokens.current().endpoint());
    }

    @Override
    public Request apply(RequestTemplate input) {
        if (input.url().indexOf("http") != 0) {
            input.target(url());
        }
        return input.request();
    }

    @Override
    public String toString() {
        return "EndpointTarget{" + name() + "}";
    }

    /** What a request of one token set carries: its {@code Authorization} value and its API base. */
    record Credentials(String authorization, String base) {
        @Override
        public String toString() {
            return "Credentials{" + base + "}";
        }
    }
}
