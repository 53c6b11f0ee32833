package dev.corekit.client.hr.lists;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.util.UUID;

/**
 * An HR question, with its question type.
 *
 * <p>CORE path {@code hr/lists/question}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 4 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code UUID}: questionTypeId; {@code String}: questionTypeName, description, questionText.
 *
 * <p>This text also heads the generated {@code Question} and {@code QuestionApi}.
 */
@CoreResource(path = "hr/lists/question")
public interface QuestionResource extends CoreEntity {
    /**
     * Type inferred: {@code UUID}, an identifier; CORE's ids are UUIDs.
     *
     * @return the question type id
     */
    UUID questionTypeId();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the question type name
     */
    String questionTypeName();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the description
     */
    String description();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the question text
     */
    String questionText();
}
