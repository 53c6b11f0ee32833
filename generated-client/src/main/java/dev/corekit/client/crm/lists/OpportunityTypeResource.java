package dev.corekit.client.crm.lists;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;

/**
 * An opportunity type, a list value of CRM opportunities.
 *
 * <p>CORE path {@code crm/lists/opportunitytype}; operations: list, get, create, update and delete.
 *
 * <p>CORE's common fields ({@code id}, {@code createdOn}, ..., {@code version}) come from {@code CoreEntity}.
 *
 * <p>The catalogue gives no type for 2 of the fields ({@code any}); the types chosen, each explained on its accessor
 * ("Type inferred"): {@code String}: name; {@code JsonNode}: status.
 *
 * <p>This text also heads the generated {@code OpportunityType} and {@code OpportunityTypeApi}.
 */
@CoreResource(path = "crm/lists/opportunitytype")
public interface OpportunityTypeResource extends CoreEntity {
    /**
     * Type inferred: {@code String}, text (a name, code, number, description, note or memo).
     *
     * @return the name
     */
    String name();

    /**
     * Type inferred: {@code JsonNode}, an enumerated value; CORE does not document its values or whether they travel as
     * text or as numbers, so the JSON is kept as it came.
     *
     * @return the status
     */
    JsonNode status();
}
