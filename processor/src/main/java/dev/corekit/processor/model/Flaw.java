package dev.corekit.processor.model;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A member of a declaration that reading found unusable; the checks report it. {@code method} is the member (declared
 * in the declaration or in one of its super-interfaces).
 */
public sealed interface Flaw {

    /** {@return the member the flaw is on} */
    ExecutableElement method();

    /** A field accessor that takes parameters. */
    record AccessorWithParameters(ExecutableElement method) implements Flaw {}

    /** A field accessor that returns void. */
    record VoidAccessor(ExecutableElement method) implements Flaw {}

    /** A field accessor whose type corekit cannot map, and why. */
    record UnsupportedType(ExecutableElement method, TypeMirror type, String reason) implements Flaw {}

    /**
     * A type that does not exist (yet), named by a field accessor, an endpoint's return type or, when
     * {@code parameter} is set, an endpoint's body. It is an error only once no later round can generate it.
     */
    record MissingType(ExecutableElement method, VariableElement parameter, String typeName) implements Flaw {}

    /** {@code @CoreEndpoint} in a {@code @CoreModel}. */
    record EndpointOnModel(ExecutableElement method) implements Flaw {}

    /** {@code @CoreEndpoint} on a method with a body (a default or static method). */
    record EndpointNotAbstract(ExecutableElement method) implements Flaw {}

    /** An endpoint whose return type corekit cannot map, and why. */
    record UnsupportedReturnType(ExecutableElement method, TypeMirror type, String reason) implements Flaw {}

    /** An endpoint's body parameter whose type corekit cannot send as JSON, and why. */
    record UnsupportedBodyType(ExecutableElement method, VariableElement parameter, TypeMirror type, String reason)
            implements Flaw {}
}
