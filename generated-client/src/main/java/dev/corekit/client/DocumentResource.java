package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEndpoint;
import dev.corekit.annotation.CoreEndpoint.HttpMethod;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A document linked to an entity: its name, size and link.
 *
 * <p>CORE path {@code document}; operations: list, get, create, update and delete; also {@code GET document/uri/{id}},
 * {@code POST document/batch}.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 8 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code LocalDateTime}: date; {@code String}: name, description, entity, uri; {@code UUID}:
 * entityId; {@code ModuleNames}: entityType; {@code Long}: size.
 *
 * <p>This text also heads the generated {@code Document} and {@code DocumentApi}.
 */
@CoreResource(path = "document")
public interface DocumentResource extends CoreEntity {
    /**
     * Type inferred: {@code LocalDateTime}, a date; CORE sends dates as {@code YYYY-MM-DDThh:mm:ss}.
     *
     * @return the date
     */
    LocalDateTime date();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the description
     */
    String description();

    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the entity id
     */
    UUID entityId();

    /**
     * Type inferred: {@code String}, the display name of the object {@code entityId} refers to.
     *
     * @return the entity
     */
    String entity();

    /**
     * Type inferred: {@code ModuleNames}, the kind of an entity, as CORE types {@code entityType} on custom field
     * values ({@code ModuleNames}); values this enum lacks are kept in {@code unknownProperties()}.
     *
     * @return the entity type
     */
    ModuleNames entityType();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the uri
     */
    String uri();

    /**
     * Type inferred: {@code Long}, a size in bytes; Long as a file may exceed 2 GiB.
     *
     * @return the size
     */
    Long size();

    /**
     * The link to the document's file ({@code GET document/uri/{id}}); CORE answers with the link as a JSON string,
     * returned as JSON ({@code uri(id).asText()}). Source: [community] notes citing the API explorer.
     *
     * @param id the document's id
     * @return CORE's answer, as JSON
     */
    @CoreEndpoint(method = HttpMethod.GET, path = "uri/{id}")
    JsonNode uri(UUID id);

    /**
     * Saves many documents in one asynchronous call ({@code POST document/batch}); CORE answers with a job, returned as
     * JSON because its shape is not documented. Source: [community] notes that cite CORE's API explorer page for
     * document.
     *
     * @param documents the documents to save
     * @return CORE's answer, as JSON
     */
    @CoreEndpoint(method = HttpMethod.POST, path = "batch")
    JsonNode batch(List<DocumentResource> documents);
}
