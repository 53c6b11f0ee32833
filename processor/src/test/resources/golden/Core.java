package com.acme.core;

import com.acme.core.crm.LeadApi;
import dev.corekit.runtime.ApiProvider;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Every CORE resource of this module, one method each. Build it on a {@code CoreClient}:
 * {@code new Core(client)}; each method returns the client's cached {@code FooApi}.
 */
@Generated("dev.corekit.processor.CoreProcessor")
@NullMarked
public final class Core {
    private final ApiProvider apis;

    /**
     * Reaches every resource through {@code apis}, e.g. a {@code CoreClient}.
     *
     * @param apis what creates and caches the clients
     */
    public Core(ApiProvider apis) {
        this.apis = Objects.requireNonNull(apis, "apis");
    }

    /**
     * {@return the client of tasks ({@code task})}
     */
    public TaskApi tasks() {
        return apis.api(TaskApi.class);
    }

    /**
     * {@return the resources under {@code crm/}}
     */
    public Crm crm() {
        return new Crm(apis);
    }

    /**
     * The resources under {@code crm/}.
     */
    public static final class Crm {
        private final ApiProvider apis;

        private Crm(ApiProvider apis) {
            this.apis = Objects.requireNonNull(apis, "apis");
        }

        /**
         * {@return the client of leads ({@code crm/lead})}
         */
        public LeadApi leads() {
            return apis.api(LeadApi.class);
        }
    }
}
