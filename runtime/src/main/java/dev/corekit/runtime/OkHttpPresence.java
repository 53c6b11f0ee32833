package dev.corekit.runtime;

import org.jspecify.annotations.Nullable;

/**
 * Whether OkHttp, corekit's default HTTP client, can run: its jar and the two it needs, okio and the Kotlin standard
 * library. An app may exclude all three (corekit then uses the JDK's HTTP client); excluding only some is a build
 * mistake that corekit names instead of failing with a {@code NoClassDefFoundError} on the first call.
 */
final class OkHttpPresence {
    /** The coordinates of OkHttp's own jar. */
    static final String OKHTTP = "com.squareup.okhttp3:okhttp";

    /** A class of each jar OkHttp runs on, and the jar's coordinates. */
    private static final String[][] JARS = {
        {"okhttp3.OkHttpClient", OKHTTP},
        {"okio.Buffer", "com.squareup.okio:okio-jvm"},
        {"kotlin.Unit", "org.jetbrains.kotlin:kotlin-stdlib"},
    };

    private OkHttpPresence() {}

    /**
     * The Maven coordinates of the first of OkHttp's jars that corekit's class loader cannot see ({@link #OKHTTP} when
     * OkHttp itself is missing), or {@code null} when all are there.
     */
    static @Nullable String missing() {
        ClassLoader loader = OkHttpPresence.class.getClassLoader();
        for (String[] jar : JARS) {
            try {
                Class.forName(jar[0], false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return jar[1];
            }
        }
        return null;
    }
}
