package dev.corekit.runtime.client;

import feign.Headers;
import feign.RequestLine;

/** A client whose bodies are plain Jackson records, so the mapper's naming shows in requests and answers. */
@Headers("Accept: application/json")
public interface TypedActivityApi {
    /** Creates an {@code activity}. */
    @RequestLine("POST /activity")
    @Headers("Content-Type: application/json")
    Activity create(Activity body);
}
