package dev.corekit.bench;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One javac run of {@link CompileShare}, in a fresh JVM: compiles the sources listed in a file with the options listed
 * in another (one a line), through {@code javax.tools}, and prints its wall-clock time and the time javac spent in its
 * annotation-processing phase ({@link TaskEvent.Kind#ANNOTATION_PROCESSING}, started to finished, summed over
 * rounds). Args: the options file, the sources file.
 */
final class CompileRun {
    static final String PREFIX = "compiled in ";

    private CompileRun() {}

    public static void main(String[] args) throws IOException {
        List<String> options = Files.readAllLines(Path.of(args[0]));
        List<Path> sources =
                Files.readAllLines(Path.of(args[1])).stream().map(Path::of).toList();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        long processing;
        long nanos;
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            JavacTask task = (JavacTask)
                    javac.getTask(diagnostics, files, null, options, null, files.getJavaFileObjectsFromPaths(sources));
            ProcessingTime listener = new ProcessingTime();
            task.addTaskListener(listener);
            long start = System.nanoTime();
            boolean ok = task.call();
            nanos = System.nanoTime() - start;
            if (!ok) {
                System.out.println(diagnostics);
                System.exit(1);
            }
            processing = listener.nanos;
        }
        System.out.println(PREFIX + nanos + " ns, processing " + processing + " ns");
    }

    /** Sums the time between each start and finish of the annotation-processing phase. */
    private static final class ProcessingTime implements TaskListener {
        private final List<Long> starts = new ArrayList<>();
        long nanos;

        @Override
        public void started(TaskEvent event) {
            if (event.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING) {
                starts.add(System.nanoTime());
            }
        }

        @Override
        public void finished(TaskEvent event) {
            if (event.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING && !starts.isEmpty()) {
                nanos += System.nanoTime() - starts.remove(starts.size() - 1);
            }
        }
    }
}
