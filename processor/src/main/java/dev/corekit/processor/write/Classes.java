package dev.corekit.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.corekit.processor.CoreProcessor;

/** The types generated code refers to, by name only. */
final class Classes {
    static final String JACKSON_ANNOTATION = "com.fasterxml.jackson.annotation";
    static final ClassName JSON_PROPERTY = ClassName.get(JACKSON_ANNOTATION, "JsonProperty");
    static final ClassName JSON_INCLUDE = ClassName.get(JACKSON_ANNOTATION, "JsonInclude");
    static final ClassName JSON_INCLUDE_INCLUDE = JSON_INCLUDE.nestedClass("Include");
    static final ClassName JSON_AUTO_DETECT = ClassName.get(JACKSON_ANNOTATION, "JsonAutoDetect");
    static final ClassName VISIBILITY = JSON_AUTO_DETECT.nestedClass("Visibility");
    static final ClassName JSON_PROPERTY_ORDER = ClassName.get(JACKSON_ANNOTATION, "JsonPropertyOrder");
    static final ClassName JSON_FORMAT = ClassName.get(JACKSON_ANNOTATION, "JsonFormat");
    static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON_ANNOTATION, "JsonAnyGetter");
    static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON_ANNOTATION, "JsonAnySetter");
    static final ClassName JSON_DESERIALIZE =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
    static final ClassName JSON_POJO_BUILDER =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonPOJOBuilder");
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName NULL_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "NullNode");
    static final ClassName EXACT_JSON_NODE = ClassName.get("dev.corekit.runtime.http", "ExactJsonNodeDeserializer");

    static final ClassName REDACTED = ClassName.get("dev.corekit.annotation", "Redacted");

    static final ClassName REQUEST_LINE = ClassName.get("feign", "RequestLine");
    static final ClassName HEADERS = ClassName.get("feign", "Headers");
    static final ClassName PARAM = ClassName.get("feign", "Param");
    static final ClassName QUERY_MAP = ClassName.get("feign", "QueryMap");

    static final ClassName CORE_QUERY = ClassName.get("dev.corekit.runtime", "CoreQuery");
    static final ClassName PAGES = ClassName.get("dev.corekit.runtime.paging", "Pages");
    static final ClassName PATH_SEGMENT_EXPANDER = ClassName.get("dev.corekit.runtime.http", "PathSegmentExpander");
    static final ClassName API_PROVIDER = ClassName.get("dev.corekit.runtime", "ApiProvider");

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private Classes() {}

    /** {@code @Generated} naming the processor, without a date so that output is reproducible. */
    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED)
                .addMember("value", "$S", CoreProcessor.class.getName())
                .build();
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

    /** {@code @JsonAutoDetect} with every kind off: only explicitly annotated members are JSON properties. */
    static AnnotationSpec explicitJsonOnly() {
        AnnotationSpec.Builder builder = AnnotationSpec.builder(JSON_AUTO_DETECT);
        for (String kind : new String[] {
            "fieldVisibility", "getterVisibility", "isGetterVisibility", "setterVisibility", "creatorVisibility"
        }) {
            builder.addMember(kind, "$T.NONE", VISIBILITY);
        }
        return builder.build();
    }
}
