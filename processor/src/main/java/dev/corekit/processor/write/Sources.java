package dev.corekit.processor.write;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * Turns generated files into source text and hands the text to javac's {@link Filer}.
 *
 * <p>Rendering (JavaPoet formatting) is most of the processor's own work and touches nothing of javac, so the files
 * of a round are rendered on the machine's other cores while javac waits; the {@code Filer} is then called from the
 * processor's thread only, one write per file.
 */
public final class Sources {
    /** Below this many files a round renders on the processor's thread: starting threads would cost more. */
    private static final int PARALLEL_FROM = 8;

    private Sources() {}

    /** A file's source text, or the failure that rendering it raised. */
    public record Rendered(JavaFile file, String text, RuntimeException failure) {}

    /** Renders {@code files}, in their order. */
    public static List<Rendered> render(List<JavaFile> files) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), 4);
        if (files.size() < PARALLEL_FROM || threads < 2) {
            List<Rendered> rendered = new ArrayList<>(files.size());
            for (JavaFile file : files) {
                rendered.add(renderOne(file));
            }
            return rendered;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "corekit-processor-render");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Rendered>> futures = new ArrayList<>(files.size());
            for (JavaFile file : files) {
                futures.add(pool.submit(() -> renderOne(file)));
            }
            List<Rendered> rendered = new ArrayList<>(files.size());
            for (Future<Rendered> future : futures) {
                rendered.add(future.get());
            }
            return rendered;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering generated sources", interrupted);
        } catch (ExecutionException failure) {
            // renderOne catches what JavaPoet throws; anything else is an Error, rethrown as it was.
            if (failure.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failure.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Rendered renderOne(JavaFile file) {
        try {
            StringBuilder text = new StringBuilder(16 * 1024);
            file.writeTo(text);
            return new Rendered(file, text.toString(), null);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        } catch (RuntimeException failure) {
            return new Rendered(file, null, failure);
        }
    }

    /** Renders one file on this thread. */
    public static Rendered renderHere(JavaFile file) {
        return renderOne(file);
    }

    /**
     * Creates the source file of {@code rendered} and writes its text in one call; a file that cannot be written
     * completely is deleted, as JavaPoet's own {@code writeTo(Filer)} does.
     */
    public static void write(Filer filer, Rendered rendered) throws IOException {
        if (rendered.failure() != null) {
            throw rendered.failure();
        }
        JavaFile file = rendered.file();
        String name = file.packageName().isEmpty()
                ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
        List<Element> originating = file.typeSpec().originatingElements();
        JavaFileObject source = filer.createSourceFile(name, originating.toArray(new Element[0]));
        try (Writer writer = source.openWriter()) {
            writer.write(rendered.text());
        } catch (IOException | RuntimeException failure) {
            try {
                source.delete();
            } catch (RuntimeException ignored) {
                // The write's failure is the one worth reporting.
            }
            throw failure;
        }
    }
}
