package dev.corekit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were measured on: cores, memory, JDK, OS, and the load average at a moment. */
final class Machine {
    private Machine() {}

    /** One line: cores, memory, JDK and OS. */
    static String describe() {
        return String.format(
                Locale.ROOT,
                "%d cores (`nproc`), %s memory, %s %s (%s), %s",
                Runtime.getRuntime().availableProcessors(),
                memory(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.vendor"),
                os());
    }

    /** {@code /proc/loadavg}, or {@code n/a}. */
    static String loadAverage() {
        return firstLine(Path.of("/proc/loadavg")).orElse("n/a");
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kib / (1024.0 * 1024.0));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: no /proc.
        }
        return "n/a";
    }

    private static String os() {
        String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version");
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring("PRETTY_NAME=".length()).replace("\"", "") + ", " + kernel;
                }
            }
        } catch (IOException | RuntimeException e) {
            // No os-release: the kernel alone.
        }
        return kernel;
    }

    private static java.util.Optional<String> firstLine(Path file) {
        try {
            return Files.readAllLines(file).stream().findFirst();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
