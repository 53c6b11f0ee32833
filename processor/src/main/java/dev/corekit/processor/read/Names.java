package dev.corekit.processor.read;

/** Qualified names of the types the processor recognises; it never loads them. */
public final class Names {
    public static final String CORE_RESOURCE = "dev.corekit.annotation.CoreResource";
    public static final String CORE_MODEL = "dev.corekit.annotation.CoreModel";
    public static final String CORE_ENDPOINT = "dev.corekit.annotation.CoreEndpoint";
    public static final String REDACTED = "dev.corekit.annotation.Redacted";
    public static final String CORE_QUERY = "dev.corekit.runtime.CoreQuery";
    public static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    public static final String JSON_ALIAS = "com.fasterxml.jackson.annotation.JsonAlias";
    public static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";

    public static final String RESOURCE_SUFFIX = "Resource";
    public static final String MODEL_SUFFIX = "Model";

    private Names() {}
}
