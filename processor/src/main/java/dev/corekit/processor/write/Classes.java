package dev.corekit.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.corekit.processor.CoreProcessor;

/** The types generated code refers to, by name only. */
final class Classes {
    static final String RUNTIME_GENERATED = "dev.corekit.runtime.generated";
    static final String JACKSON_ANNOTATION = "com.fasterxml.jackson.annotation";
    static final ClassName JSON_PROPERTY = ClassName.get(JACKSON_ANNOTATION, "JsonProperty");
    static final ClassName JSON_PROPERTY_ORDER = ClassName.get(JACKSON_ANNOTATION, "JsonPropertyOrder");
    static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON_ANNOTATION, "JsonAnyGetter");
    static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON_ANNOTATION, "JsonAnySetter");
    static final ClassName JSON_DESERIALIZE =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
    static final ClassName JSON_POJO_BUILDER =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonPOJOBuilder");
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName EXACT_JSON_NODE = ClassName.get(RUNTIME_GENERATED, "ExactJsonNodeDeserializer");

    static final ClassName REDACTED = ClassName.get("dev.corekit.annotation", "Redacted");

    static final ClassName REQUEST_LINE = ClassName.get("feign", "RequestLine");
    static final ClassName HEADERS = ClassName.get("feign", "Headers");
    static final ClassName PARAM = ClassName.get("feign", "Param");
    static final ClassName QUERY_MAP = ClassName.get("feign", "QueryMap");

    static final ClassName CORE_QUERY = ClassName.get("dev.corekit.runtime", "CoreQuery");
    static final ClassName PAGES = ClassName.get(RUNTIME_GENERATED, "Pages");
    static final ClassName PATH_SEGMENT_EXPANDER = ClassName.get(RUNTIME_GENERATED, "PathSegmentExpander");
    static final ClassName API_PROVIDER = ClassName.get("dev.corekit.runtime", "ApiProvider");

    static final ClassName EXPLICIT_JSON = ClassName.get(RUNTIME_GENERATED, "ExplicitJson");
    static final ClassName JSON_EXTRAS = ClassName.get(RUNTIME_GENERATED, "JsonExtras");
    static final ClassName JSON_EXTRAS_BUILDER = JSON_EXTRAS.nestedClass("Builder");
    static final ClassName JSON_ENUM = ClassName.get(RUNTIME_GENERATED, "JsonEnum");
    static final ClassName DTO_TO_STRING = ClassName.get(RUNTIME_GENERATED, "DtoToString");
    static final ClassName CORE_DATE_TIME = ClassName.get(RUNTIME_GENERATED, "CoreDateTime");
    static final ClassName ISO_TEXT = ClassName.get(RUNTIME_GENERATED, "IsoText");
    static final ClassName KEEP_OFFSET = ClassName.get(RUNTIME_GENERATED, "KeepOffset");
    static final ClassName COPIES = ClassName.get(RUNTIME_GENERATED, "Copies");

    static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");
    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private Classes() {}

    /** {@code @Generated} naming the processor, without a date so that output is reproducible. */
    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED)
                .addMember("value", "$S", CoreProcessor.class.getName())
                .build();
    }

    /** {@code @Nullable}, for a type that a JSON {@code null} or an absent property leaves {@code null}. */
    static AnnotationSpec nullable() {
        return AnnotationSpec.builder(NULLABLE).build();
    }

    /**
     * {@code @JsonDeserialize(using = ExactJsonNodeDeserializer.class)}, or {@code contentUsing} for the values of a
     * List or Map: free-form JSON read with its numbers exact, whatever the mapper's settings.
     */
    static AnnotationSpec exactJson(String member) {
        return AnnotationSpec.builder(JSON_DESERIALIZE)
                .addMember(member, "$T.class", EXACT_JSON_NODE)
                .build();
    }
}
