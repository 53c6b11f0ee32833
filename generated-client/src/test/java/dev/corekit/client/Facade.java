package dev.corekit.client;

import dev.corekit.runtime.ApiProvider;
import feign.RequestLine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Walks the generated facade {@link Core} by reflection: every public method returning a generated {@code FooApi}
 * interface is a resource, every method returning one of {@code Core}'s nested classes is a group to walk.
 */
final class Facade {

    /**
     * A resource reached through the facade.
     *
     * @param call how it is reached, e.g. {@code core.crm().leads()}
     * @param api the generated client interface the facade method returns
     * @param requested the interface the facade asked its {@code ApiProvider} for
     * @param path the CORE path, read from the client's {@code @RequestLine} of {@code get}
     */
    record Entry(String call, Class<?> api, Class<?> requested, String path) {}

    private Facade() {}

    static List<Entry> entries() {
        Recorder recorder = new Recorder();
        List<Entry> entries = new ArrayList<>();
        walk(new Core(recorder), "core", recorder, entries);
        entries.sort(Comparator.comparing(Entry::call));
        return entries;
    }

    private static void walk(Object node, String prefix, Recorder recorder, List<Entry> entries) {
        Method[] methods = node.getClass().getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method method : methods) {
            if (!Modifier.isPublic(method.getModifiers())
                    || Modifier.isStatic(method.getModifiers())
                    || method.getParameterCount() != 0) {
                continue;
            }
            String call = prefix + "." + method.getName() + "()";
            Class<?> type = method.getReturnType();
            if (type.isInterface()) {
                recorder.last = null;
                invoke(method, node);
                entries.add(new Entry(call, type, recorder.last, pathOf(type)));
            } else if (type.getEnclosingClass() != null && type.getName().startsWith(Core.class.getName() + "$")) {
                walk(invoke(method, node), call, recorder, entries);
            }
        }
    }

    /** The collection path of a generated client: its {@code get}'s request line without method and id. */
    static String pathOf(Class<?> api) {
        for (Method method : api.getMethods()) {
            RequestLine line = method.getAnnotation(RequestLine.class);
            if (method.getName().equals("get") && line != null) {
                String value = line.value();
                String path = value.substring(value.indexOf(' ') + 1);
                path = path.startsWith("/") ? path.substring(1) : path;
                return path.endsWith("/{id}") ? path.substring(0, path.length() - "/{id}".length()) : path;
            }
        }
        throw new AssertionError(api.getName() + " has no get method with a @RequestLine");
    }

    /** The DTO a generated client reads: the return type of its {@code get}. */
    static Class<?> dtoOf(Class<?> api) {
        for (Method method : api.getMethods()) {
            if (method.getName().equals("get") && method.getAnnotation(RequestLine.class) != null) {
                return method.getReturnType();
            }
        }
        throw new AssertionError(api.getName() + " has no get method");
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("cannot call " + method, e);
        }
    }

    /** Records which client the facade asks for; answers {@code null}, which the facade passes through. */
    private static final class Recorder implements ApiProvider {
        Class<?> last;

        @Override
        public <T> T api(Class<T> apiType) {
            last = apiType;
            return null;
        }
    }
}
