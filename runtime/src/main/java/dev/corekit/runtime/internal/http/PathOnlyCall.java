package dev.corekit.runtime.internal.http;

import feign.InvocationHandlerFactory.MethodHandler;
import feign.Logger;
import feign.MethodMetadata;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import feign.RetryableException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One call of a method whose request is its path alone ({@code GET /activity/{id}}): the request Feign would build,
 * built from parts prepared once (the path's literal pieces and static headers as Feign expands them), and then sent,
 * logged and decoded as Feign's own method handler does. Feign's request template would otherwise be copied,
 * expanded and parsed again on every call. A call with a {@code null} or collection argument goes to Feign's handler.
 */
final class PathOnlyCall implements MethodHandler {
    private final DirectCalls calls;
    private final Plan plan;
    private final EndpointTarget<?> target;
    private final MethodHandler feign;

    PathOnlyCall(DirectCalls calls, Plan plan, EndpointTarget<?> target, MethodHandler feign) {
        this.calls = calls;
        this.plan = plan;
        this.target = target;
        this.feign = feign;
    }

    @Override
    public Object invoke(Object[] argv) throws Throwable {
        // A method without parameters gets no array from the proxy.
        if (argv != null) {
            for (Object argument : argv) {
                if (argument == null || argument instanceof Iterable) {
                    return feign.invoke(argv);
                }
            }
        }
        Request request = request(argv);
        Logger.Level level = calls.logLevel;
        String configKey = plan.metadata.configKey();
        if (level != Logger.Level.NONE) {
            calls.logger.logRequest(configKey, level, request);
        }
        long start = System.nanoTime();
        Response response;
        try {
            response = calls.client.execute(request, calls.options);
            if (response.request() != request) {
                response = response.toBuilder().request(request).build();
            }
        } catch (IOException e) {
            if (level != Logger.Level.NONE) {
                calls.logger.logIOException(configKey, level, e, elapsed(start));
            }
            throw new RetryableException(
                    -1,
                    String.format("%s executing %s %s", e.getMessage(), request.httpMethod(), request.url()),
                    request.httpMethod(),
                    e,
                    (Long) null,
                    request);
        }
        Type returnType = plan.metadata.returnType();
        return calls.responses.handleResponse(configKey, response, returnType, elapsed(start));
    }

    private Request request(Object[] argv) {
        EndpointTarget.Credentials credentials = target.credentials();
        StringBuilder url = new StringBuilder(credentials.base().length() + 64).append(credentials.base());
        for (int i = 0; i < plan.arguments.length; i++) {
            url.append(plan.pieces[i]).append(DirectCalls.EXPANDER.expand(argv[plan.arguments[i]]));
        }
        url.append(plan.pieces[plan.arguments.length]);
        Map<String, Collection<String>> sent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sent.putAll(plan.headers);
        sent.remove("Authorization");
        sent.put("Authorization", List.of(credentials.authorization()));
        sent.remove(CoreRequestInterceptor.UTC_OFFSET_HEADER);
        String offset = calls.interceptor.utcOffset();
        if (offset != null) {
            sent.put(CoreRequestInterceptor.UTC_OFFSET_HEADER, List.of(offset));
        }
        // Feign's own template of the method: what it names (the method's metadata) is the same for every call.
        RequestTemplate template = plan.metadata.template();
        return Request.create(plan.httpMethod, url.toString(), sent, Request.Body.empty(), template);
    }

    private static long elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Override
    public String toString() {
        return "PathOnlyCall{" + plan.metadata.configKey() + "}";
    }

    /** How the requests of one method are built, the same for the clients of every connection. */
    static final class Plan {
        private final MethodMetadata metadata;
        private final Request.HttpMethod httpMethod;
        /** The path's literal pieces, one more than {@link #arguments}. */
        private final String[] pieces;
        /** The argument expanded between each two pieces. */
        private final int[] arguments;
        /** The method's static headers as Feign expands them. */
        private final Map<String, List<String>> headers;

        Plan(MethodMetadata metadata, String[] pieces, int[] arguments, Map<String, List<String>> headers) {
            this.metadata = metadata;
            this.httpMethod = Request.HttpMethod.valueOf(metadata.template().method());
            this.pieces = pieces;
            this.arguments = arguments;
            this.headers = headers;
        }
    }
}
