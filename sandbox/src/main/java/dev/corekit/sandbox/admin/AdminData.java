package dev.corekit.sandbox.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.sandbox.api.ApiServer;
import dev.corekit.sandbox.api.Catalogue;
import dev.corekit.sandbox.api.CompanyData;

/**
 * Seeds, reads and clears a company's data as {@link CompanyData} does in process: {@code data/{company}/{path}},
 * where {@code path} is a catalogue path such as {@code activity} or {@code crm/lead}.
 */
final class AdminData {
    private final ApiServer api;

    AdminData(ApiServer api) {
        this.api = api;
    }

    /** Every object of a list path, or the single object. */
    JsonNode read(String companyId, String path) {
        CompanyData data = company(companyId);
        if (resource(path).single()) {
            return data.single(path);
        }
        ArrayNode all = AdminJson.MAPPER.createArrayNode();
        data.list(path).forEach(all::add);
        return all;
    }

    /**
     * Stores one object or an array of them in a list path ({@link CompanyData#put}), or replaces the single object;
     * returns what was stored.
     */
    JsonNode seed(String companyId, String path, JsonNode body) {
        CompanyData data = company(companyId);
        if (resource(path).single()) {
            return data.putSingle(path, object(body));
        }
        if (body.isArray()) {
            ArrayNode stored = AdminJson.MAPPER.createArrayNode();
            body.forEach(element -> stored.add(data.put(path, object(element))));
            return stored;
        }
        return data.put(path, object(body));
    }

    /** Removes every object of every list path of the company and restores its single objects. */
    void clear(String companyId) {
        company(companyId).clear();
    }

    private CompanyData company(String companyId) {
        try {
            return api.company(companyId);
        } catch (IllegalArgumentException e) {
            throw AdminError.notFound(e.getMessage());
        }
    }

    private Catalogue.Resource resource(String path) {
        return api.catalogue()
                .find(path)
                .orElseThrow(() -> AdminError.notFound("the sandbox serves no path '" + path + "'"));
    }

    private static ObjectNode object(JsonNode node) {
        if (!node.isObject()) {
            throw AdminError.badRequest("expected a JSON object (or an array of them), not " + node.getNodeType());
        }
        return (ObjectNode) node;
    }
}
