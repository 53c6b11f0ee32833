package dev.corekit.runtime.generated;

import dev.corekit.runtime.CoreQuery;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks all pages of a CORE list lazily. Generated clients implement {@code stream(CoreQuery)} with it:
 *
 * <pre>{@code
 * default Stream<Activity> stream(CoreQuery query) {
 *     return Pages.stream(query, this::list);
 * }
 * }</pre>
 *
 * <p>Pages are requested as {@code query.withPage(n, size)} for {@code n = start, start + 1, ...}, where
 * {@code start} is the query's page number ({@link #DEFAULT_FIRST_PAGE} if unset) and {@code size} its page size
 * ({@link CoreQuery#DEFAULT_PAGE_SIZE} if unset). CORE sends no total count, so the walk ends at the first page that
 * is {@code null} (a {@code 204 No Content}), empty, or shorter than {@code size}; after a short page no further
 * request is made. Nothing is fetched until the first element is asked for, and each page is fetched only when the
 * previous one has been consumed, so {@code stream(q, f).limit(n)} costs only the pages it needs.
 *
 * <p>An exception thrown by the fetch function reaches the consumer unchanged; the failed page was not counted, so
 * asking the iterator again retries the same page.
 */
public final class Pages {

    /** The page number a walk starts at when the query sets none: {@value}, as in CORE's samples. */
    public static final int DEFAULT_FIRST_PAGE = 0;

    private Pages() {}

    /**
     * Returns a sequential, ordered, lazy stream of the objects on all pages, starting at the query's page.
     *
     * @param query the query to walk; its page number is the first page, its page size the size of every page
     * @param fetchPage fetches one page, typically a generated client's {@code list}; may return {@code null} for a
     *     {@code 204}
     * @param <T> the object type
     * @return the stream of objects, in page order
     * @throws NullPointerException if {@code query} or {@code fetchPage} is null
     */
    public static <T> Stream<T> stream(CoreQuery query, Function<CoreQuery, List<T>> fetchPage) {
        Iterator<T> iterator = iterator(query, fetchPage);
        // Only ORDERED: pages may hold nulls and the total is unknown until the end, so neither NONNULL nor SIZED.
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    /**
     * Returns a lazy iterator over the objects on all pages, starting at the query's page. {@code hasNext()} fetches
     * the next page when the current one is used up; {@code remove()} is not supported.
     *
     * @param query the query to walk; its page number is the first page, its page size the size of every page
     * @param fetchPage fetches one page, typically a generated client's {@code list}; may return {@code null} for a
     *     {@code 204}
     * @param <T> the object type
     * @return the iterator over objects, in page order
     * @throws NullPointerException if {@code query} or {@code fetchPage} is null
     */
    public static <T> Iterator<T> iterator(CoreQuery query, Function<CoreQuery, List<T>> fetchPage) {
        Objects.requireNonNull(query, "query must not be null");
        Objects.requireNonNull(fetchPage, "fetchPage must not be null");
        return new PageIterator<>(query, fetchPage);
    }

    /** Holds one page at a time and fetches the next when it runs out. */
    private static final class PageIterator<T> implements Iterator<T> {

        private final CoreQuery query;
        private final Function<CoreQuery, List<T>> fetchPage;
        private final int size;
        private int nextPage;
        private Iterator<T> current = Collections.emptyIterator();
        private boolean lastPageSeen;

        PageIterator(CoreQuery query, Function<CoreQuery, List<T>> fetchPage) {
            this.query = query;
            this.fetchPage = fetchPage;
            this.size = query.pageSize().orElse(CoreQuery.DEFAULT_PAGE_SIZE);
            this.nextPage = query.pageNumber().orElse(DEFAULT_FIRST_PAGE);
        }

        @Override
        public boolean hasNext() {
            // A loop, not an if: a full page can be followed by an empty one, which then ends the walk.
            while (!current.hasNext()) {
                if (lastPageSeen) {
                    return false;
                }
                fetchNext();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more objects: the last page has been read");
            }
            return current.next();
        }

        private void fetchNext() {
            List<T> page = fetchPage.apply(query.withPage(nextPage, size));
            // Advance only after a successful fetch, so a retry after an exception asks for the same page again.
            if (page == null || page.size() < size) {
                lastPageSeen = true;
            } else if (nextPage == Integer.MAX_VALUE) {
                // No page number left to ask for; stopping here beats wrapping around to a negative number.
                lastPageSeen = true;
            } else {
                nextPage++;
            }
            current = page == null ? Collections.emptyIterator() : page.iterator();
        }
    }
}
