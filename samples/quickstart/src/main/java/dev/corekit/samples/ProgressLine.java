package dev.corekit.samples;

import java.io.PrintStream;

/**
 * A progress line for a list that is streamed page by page: rewritten in place ({@code \r}) each time the first
 * object of a new page arrives, so it shows how the lazy stream fetches one page after the other.
 */
final class ProgressLine {
    private final PrintStream out;
    private final String what;
    private final int pageSize;
    private long received;

    ProgressLine(PrintStream out, String what, int pageSize) {
        this.out = out;
        this.what = what;
        this.pageSize = pageSize;
    }

    /** Counts one object; a new page starts the line anew. */
    void received() {
        received++;
        if ((received - 1) % pageSize == 0) {
            out.print("\r   streaming " + what + ": page " + pages() + " arrived, " + received + " so far ");
            out.flush();
        }
    }

    /** Ends the line with the total. */
    void done() {
        if (received == 0) {
            out.println("   streaming " + what + ": none (the first page was empty)");
            return;
        }
        out.print("\r   streaming " + what + ": " + received + " in " + pages() + " page" + (pages() == 1 ? "" : "s")
                + " of up to " + pageSize + ", done");
        out.println(" ".repeat(10));
    }

    long count() {
        return received;
    }

    long pages() {
        return (received + pageSize - 1) / pageSize;
    }
}
