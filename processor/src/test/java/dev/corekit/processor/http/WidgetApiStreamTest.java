package dev.corekit.processor.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.processor.fixtures.Widget;
import dev.corekit.processor.fixtures.WidgetApi;
import dev.corekit.processor.http.RecordingServer.RecordedRequest;
import dev.corekit.processor.http.RecordingServer.ScriptedResponse;
import dev.corekit.runtime.CoreQuery;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code stream(CoreQuery)}: lazy page walking against a server that pages its widgets like CORE. */
class WidgetApiStreamTest {

    private static final String WHERE = "count >= 0 AND name <> 'none'";

    private RecordingServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = RecordingServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void walksPagesUntilTheShortPageAndAsksForNoMore(Transport transport) {
        server.respondWith(pagesOf(widgets(5), EndOfData.EMPTY_ARRAY));

        List<Widget> all = transport.client(WidgetApi.class, server).stream(
                        query().pageSize(2).build())
                .collect(Collectors.toList());

        assertThat(all).containsExactlyElementsOf(widgets(5));
        assertThat(pagesRequested()).containsExactly("0,2", "1,2", "2,2");
        assertThat(server.requests()).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.rawPath()).isEqualTo("/api/widget");
            assertThat(request.singleQueryParameters()).containsEntry("where", WHERE);
        });
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void stopsAtAPageAnsweredWithNoContent(Transport transport) {
        server.respondWith(pagesOf(widgets(4), EndOfData.NO_CONTENT));

        List<Widget> all = transport.client(WidgetApi.class, server).stream(
                        query().pageSize(2).build())
                .collect(Collectors.toList());

        assertThat(all).containsExactlyElementsOf(widgets(4));
        assertThat(pagesRequested()).containsExactly("0,2", "1,2", "2,2");
    }

    @Test
    void stopsAtAnEmptyPage() {
        server.respondWith(pagesOf(widgets(4), EndOfData.EMPTY_ARRAY));

        List<Widget> all = Transport.JAVA11.client(WidgetApi.class, server).stream(
                        query().pageSize(2).build())
                .collect(Collectors.toList());

        assertThat(all).containsExactlyElementsOf(widgets(4));
        assertThat(pagesRequested()).containsExactly("0,2", "1,2", "2,2");
    }

    @Test
    void buildingTheStreamSendsNothing() {
        server.respondWith(pagesOf(widgets(5), EndOfData.EMPTY_ARRAY));

        Stream<Widget> stream = Transport.JAVA11.client(WidgetApi.class, server).stream(
                query().pageSize(2).build());

        assertThat(server.requests()).isEmpty();
        stream.close();
    }

    @Test
    void limitFetchesOnlyTheFirstPage() {
        server.respondWith(pagesOf(widgets(5), EndOfData.EMPTY_ARRAY));

        List<Widget> first = Transport.JAVA11.client(WidgetApi.class, server).stream(
                        query().pageSize(2).build())
                .limit(1)
                .collect(Collectors.toList());

        assertThat(first).containsExactly(widgets(5).get(0));
        assertThat(pagesRequested()).containsExactly("0,2");
    }

    @Test
    void findFirstFetchesOnlyTheFirstPage() {
        server.respondWith(pagesOf(widgets(5), EndOfData.EMPTY_ARRAY));

        Optional<Widget> first = Transport.JAVA11.client(WidgetApi.class, server).stream(
                        query().pageSize(2).build())
                .findFirst();

        assertThat(first).contains(widgets(5).get(0));
        assertThat(pagesRequested()).containsExactly("0,2");
    }

    @Test
    void limitAcrossAPageBoundaryFetchesOnlyThePagesItNeeds() {
        server.respondWith(pagesOf(widgets(9), EndOfData.EMPTY_ARRAY));

        List<Widget> three = Transport.JAVA11.client(WidgetApi.class, server).stream(
                        query().pageSize(2).build())
                .limit(3)
                .collect(Collectors.toList());

        assertThat(three).containsExactlyElementsOf(widgets(9).subList(0, 3));
        assertThat(pagesRequested()).containsExactly("0,2", "1,2");
    }

    @Test
    void startsAtThePageTheQueryNames() {
        server.respondWith(pagesOf(widgets(9), EndOfData.EMPTY_ARRAY));

        List<Widget> rest = Transport.JAVA11.client(WidgetApi.class, server).stream(
                        query().page(3, 2).build())
                .collect(Collectors.toList());

        assertThat(rest).containsExactlyElementsOf(widgets(9).subList(6, 9));
        assertThat(pagesRequested()).containsExactly("3,2", "4,2");
    }

    @Test
    void aFullLastPageCostsOneMoreRequestThatFindsNothing() {
        server.respondWith(pagesOf(widgets(4), EndOfData.EMPTY_ARRAY));

        long count = Transport.JAVA11.client(WidgetApi.class, server).stream(
                        query().pageSize(4).build())
                .count();

        assertThat(count).isEqualTo(4);
        assertThat(pagesRequested()).containsExactly("0,4", "1,4");
    }

    private static CoreQuery.Builder query() {
        return CoreQuery.builder().where(WHERE);
    }

    private List<String> pagesRequested() {
        return server.requests().stream()
                .map(RecordedRequest::singleQueryParameters)
                .map(parameters -> parameters.get("page"))
                .collect(Collectors.toList());
    }

    /** Widgets named {@code w0}, {@code w1}, ... with their index as count. */
    private static List<Widget> widgets(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> Widget.builder().name("w" + i).count(i).build())
                .collect(Collectors.toList());
    }

    /** How the server answers a page past the end of its data. */
    private enum EndOfData {
        EMPTY_ARRAY,
        NO_CONTENT
    }

    /** Answers {@code page=N,SIZE} with that slice of {@code stored}, the way CORE pages a list. */
    private static Function<RecordedRequest, ScriptedResponse> pagesOf(List<Widget> stored, EndOfData end) {
        return request -> {
            String[] page = request.singleQueryParameters().get("page").split(",");
            int number = Integer.parseInt(page[0]);
            int size = Integer.parseInt(page[1]);
            int from = Math.min(stored.size(), number * size);
            List<Widget> slice = stored.subList(from, Math.min(stored.size(), from + size));
            if (slice.isEmpty() && end == EndOfData.NO_CONTENT) {
                return ScriptedResponse.empty(204);
            }
            // Written by hand, not by the DTO, so a serializer bug cannot hide a paging bug.
            return ScriptedResponse.ok(slice.stream()
                    .map(widget -> "{\"name\":\"" + widget.name() + "\",\"count\":" + widget.count() + "}")
                    .collect(Collectors.joining(",", "[", "]")));
        };
    }
}
