package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.error.CoreNotFoundException;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.journal.JournalEntry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Path variables and query values reach CORE exactly as written, each in its own segment or parameter. */
class WireEncodingTest {
    private CoreSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private ActivityApi api(ClientKind kind) {
        CoreClient client = kind.apply(Fixtures.sandboxClient(sandbox)).build();
        Fixtures.seed(sandbox, client);
        return client.api(ActivityApi.class);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void anIdStaysOneFullyEncodedPathSegment(ClientKind kind) {
        ActivityApi api = api(kind);

        assertThatThrownBy(() -> api.get("a/b c%20d?e#f")).isInstanceOf(CoreNotFoundException.class);

        JournalEntry entry = sandbox.journal().last();
        assertThat(entry.path()).isEqualTo("/api/" + Fixtures.COMPANY + "/activity/a%2Fb%20c%2520d%3Fe%23f");
        assertThat(entry.query()).isNull();
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aWhereExpressionReachesCoreAsWritten(ClientKind kind) {
        Fixtures.seedActivity(sandbox, "A&B=C");
        Fixtures.seedActivity(sandbox, "A%20B");
        Fixtures.seedActivity(sandbox, "other");
        ActivityApi api = api(kind);

        List<JsonNode> ampersand =
                api.list(CoreQuery.builder().where("code='A&B=C'").build());
        List<JsonNode> percent =
                api.list(CoreQuery.builder().where("code='A%20B'").build());

        assertThat(ampersand).extracting(a -> a.get("code").asText()).containsExactly("A&B=C");
        assertThat(percent).extracting(a -> a.get("code").asText()).containsExactly("A%20B");
        assertThat(sandbox.journal().entries("/activity").get(0).query()).isEqualTo("where=code%3D%27A%26B%3DC%27");
    }
}
