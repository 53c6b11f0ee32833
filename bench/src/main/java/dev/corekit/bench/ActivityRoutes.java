package dev.corekit.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CORE's {@code activity} resource under {@code /api} for {@link LoopbackHttpServer}: {@code GET
 * /api/activity/{ID}} answers one activity, {@code GET /api/activity?page=<number>,<size>} a page of a
 * list of {@code records} activities (full pages until the records run out, then a short or empty one), each page
 * rendered once per size.
 */
final class ActivityRoutes implements LoopbackHttpServer.Responder {
    /** The id of the one activity. */
    static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    private static final String ONE = "/api/activity/" + ID;
    private static final byte[] EMPTY_PAGE = HttpResponses.json("[]");

    private final long records;
    private final byte[] one = HttpResponses.json(ActivityJson.one(ID));
    private final Map<Integer, byte[]> fullPages = new ConcurrentHashMap<>();

    /** A list as long as anyone pages: every page full. */
    ActivityRoutes() {
        this(Long.MAX_VALUE);
    }

    /** A list of {@code records} activities. */
    ActivityRoutes(long records) {
        this.records = records;
    }

    @Override
    public byte[] apply(LoopbackHttpServer.Request request) {
        String path = request.path();
        if (path.equals(ONE)) {
            return one;
        }
        if (!path.equals("/api/activity")) {
            return HttpResponses.NOT_FOUND;
        }
        String query = URLDecoder.decode(request.rawQuery(), StandardCharsets.UTF_8);
        int page = query.indexOf("page=");
        if (page < 0) {
            return HttpResponses.NOT_FOUND;
        }
        String[] numberAndSize = query.substring(page + 5).split("[,&]");
        long number = Long.parseLong(numberAndSize[0]);
        int size = Integer.parseInt(numberAndSize[1]);
        long left = records - number * size;
        if (left <= 0) {
            return EMPTY_PAGE;
        }
        if (left < size) {
            return HttpResponses.json(ActivityJson.page((int) left));
        }
        return fullPages.computeIfAbsent(size, s -> HttpResponses.json(ActivityJson.page(s)));
    }
}
