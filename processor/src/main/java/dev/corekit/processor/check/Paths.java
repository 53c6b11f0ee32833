package dev.corekit.processor.check;

/** The rules for CORE collection paths and endpoint paths. */
public final class Paths {
    private Paths() {}

    /**
     * {@return why {@code path} is not a collection path like {@code activity} or {@code crm/lead}, or {@code null}}
     *
     * @param path the path as declared
     */
    public static String collectionProblem(String path) {
        return problem(path, false);
    }

    /**
     * {@return why {@code path} is not an endpoint path like {@code {id}/activities} or {@code batch}, or {@code null}}
     *
     * @param path the path as declared
     */
    public static String endpointProblem(String path) {
        if (path.isEmpty()) {
            return "it is empty";
        }
        return problem(path, true);
    }

    private static String problem(String path, boolean variables) {
        if (path.contains("://") || path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return "it has a scheme; give only the path below the API base URL";
        }
        if (path.startsWith("//")) {
            return "it names a host; give only the path below the API base URL";
        }
        if (path.indexOf('?') >= 0) {
            return "it has a query; query parameters belong in CoreQuery";
        }
        if (path.indexOf('#') >= 0) {
            return "it has a fragment";
        }
        if (path.startsWith("/")) {
            return "it starts with '/'; paths are relative to the API base URL";
        }
        if (path.endsWith("/")) {
            return "it ends with '/'";
        }
        if (path.contains("//")) {
            return "it has an empty segment";
        }
        String first = path.split("/")[0];
        if (first.indexOf('.') > 0 && !first.startsWith("{")) {
            return "it names a host; give only the path below the API base URL";
        }
        for (String segment : path.split("/")) {
            if (variables && segment.matches("\\{[A-Za-z_][A-Za-z0-9_]*}")) {
                continue;
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                boolean allowed = (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || c == '-'
                        || c == '_';
                if (!allowed) {
                    return Character.isWhitespace(c)
                            ? "it contains whitespace"
                            : "it contains '" + c + "', which CORE paths do not use";
                }
            }
        }
        return null;
    }
}
