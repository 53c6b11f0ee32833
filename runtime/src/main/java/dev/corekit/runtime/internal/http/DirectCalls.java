package dev.corekit.runtime.internal.http;

import dev.corekit.runtime.generated.PathSegmentExpander;
import feign.Client;
import feign.Contract;
import feign.InvocationHandlerFactory.MethodHandler;
import feign.Logger;
import feign.MethodMetadata;
import feign.Param;
import feign.Request;
import feign.RequestTemplate;
import feign.ResponseHandler;
import feign.ResponseInterceptor;
import feign.codec.Decoder;
import feign.codec.ErrorDecoder;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The parts a call needs when corekit builds its request instead of Feign ({@link PathOnlyCall}), the same ones the
 * app's Feign is built with. Only for methods whose request is their path alone, and only with corekit's own HTTP
 * clients: a client the app gives may read the request template Feign attaches to each request, and gets Feign's.
 */
public final class DirectCalls {
    static final Param.Expander EXPANDER = new PathSegmentExpander();

    /** Stands for an argument while Feign expands a path once; unreserved, so Feign leaves it as it is. */
    private static final Pattern MARKER = Pattern.compile("corekitArgument(\\d+)x");

    /** An expression with a pattern, such as {@code {id:[0-9]+}}. */
    private static final Pattern PATTERNED = Pattern.compile("\\{[^}]*:");

    final Client client;
    final Request.Options options;
    final RedactingLogger logger;
    final Logger.Level logLevel;
    final CoreRequestInterceptor interceptor;
    final ResponseHandler responses;
    private final Contract contract;
    /** Per method of every interface: how its requests are built, or empty for Feign's handler. */
    private final Map<Key, Optional<PathOnlyCall.Plan>> plans = new ConcurrentHashMap<>();

    /**
     * @param contract the contract the app's Feign parses interfaces with
     * @param decoder as given to the app's Feign, which decodes void answers and closes bodies after decoding
     * @param errorDecoder as given to the app's Feign
     */
    public DirectCalls(
            Client client,
            Request.Options options,
            Contract contract,
            CoreRequestInterceptor interceptor,
            RedactingLogger logger,
            Logger.Level logLevel,
            Decoder decoder,
            ErrorDecoder errorDecoder) {
        this.client = Objects.requireNonNull(client, "client");
        this.options = Objects.requireNonNull(options, "options");
        this.contract = Objects.requireNonNull(contract, "contract");
        this.interceptor = Objects.requireNonNull(interceptor, "interceptor");
        this.logger = Objects.requireNonNull(logger, "logger");
        this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
        this.responses = new ResponseHandler(
                logLevel, logger, decoder, errorDecoder, false, true, true, ResponseInterceptor.Chain.DEFAULT);
    }

    /**
     * The handler of {@code method} for clients of {@code target}: a {@link PathOnlyCall} where the method's request is
     * its path alone, else Feign's.
     */
    MethodHandler handler(EndpointTarget<?> target, Method method, MethodHandler feign) {
        Optional<PathOnlyCall.Plan> plan =
                plans.computeIfAbsent(new Key(target.type(), method), key -> plan(key.type(), key.method()));
        return plan.isPresent() ? new PathOnlyCall(this, plan.get(), target, feign) : feign;
    }

    private Optional<PathOnlyCall.Plan> plan(Class<?> type, Method method) {
        for (MethodMetadata metadata : contract.parseAndValidateMetadata(type)) {
            if (method.equals(metadata.method()) && pathOnly(metadata)) {
                return Optional.ofNullable(plan(metadata));
            }
        }
        return Optional.empty();
    }

    private static boolean pathOnly(MethodMetadata metadata) {
        RequestTemplate template = metadata.template();
        if (metadata.isIgnored()
                || template.method() == null
                // Feign turns an encoded slash of an argument back into a path separator there.
                || template.decodeSlash()
                || Request.HttpMethod.valueOf(template.method()).isWithBody()
                || metadata.urlIndex() != null
                || metadata.bodyIndex() != null
                || metadata.queryMapIndex() != null
                || metadata.headerMapIndex() != null
                || !metadata.formParams().isEmpty()
                || metadata.indexToExpander() != null
                || !template.queries().isEmpty()
                || template.bodyTemplate() != null
                // A fixed @Body: Feign sends it, with its Content-Length.
                || (template.body() != null && template.body().length != 0)
                || template.headers().containsKey("Content-Length")
                // Feign checks each argument against the expression's pattern ({id:[0-9]+}) on every call.
                || PATTERNED.matcher(template.url()).find()
                || metadata.indexToName().size() != metadata.method().getParameterCount()) {
            return false;
        }
        for (Map.Entry<Integer, Collection<String>> names :
                metadata.indexToName().entrySet()) {
            if (names.getValue().size() != 1
                    || metadata.indexToExpanderClass().get(names.getKey()) != PathSegmentExpander.class) {
                return false;
            }
        }
        for (Collection<String> values : template.headers().values()) {
            for (String value : values) {
                if (value.contains("{")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Lets Feign expand the path once, each argument a marker, and cuts it at the markers; {@code null} if odd. */
    private static PathOnlyCall.@Nullable Plan plan(MethodMetadata metadata) {
        Map<String, Object> markers = new LinkedHashMap<>();
        Map<String, Integer> indexes = new LinkedHashMap<>();
        metadata.indexToName().forEach((index, names) -> {
            String name = names.iterator().next();
            markers.put(name, "corekitArgument" + index + "x");
            indexes.put(name, index);
        });
        RequestTemplate expanded = RequestTemplate.from(metadata.template()).resolve(markers);
        String path = expanded.url();
        if (!path.startsWith("/") || path.contains("?") || path.contains("#") || path.contains("{")) {
            return null;
        }
        List<String> pieces = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        Matcher matcher = MARKER.matcher(path);
        int from = 0;
        while (matcher.find()) {
            pieces.add(path.substring(from, matcher.start()));
            arguments.add(Integer.parseInt(matcher.group(1)));
            from = matcher.end();
        }
        pieces.add(path.substring(from));
        if (!arguments.containsAll(indexes.values())) {
            return null;
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        expanded.headers().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        // A loop, not a stream: this runs at a fresh JVM's first api(), where the stream classes would load for it.
        int[] order = new int[arguments.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = arguments.get(i);
        }
        return new PathOnlyCall.Plan(metadata, pieces.toArray(String[]::new), order, headers);
    }

    @Override
    public String toString() {
        return "DirectCalls{" + client + "}";
    }

    /**
     * A method as a method of one interface: a method it inherits has its own metadata there. Its own equals and
     * hashCode: a record's generated ones link an invokedynamic bootstrap, milliseconds on a fresh JVM's first call.
     */
    private record Key(Class<?> type, Method method) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && type == key.type && method.equals(key.method);
        }

        @Override
        public int hashCode() {
            return 31 * type.hashCode() + method.hashCode();
        }
    }
}
