package dev.corekit.client.hr.lists;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;

/**
 * An HR question type, with its possible responses.
 *
 * <p>CORE path {@code hr/lists/questiontype}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 4 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name, description; {@code JsonNode}: type, responses.
 *
 * <p>This text also heads the generated {@code QuestionType} and {@code QuestionTypeApi}.
 */
@CoreResource(path = "hr/lists/questiontype")
public interface QuestionTypeResource extends CoreEntity {
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
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the type
     */
    JsonNode type();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the responses
     */
    JsonNode responses();
}
