package dev.corekit.runtime.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.CoreQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PagesTest {

    /** Serves numbered items from a fixed list of pages and records every query it was asked. */
    private static final class RecordingFetch implements Function<CoreQuery, List<Integer>> {

        private final List<List<Integer>> pages;
        final List<CoreQuery> seen = new ArrayList<>();

        RecordingFetch(List<List<Integer>> pages) {
            this.pages = pages;
        }

        @Override
        public List<Integer> apply(CoreQuery query) {
            seen.add(query);
            int number = query.pageNumber().orElseThrow();
            // Pages past the prepared ones answer as CORE does after the last page: an empty array.
            return number < pages.size() ? pages.get(number) : List.of();
        }

        /** The {@code page} parameter of each request, e.g. {@code "0,2"}. */
        List<Object> pageParameters() {
            return seen.stream().map(q -> q.toQueryMap().get("page")).collect(Collectors.toList());
        }
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().collect(Collectors.toList());
    }

    @Test
    void stopsAfterEmptyPage() {
        RecordingFetch fetch = new RecordingFetch(List.of(List.of(1, 2), List.of(3, 4), List.of()));

        List<Integer> all =
                Pages.stream(CoreQuery.builder().pageSize(2).build(), fetch).collect(Collectors.toList());

        assertThat(all).containsExactly(1, 2, 3, 4);
        assertThat(fetch.pageParameters()).containsExactly("0,2", "1,2", "2,2");
    }

    @Test
    void stopsAfterNullPage() {
        // A 204 No Content decodes to null.
        RecordingFetch fetch = new RecordingFetch(Arrays.asList(List.of(1, 2), null, List.of(5, 6)));

        List<Integer> all =
                Pages.stream(CoreQuery.builder().pageSize(2).build(), fetch).collect(Collectors.toList());

        assertThat(all).containsExactly(1, 2);
        assertThat(fetch.pageParameters()).containsExactly("0,2", "1,2");
    }

    @Test
    void stopsAfterShortPageWithoutAnotherRequest() {
        RecordingFetch fetch = new RecordingFetch(List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7)));

        List<Integer> all =
                Pages.stream(CoreQuery.builder().pageSize(3).build(), fetch).collect(Collectors.toList());

        assertThat(all).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(fetch.pageParameters()).containsExactly("0,3", "1,3", "2,3");
    }

    @Test
    void singleShortFirstPageCostsOneRequest() {
        RecordingFetch fetch = new RecordingFetch(List.of(List.of(1)));

        assertThat(Pages.stream(CoreQuery.all(), fetch)).containsExactly(1);
        assertThat(fetch.pageParameters()).containsExactly("0,100");
    }

    @Test
    void emptyFirstPageGivesEmptyStream() {
        RecordingFetch fetch = new RecordingFetch(List.of());

        assertThat(Pages.stream(CoreQuery.all(), fetch)).isEmpty();
        assertThat(fetch.seen).hasSize(1);
    }

    @Test
    void usesDefaultsWhenQuerySetsNoPage() {
        RecordingFetch fetch = new RecordingFetch(List.of(range(0, 100), range(100, 150)));

        assertThat(Pages.stream(CoreQuery.all(), fetch).count()).isEqualTo(150);
        assertThat(fetch.pageParameters()).containsExactly("0,100", "1,100");
        assertThat(Pages.DEFAULT_FIRST_PAGE).isZero();
    }

    @Test
    void keepsTheOtherQuerySettingsOnEveryPage() {
        CoreQuery query = CoreQuery.builder()
                .where("code='DEV'")
                .orderBy("code")
                .expand("customFields")
                .pageSize(2)
                .build();
        RecordingFetch fetch = new RecordingFetch(List.of(List.of(1, 2), List.of(3)));

        Pages.stream(query, fetch).forEach(item -> {});

        assertThat(fetch.seen).containsExactly(query.withPage(0, 2), query.withPage(1, 2));
    }

    @Test
    void startsAtTheQuerysPageNumber() {
        RecordingFetch fetch = new RecordingFetch(List.of(List.of(1, 2), List.of(3, 4), List.of(5, 6), List.of(7)));

        List<Integer> rest =
                Pages.stream(CoreQuery.builder().page(2, 2).build(), fetch).collect(Collectors.toList());

        assertThat(rest).containsExactly(5, 6, 7);
        assertThat(fetch.pageParameters()).containsExactly("2,2", "3,2");
    }

    @Test
    void streamFetchesNothingBeforeTerminalOperation() {
        RecordingFetch fetch = new RecordingFetch(List.of(List.of(1, 2), List.of(3, 4)));

        Stream<Integer> stream =
                Pages.stream(CoreQuery.builder().pageSize(2).build(), fetch).map(i -> i * 10);

        assertThat(fetch.seen).isEmpty();
        assertThat(stream.findFirst()).contains(10);
        assertThat(fetch.seen).hasSize(1);
    }

    @Test
    void limitFetchesOnlyThePagesItNeeds() {
        RecordingFetch fetch = new RecordingFetch(List.of(List.of(1, 2), List.of(3, 4), List.of(5, 6), List.of(7, 8)));

        List<Integer> firstThree = Pages.stream(CoreQuery.builder().pageSize(2).build(), fetch)
                .limit(3)
                .collect(Collectors.toList());

        assertThat(firstThree).containsExactly(1, 2, 3);
        assertThat(fetch.pageParameters()).containsExactly("0,2", "1,2");
    }

    @Test
    void iteratorFetchesEachPageOnlyWhenThePreviousIsExhausted() {
        RecordingFetch fetch = new RecordingFetch(List.of(List.of(1, 2), List.of(3, 4), List.of(5)));

        Iterator<Integer> iterator =
                Pages.iterator(CoreQuery.builder().pageSize(2).build(), fetch);
        assertThat(fetch.seen).isEmpty();

        assertThat(iterator.next()).isEqualTo(1);
        assertThat(fetch.seen).hasSize(1);
        assertThat(iterator.hasNext()).isTrue();
        assertThat(iterator.next()).isEqualTo(2);
        assertThat(fetch.seen).as("page 1 not fetched until needed").hasSize(1);

        assertThat(iterator.hasNext()).isTrue();
        assertThat(fetch.seen).hasSize(2);
        assertThat(iterator.next()).isEqualTo(3);
        assertThat(iterator.next()).isEqualTo(4);
        assertThat(iterator.next()).isEqualTo(5);
        assertThat(iterator.hasNext()).isFalse();
        assertThat(iterator.hasNext()).isFalse();
        assertThat(fetch.pageParameters()).containsExactly("0,2", "1,2", "2,2");

        assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
        assertThat(fetch.seen).as("no request after the short page").hasSize(3);
    }

    @Test
    void fetchFailureReachesTheCallerAndTheSamePageIsRetried() {
        List<String> seenPages = new ArrayList<>();
        boolean[] failOnce = {true};
        Function<CoreQuery, List<Integer>> flaky = query -> {
            seenPages.add((String) query.toQueryMap().get("page"));
            if (query.pageNumber().orElseThrow() == 1 && failOnce[0]) {
                failOnce[0] = false;
                throw new IllegalStateException("boom");
            }
            return query.pageNumber().orElseThrow() == 0 ? List.of(1, 2) : List.of(3);
        };

        Iterator<Integer> iterator =
                Pages.iterator(CoreQuery.builder().pageSize(2).build(), flaky);
        iterator.next();
        iterator.next();

        assertThatThrownBy(iterator::hasNext)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("boom");
        assertThat(iterator.next()).isEqualTo(3);
        assertThat(iterator.hasNext()).isFalse();
        assertThat(seenPages).containsExactly("0,2", "1,2", "1,2");
    }

    @Test
    void nullItemsArePassedThrough() {
        RecordingFetch fetch = new RecordingFetch(List.of(Arrays.asList(1, null), Arrays.asList((Integer) null)));

        List<Integer> all =
                Pages.stream(CoreQuery.builder().pageSize(2).build(), fetch).collect(Collectors.toList());

        assertThat(all).containsExactly(1, null, null);
    }

    @Test
    void streamIsSequentialAndOrdered() {
        Stream<Integer> stream = Pages.stream(CoreQuery.all(), new RecordingFetch(List.of()));

        assertThat(stream.isParallel()).isFalse();
        assertThat(stream.spliterator().hasCharacteristics(Spliterator.ORDERED)).isTrue();
    }

    @Test
    void rejectsNullArguments() {
        RecordingFetch fetch = new RecordingFetch(List.of());

        assertThatThrownBy(() -> Pages.stream(null, fetch))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("query must not be null");
        assertThatThrownBy(() -> Pages.iterator(CoreQuery.all(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("fetchPage must not be null");
    }
}
