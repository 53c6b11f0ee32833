package dev.corekit.runtime;

/**
 * Gives the client for a generated {@code FooApi} interface; {@code CoreClient} implements it; a generated facade is
 * built on one.
 *
 * <p>Not a functional interface: {@link #api(Class)} is generic, which a lambda cannot implement.
 */
public interface ApiProvider {

    /**
     * Returns the client for a generated API interface, wired to one connected CORE company.
     *
     * @param apiType the generated Feign interface, e.g. {@code ActivityApi.class}
     * @param <T> the API type
     * @return a client implementing {@code apiType}
     * @throws NullPointerException if {@code apiType} is null
     * @throws IllegalArgumentException if the implementation cannot build a client for {@code apiType}, e.g. because
     *     it is not an interface
     */
    <T> T api(Class<T> apiType);
}
