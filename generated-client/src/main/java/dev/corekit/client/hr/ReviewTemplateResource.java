package dev.corekit.client.hr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;

/**
 * A template for HR reviews.
 *
 * <p>CORE path {@code hr/reviewtemplate}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 5 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code BigDecimal}: maximumScore; {@code JsonNode}: status, sections; {@code String}: description,
 * name.
 *
 * <p>This text also heads the generated {@code ReviewTemplate} and {@code ReviewTemplateApi}.
 */
@CoreResource(path = "hr/reviewtemplate")
public interface ReviewTemplateResource extends CoreEntity {
    /**
     * Type inferred: {@code BigDecimal}, a score, which may have decimals.
     *
     * @return the maximum score
     */
    BigDecimal maximumScore();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the status
     */
    JsonNode status();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the description
     */
    String description();

    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code JsonNode}, a nested structure whose shape CORE does not document; kept as JSON.
     *
     * @return the sections
     */
    JsonNode sections();
}
