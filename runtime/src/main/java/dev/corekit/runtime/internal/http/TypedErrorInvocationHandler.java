package dev.corekit.runtime.internal.http;

import dev.corekit.runtime.error.CoreApiException;
import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.error.CoreTransportException;
import dev.corekit.runtime.metrics.CallOutcome;
import dev.corekit.runtime.metrics.CoreMetrics;
import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.InvocationHandlerFactory.MethodHandler;
import feign.RequestLine;
import feign.Target;
import feign.codec.EncodeException;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The invocation handler of every Feign client corekit builds: Feign's own proxy dispatches to it, so every method of a
 * {@code FooApi} passes here, default methods ({@code list(CoreQuery)}, {@code stream()}) and the calls they make
 * (every later page of a stream) included. Calls that reach CORE run through the {@link CoreRetryer}; whatever Feign
 * or the HTTP client still throws is turned into a {@code dev.corekit.runtime.error} type, classified by its cause, so
 * the same failure is the same type whatever the log level.
 *
 * <p>Dispatch is Feign's: one map lookup and the {@link MethodHandler}, no reflective {@link Method#invoke}.
 */
public final class TypedErrorInvocationHandler implements InvocationHandler {
    private final Target<?> target;
    private final Map<Method, Route> routes;
    private final CoreRetryer retryer;
    private final CoreMetrics metrics;

    private TypedErrorInvocationHandler(
            EndpointTarget<?> target,
            Map<Method, MethodHandler> dispatch,
            CoreRetryer retryer,
            @Nullable DirectCalls direct,
            CoreMetrics metrics) {
        this.target = Objects.requireNonNull(target, "target");
        this.retryer = Objects.requireNonNull(retryer, "retryer");
        this.metrics = GuardedMetrics.of(metrics);
        String resource = Route.resource(dispatch.keySet());
        Map<Method, Route> byMethod = new HashMap<>();
        dispatch.forEach((method, handler) -> byMethod.put(
                method,
                Route.of(method, direct == null ? handler : direct.handler(target, method, handler), resource)));
        this.routes = byMethod;
    }

    /**
     * The factory to give {@link feign.Feign.Builder#invocationHandlerFactory}: every call retries on {@code engine},
     * and refreshes the tokens of its {@link EndpointTarget}'s connection.
     */
    public static InvocationHandlerFactory factory(RetryEngine engine) {
        return factory(engine, null, CoreMetrics.none());
    }

