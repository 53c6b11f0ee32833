package dev.corekit.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Writes a request body as UTF-8 JSON with the app's mapper, for the declared type of the body parameter. */
final class JsonBodyEncoder implements Encoder {
    private final ObjectMapper mapper;

    JsonBodyEncoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void encode(Object object, Type bodyType, RequestTemplate template) {
        try {
            template.body(
                    mapper.writerFor(mapper.getTypeFactory().constructType(bodyType))
                            .writeValueAsBytes(object),
                    StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new EncodeException(e.getMessage(), e);
        }
    }
}
