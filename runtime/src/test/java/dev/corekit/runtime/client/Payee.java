package dev.corekit.runtime.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.corekit.annotation.Redacted;
import java.util.List;
import java.util.UUID;

/** A Jackson DTO with {@code @Redacted} fields on its own and on nested types, as the processor generates them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Payee(
        UUID id,
        String name,
        @Redacted String ssn,
        @Redacted Integer token,
        List<Account> accounts) {

    /** A nested DTO whose redacted field has a JSON name of its own. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Account(
            String bank, @Redacted @JsonProperty("iban") String number) {}
}