    /**
     * As {@link #factory(RetryEngine)}, with the requests of methods whose request is their path alone built by
     * {@code direct} instead of Feign's request templates.
     *
     * @param direct the parts of the same Feign, or {@code null} for Feign's handlers throughout
     * @param metrics told of every call's outcome and retries, whether {@code direct} or Feign made its request
     */
    public static InvocationHandlerFactory factory(
            RetryEngine engine, @Nullable DirectCalls direct, CoreMetrics metrics) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(metrics, "metrics");
        return (target, dispatch) -> {
            if (!(target instanceof EndpointTarget<?> endpoint)) {
                throw new IllegalArgumentException("corekit clients target an EndpointTarget, not " + target);
            }
            return new TypedErrorInvocationHandler(
                    endpoint, dispatch, new CoreRetryer(engine, endpoint.tokens(), metrics), direct, metrics);
        };
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Route route = routes.get(method);
        if (route == null) {
            return objectMethod(proxy, method, args);
        }
        if (route.isDefault()) {
            try {
                return route.handler().invoke(args);
            } catch (FeignException e) {
                throw translate(e, route);
            }
        }
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            return retryer.call(route.handler(), args, route.resource(), route.name());
        } catch (CoreException | Error e) {
            failure = e;
            throw e;
        } catch (Throwable e) {
            failure = translate(e, route);
            throw failure;
        } finally {
            metrics.callEnded(
                    route.resource(), route.name(), CallOutcome.of(failure), failure, System.nanoTime() - start);
        }
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "equals":
                return args != null
                        && args.length == 1
                        && args[0] != null
                        && Proxy.isProxyClass(args[0].getClass())
                        && Proxy.getInvocationHandler(args[0]) == this;
            case "hashCode":
                return System.identityHashCode(this);
            case "toString":
                return "corekit " + target;
            default:
                throw new UnsupportedOperationException(method.getName() + " is not a method of " + target.type());
        }
    }

    /** Whatever is left, by cause: an encoding failure, an answer that broke off, a failure without an answer. */
    private static CoreException translate(Throwable failure, Route route) {
        if (failure.getCause() instanceof CoreException core) {
            return core;
        }
        String method = route.method();
        String path = route.path();
        if (failure instanceof FeignException feign && feign.request() != null) {
            method = feign.request().httpMethod().name();
            path = URI.create(feign.request().url()).getRawPath();
        }
        if (failure instanceof EncodeException) {
            return new CoreException(
                    method + " " + path + ": the request body cannot be written (" + simpleName(failure.getCause())
                            + ")",
                    failure);
        }
        if (failure.getCause() instanceof IOException io) {
            // The I/O failure itself, not Feign's wrapper: that one may hold the bytes of the answer read so far.
            return new CoreTransportException(method, path, "the answer broke off: " + simpleName(io), io);
        }
        if (failure instanceof FeignException feign && feign.status() > 0) {
            return new CoreApiException(feign.status(), method, path, "", "unexpected failure: " + simpleName(failure));
        }
        // Never Feign's wrapper as the cause: it may hold the bytes of an answer.
        Throwable cause = failure instanceof FeignException ? failure.getCause() : failure;
        return new CoreTransportException(method, path, simpleName(cause != null ? cause : failure), cause);
    }

    private static String simpleName(Throwable failure) {
        return failure == null ? "unknown" : failure.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return "TypedErrorInvocationHandler{" + target + "}";
    }

    /**
     * A method's handler, whether it is a default method, its request line for messages, and its names for metrics:
     * its interface's resource and its Java name.
     */
    private record Route(
            MethodHandler handler, boolean isDefault, String method, String path, String resource, String name) {
        static Route of(Method method, MethodHandler handler, String resource) {
            String[] parts = requestLine(method);
            return new Route(
                    handler,
                    method.isDefault(),
                    parts.length == 0 ? "?" : parts[0],
                    parts.length < 2 ? "?" : path(parts[1]),
                    resource,
                    method.getName());
        }

        private static String[] requestLine(Method method) {
            RequestLine line = method.getAnnotation(RequestLine.class);
            return line == null ? new String[0] : line.value().trim().split("\\s+", 2);
        }

        private static String path(String target) {
            return target.split("\\?", 2)[0];
        }

        /**
         * The resource of a {@code FooApi}: the segments before any variable that all its request paths share. Each
         * request path of a generated client starts with its resource's declared path, and its list, get, create,
         * update or delete is that path itself (or it followed by {@code /{id}}), so this is the declared path, e.g.
         * {@code crm/lead} of {@code GET /crm/lead/{id}}; never a value of a variable.
         */
        static String resource(Collection<Method> methods) {
            List<String> shared = null;
            for (Method method : methods) {
                String[] parts = requestLine(method);
                if (parts.length < 2) {
                    continue;
                }
                List<String> fixed = new ArrayList<>();
                for (String segment : path(parts[1]).split("/")) {
                    if (segment.contains("{")) {
                        break;
                    }
                    if (!segment.isEmpty()) {
                        fixed.add(segment);
                    }
                }
                if (shared == null) {
                    shared = fixed;
                } else {
                    int common = 0;
                    while (common < shared.size()
                            && common < fixed.size()
                            && shared.get(common).equals(fixed.get(common))) {
                        common++;
                    }
                    shared = shared.subList(0, common);
                }
            }
            return shared == null || shared.isEmpty() ? "?" : String.join("/", shared);
        }
    }
}
