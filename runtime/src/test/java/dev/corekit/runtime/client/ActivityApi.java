package dev.corekit.runtime.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.generated.Pages;
import dev.corekit.runtime.generated.PathSegmentExpander;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A hand-written client shaped exactly like the {@code FooApi} corekit-processor generates (see the processor's golden
 * {@code TaskApi.java}): the processor is built after the runtime in the reactor, so the runtime's own tests cannot run
 * it. Bodies are {@link JsonNode}s, plus one typed read into {@link Activity} for decoding errors.
 */
@Headers("Accept: application/json")
public interface ActivityApi {
    /** Lists {@code activity} with the query parameters as given. */
    @RequestLine("GET /activity")
    List<JsonNode> list(@QueryMap(encoded = true) Map<String, Object> query);

    /** Lists one page of {@code activity} matching {@code query}. */
    default List<JsonNode> list(CoreQuery query) {
        return list(query.toEncodedQueryMap());
    }

    /** Walks all pages of {@code activity} matching {@code query}. */
    default Stream<JsonNode> stream(CoreQuery query) {
        return Pages.stream(query, page -> list(page));
    }

    /** Reads one {@code activity}. */
    @RequestLine(value = "GET /activity/{id}", decodeSlash = false)
    JsonNode get(@Param(value = "id", expander = PathSegmentExpander.class) String id);

    /** Reads one {@code activity} into the typed DTO. */
    @RequestLine(value = "GET /activity/{id}", decodeSlash = false)
    Activity read(@Param(value = "id", expander = PathSegmentExpander.class) String id);

    /** Creates an {@code activity}. */
    @RequestLine("POST /activity")
    @Headers("Content-Type: application/json")
    JsonNode create(JsonNode body);

    /** Replaces an {@code activity}. */
    @RequestLine(value = "PUT /activity/{id}", decodeSlash = false)
    @Headers("Content-Type: application/json")
    JsonNode update(@Param(value = "id", expander = PathSegmentExpander.class) String id, JsonNode body);

    /** Changes some fields of an {@code activity}. */
    @RequestLine(value = "PATCH /activity/{id}", decodeSlash = false)
    @Headers("Content-Type: application/json")
    JsonNode patch(@Param(value = "id", expander = PathSegmentExpander.class) String id, JsonNode body);

    /** Deletes an {@code activity}. */
    @RequestLine(value = "DELETE /activity/{id}", decodeSlash = false)
    void delete(@Param(value = "id", expander = PathSegmentExpander.class) String id);
}
