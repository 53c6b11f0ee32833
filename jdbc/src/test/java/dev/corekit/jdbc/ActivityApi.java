package dev.corekit.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.RequestLine;
import java.util.List;

/** The one CORE call the end-to-end test makes, shaped like a generated {@code FooApi}. */
@Headers("Accept: application/json")
public interface ActivityApi {
    @RequestLine("GET /activity")
    List<JsonNode> list();
}
