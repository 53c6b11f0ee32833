package dev.corekit.processor.check;

import java.util.Locale;

/**
 * Every diagnostic the processor reports, each with a stable id. Tests and users match on the id ({@code [CK122]}),
 * not on the prose.
 */
public enum Message {
    NOT_AN_INTERFACE("CK100", "@%s must be placed on an interface, but %s is %s"),
    NAME_RULE(
            "CK101", "a @%s interface must be named <Name>%s, so that the generated type can be named <Name>; got %s"),
    GENERIC_DECLARATION("CK102", "%s must not declare type parameters: a CORE resource has one fixed shape"),
    INACCESSIBLE("CK103", "%s is %s, so the code generated beside it cannot use it; make it public or package-private"),
    BOTH_ANNOTATIONS("CK104", "%s is annotated both @CoreResource and @CoreModel; choose one"),
    PATH_EMPTY("CK110", "path must not be empty; give the collection path below the API base URL, e.g. \"activity\""),
    PATH_INVALID("CK111", "path \"%s\" is not a CORE collection path: %s; write it like \"activity\" or \"crm/lead\""),
    OPERATION_NEEDS_ID("CK112", "operation %s needs the resource's id: declare an id() accessor or extend CoreEntity"),
    SINGLE_OPERATION("CK113", "a single resource (single = true) has no %s operation; allowed are GET and UPDATE"),
    ACCESSOR_VOID("CK120", "%s() returns void; a field accessor returns the field's type"),
    ACCESSOR_PARAMETERS(
            "CK121", "%s has parameters; a field accessor takes none (an extra endpoint is marked @CoreEndpoint)"),
    UNSUPPORTED_TYPE(
            "CK122",
            "%s() has type %s, which corekit cannot map to JSON: %s. Supported are String, boolean, int, long, double"
                    + " (and their boxes), BigDecimal, UUID, LocalDate, LocalDateTime, OffsetDateTime, Instant, enums,"
                    + " @CoreModel interfaces, List<T>, Map<String, T> and JsonNode"),
    DUPLICATE_JSON_NAME("CK123", "%s() maps to the JSON property \"%s\", which %s() already maps to"),
    RESERVED_NAME(
            "CK124",
            "%s() clashes with %s of the generated %s; rename the accessor and keep the JSON name with"
                    + " @JsonProperty(\"%s\")"),
    UNRESOLVED_TYPE("CK125", "%s() refers to %s, which does not exist and was not generated during processing"),
    BEAN_GETTER(
            "CK126",
            "%s() maps to the JSON property \"%s\", not \"%s\": corekit takes the method name as it is; name the"
                    + " accessor %s() or add @JsonProperty(\"%s\")"),
    ENDPOINT_PATH_INVALID("CK130", "endpoint path \"%s\" is invalid: %s"),
    ENDPOINT_UNBOUND_VARIABLE("CK131", "endpoint path variable {%s} has no parameter named %s"),
    ENDPOINT_EXTRA_PARAMETER(
            "CK132", "parameter %s is neither a path variable, a CoreQuery nor the body (the body is already %s)"),
    ENDPOINT_NAME_CLASH("CK133", "endpoint %s() clashes with the standard method %s() of the generated %s"),
    ENDPOINT_BODY_NOT_ALLOWED("CK134", "a %s endpoint cannot send a body, but parameter %s would be the body"),
    ENDPOINT_VARIABLE_TYPE(
            "CK135", "path variable %s has type %s; a path variable is a String, UUID, int, long, Integer or Long"),
    ENDPOINT_ON_MODEL("CK136", "@CoreEndpoint belongs in a @CoreResource interface; %s is a @CoreModel"),
    ENDPOINT_RETURN_TYPE("CK137", "endpoint %s() returns %s, which corekit cannot map: %s"),
    ENDPOINT_DUPLICATE_QUERY("CK138", "endpoint %s() has more than one CoreQuery parameter"),
    ENDPOINT_BODY_TYPE("CK139", "parameter %s of %s() has type %s, which corekit cannot send as JSON: %s"),
    ENDPOINT_NOT_ABSTRACT(
            "CK150",
            "@CoreEndpoint is on %s(), which has a body; an endpoint is an abstract method of the declaration"),
    GENERATED_NAME_TAKEN("CK140", "cannot generate %s for %s: %s"),
    FACADE_NAME_CLASH("CK141", "%s and %s would both be reached as %s() on the facade %s"),
    FACADE_OPTION_INVALID("CK142", "processor option corekit.facade=\"%s\" is not a qualified class name"),
    FACADE_OUTSIDE_PACKAGE(
            "CK143",
            "%s is outside the facade's package %s, so the facade does not list it; reach it with api(%s.class)"),
    INTERNAL_ERROR(
            "CK199",
            "corekit could not process %s (%s); this is a bug in corekit, please report it with this declaration");

    private final String id;
    private final String format;

    Message(String id, String format) {
        this.id = id;
        this.format = format;
    }

    /** The stable id, e.g. {@code CK122}. */
    public String id() {
        return id;
    }

    /** The full text, {@code [CK122] ...}, with the arguments filled in. */
    public String format(Object... args) {
        return "[" + id + "] " + String.format(Locale.ROOT, format, args);
    }
}
