package dev.corekit.runtime.internal.auth;

import dev.corekit.runtime.auth.AppAuthorization;
import dev.corekit.runtime.auth.AuthorizationFlow;
import dev.corekit.runtime.auth.AuthorizationStore;
import dev.corekit.runtime.internal.token.TokenEndpointClient;
import dev.corekit.runtime.internal.token.TokenManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the authorization types of {@code dev.corekit.runtime.auth}, whose constructors are not public: users get
 * them from {@code CoreClient} and {@code CoreApp}, which build them through this class. {@link AppAuthorization}
 * installs the one implementation when it is initialised.
 */
public abstract class AuthorizationAccess {
    private static volatile AuthorizationAccess installed;

    /** For {@link AppAuthorization}'s implementation only. */
    protected AuthorizationAccess() {}

    /**
     * Installs the implementation; once, and only {@link AppAuthorization}'s own (a class nested in it), so that no
     * other code can install one first and see the credentials the flows are built with.
     *
     * @throws IllegalStateException when one is installed already, or {@code access} is not {@link AppAuthorization}'s
     */
    public static synchronized void install(AuthorizationAccess access) {
        if (access.getClass().getNestHost() != AppAuthorization.class) {
            throw new IllegalStateException("only AppAuthorization installs the authorization access");
        }
        if (installed != null) {
            throw new IllegalStateException("the authorization access is installed already");
        }
        installed = access;
    }

    /** The implementation, which initialising {@link AppAuthorization} installs. */
    public static AuthorizationAccess get() {
        AuthorizationAccess access = installed;
        if (access == null) {
            try {
                Class.forName(AppAuthorization.class.getName(), true, AppAuthorization.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            access = installed;
        }
        return access;
    }

    /** A new app flow; see {@link AppAuthorization}'s constructor for the checks. */
    public abstract AppAuthorization app(
            ClientCredentials credentials,
            @Nullable String defaultRedirectUri,
            Set<String> scopes,
            boolean pkce,
            Clock clock,
            Duration pendingLifetime,
            TokenEndpointClient tokens,
            AuthorizationStore store,
            Connections connections);

    /** The flow of {@code manager}'s connection within {@code app}. */
    public abstract AuthorizationFlow flow(AppAuthorization app, TokenManager manager);
}
