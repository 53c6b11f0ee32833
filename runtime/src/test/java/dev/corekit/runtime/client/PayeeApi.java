package dev.corekit.runtime.client;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** A client of {@link Payee}s, whose redacted fields the excerpts of its failures mask. */
@Headers("Accept: application/json")
public interface PayeeApi {
    /** Reads one payee. */
    @RequestLine("GET /payee/{id}")
    Payee read(@Param("id") String id);

    /** Creates a payee. */
    @RequestLine("POST /payee")
    @Headers("Content-Type: application/json")
    Payee create(Payee body);
}
