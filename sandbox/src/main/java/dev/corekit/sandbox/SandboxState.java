package dev.corekit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.sandbox.api.ApiServer;
import dev.corekit.sandbox.idp.TokenRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What a sandbox keeps across runs when given a state file ({@link CoreSandbox.Builder#stateFile(Path)}): its port,
 * the access and refresh tokens it issued, and each company's data. A program run twice against such a sandbox
 * finds its stored tokens still valid, as against CORE. The file holds tokens: it is written 0600 where the file
 * system allows, and only for the sandbox's own made-up users.
 */
final class SandboxState {
    /** Numbers are kept digit for digit, as the API stores them. */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private SandboxState() {}

    /** The port saved in {@code file}, or {@code 0}. */
    static int savedPort(Path file) {
        JsonNode state = read(file);
        return state == null ? 0 : state.path("port").asInt(0);
    }

    static void load(Path file, TokenRegistry tokens, ApiServer api, SandboxConfig config) {
        JsonNode state = read(file);
        if (state == null) {
            return;
        }
        tokens.restore(state.path("tokens"));
        state.path("companies").properties().forEach(entry -> {
            if (config.companies().containsKey(entry.getKey())) {
                api.company(entry.getKey()).restore(entry.getValue());
            }
        });
    }

    static void save(Path file, int port, TokenRegistry tokens, ApiServer api, SandboxConfig config) {
        ObjectNode state = JSON.createObjectNode();
        state.put("port", port);
        state.set("tokens", tokens.export());
        ObjectNode companies = state.putObject("companies");
        for (String company : config.companies().keySet()) {
            companies.set(company, api.company(company).export());
        }
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path temporary = Files.createTempFile(absolute.getParent(), ".sandbox-state", ".tmp");
            try {
                Files.write(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
                if (absolute.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(
                            temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                }
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the sandbox state to " + file + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "the sandbox state file " + file + " is not readable JSON; delete it" + " to start afresh", e);
        }
    }
}
