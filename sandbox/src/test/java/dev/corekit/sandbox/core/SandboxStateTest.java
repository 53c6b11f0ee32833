package dev.corekit.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.sandbox.CoreSandbox;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sandbox with a state file keeps its port, tokens and data across runs, as CORE does. */
class SandboxStateTest {
    @TempDir
    Path dir;

    @Test
    void aSecondRunKnowsTheTokensAndDataOfTheFirst() throws Exception {
        Path state = dir.resolve("sandbox-state.json");
        String token;
        int port;
        String id;
        try (CoreSandbox first = CoreSandbox.builder().stateFile(state).start()) {
            port = first.port();
            token = SandboxHttp.token(first, "demo-company-a", "readwrite:core");
            ObjectNode activity = new ObjectMapper()
                    .createObjectNode()
                    .put("code", "KEEP")
                    .put("billRate", new java.math.BigDecimal("12.50"));
            id = first.api()
                    .company("demo-company-a")
                    .put("activity", activity)
                    .get("id")
                    .asText();
        }

        assertThat(Files.getPosixFilePermissions(state)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (CoreSandbox second = CoreSandbox.builder().stateFile(state).start()) {
            HttpResponse<String> response =
                    SandboxHttp.send(SandboxHttp.get(second.endpoint("demo-company-a") + "activity/" + id, token));

            assertThat(second.port()).isEqualTo(port);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"code\":\"KEEP\"").contains("\"billRate\":12.50");
        }
    }

    @Test
    void withoutAStateFileNothingIsKept() throws Exception {
        String token;
        try (CoreSandbox first = CoreSandbox.start()) {
            token = SandboxHttp.token(first, "demo-company-a", "read:core");
        }
        try (CoreSandbox second = CoreSandbox.start()) {
            HttpResponse<String> response =
                    SandboxHttp.send(SandboxHttp.get(second.endpoint("demo-company-a") + "activity", token));

            assertThat(response.body()).isEqualTo("\"Not authenticated\"");
        }
    }
}
