package dev.corekit.it.surface;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The public surface of compiled packages, read from the class files of a directory: the types a user can name, and
 * the members a user can call or override (public, and protected in a class a user can extend).
 */
final class PublicSurface {
    private final Path classes;
    private final ClassLoader loader;

    private PublicSurface(Path classes, ClassLoader loader) {
        this.classes = classes;
        this.loader = loader;
    }

    /** The surface of the class directory or jar that {@code member} was loaded from. */
    static PublicSurface of(Class<?> member) {
        try {
            Path location = Path.of(
                    member.getProtectionDomain().getCodeSource().getLocation().toURI());
            // A jar is read through its zip file system, open for the test's lifetime.
            Path root = Files.isDirectory(location)
                    ? location
                    : FileSystems.newFileSystem(location).getPath("/");
            return new PublicSurface(root, member.getClassLoader());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The type names listed in {@code resource} (beside this class), one canonical name a line; blank lines and
     * {@code #} comments skipped.
     */
    static Set<String> listed(String resource) {
        try (InputStream in = PublicSurface.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " beside " + PublicSurface.class.getName());
            }
            Set<String> names = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The types of {@code pkg} (not its subpackages) a user can name, by canonical name, sorted. */
    Set<String> publicTypes(String pkg) {
        Set<String> names = new TreeSet<>();
        for (Class<?> type : classesOf(pkg)) {
            if (visible(type)) {
                names.add(type.getCanonicalName());
            }
        }
        return names;
    }

    /**
     * Every place where a visible signature of {@code pkg} mentions a type whose name {@code forbidden} accepts, as
     * {@code "Type.member: mentioned.Type"}, sorted.
     */
    Set<String> mentions(String pkg, Predicate<String> forbidden) {
        Set<String> found = new TreeSet<>();
        for (Class<?> type : classesOf(pkg)) {
            if (!visible(type)) {
                continue;
            }
            String owner = type.getCanonicalName();
            check(owner + " superclass", type.getGenericSuperclass(), forbidden, found);
            for (Type i : type.getGenericInterfaces()) {
                check(owner + " interfaces", i, forbidden, found);
            }
            for (TypeVariable<?> v : type.getTypeParameters()) {
                check(owner + " type parameter " + v.getName(), v, forbidden, found);
            }
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    check(owner + "." + c.getName(), c.getGenericType(), forbidden, found);
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(type, f)) {
                    check(owner + "." + f.getName(), f.getGenericType(), forbidden, found);
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (visible(type, c)) {
                    String where = owner + ".<init>";
                    for (Type p : c.getGenericParameterTypes()) {
                        check(where, p, forbidden, found);
                    }
                    for (Type e : c.getGenericExceptionTypes()) {
                        check(where, e, forbidden, found);
                    }
                    for (TypeVariable<?> v : c.getTypeParameters()) {
                        check(where, v, forbidden, found);
                    }
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (visible(type, m) && !m.isSynthetic() && !m.isBridge()) {
                    String where = owner + "." + m.getName() + "()";
                    check(where, m.getGenericReturnType(), forbidden, found);
                    for (Type p : m.getGenericParameterTypes()) {
                        check(where, p, forbidden, found);
                    }
                    for (Type e : m.getGenericExceptionTypes()) {
                        check(where, e, forbidden, found);
                    }
                    for (TypeVariable<?> v : m.getTypeParameters()) {
                        check(where, v, forbidden, found);
                    }
                }
            }
        }
        return found;
    }

    /** The packages under {@code prefix} (itself included) that have class files. */
    Set<String> packagesUnder(String prefix) {
        Path dir = classes.resolve(prefix.replace('.', '/'));
        Set<String> packages = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return packages;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f.getParent()).toString().replace('/', '.'))
                    .forEach(packages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packages;
    }

    private List<Class<?>> classesOf(String pkg) {
        Path dir = classes.resolve(pkg.replace('.', '/'));
        List<Class<?>> types = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return types;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.equals("package-info.class")) {
                    continue;
                }
                types.add(Class.forName(pkg + "." + name.substring(0, name.length() - 6), false, loader));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return types;
    }

    /** Whether a user can name {@code type}: public (or protected when nested), and so is every enclosing type. */
    private static boolean visible(Class<?> type) {
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            return false;
        }
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            int m = t.getModifiers();
            boolean ok = Modifier.isPublic(m) || (t.getDeclaringClass() != null && Modifier.isProtected(m));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether a user can call or override {@code member}: public, or protected in a class that is not final. */
    private static boolean visible(Class<?> owner, Member member) {
        int m = member.getModifiers();
        return Modifier.isPublic(m) || (Modifier.isProtected(m) && !Modifier.isFinal(owner.getModifiers()));
    }

    private static void check(String where, Type type, Predicate<String> forbidden, Set<String> found) {
        walk(type, new HashSet<>(), t -> {
            if (forbidden.test(t.getName())) {
                found.add(where + ": " + t.getName());
            }
        });
    }

    private static void walk(Type type, Set<Type> seen, java.util.function.Consumer<Class<?>> each) {
        if (type == null || !seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            each.accept(c.isArray() ? c.getComponentType() : c);
            if (c.isArray()) {
                walk(c.getComponentType(), seen, each);
            }
        } else if (type instanceof ParameterizedType p) {
            walk(p.getRawType(), seen, each);
            walk(p.getOwnerType(), seen, each);
            for (Type a : p.getActualTypeArguments()) {
                walk(a, seen, each);
            }
        } else if (type instanceof GenericArrayType a) {
            walk(a.getGenericComponentType(), seen, each);
        } else if (type instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                walk(b, seen, each);
            }
            for (Type b : w.getLowerBounds()) {
                walk(b, seen, each);
            }
        } else if (type instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                walk(b, seen, each);
            }
        }
    }
}
