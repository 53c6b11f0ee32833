package dev.corekit.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.annotation.CoreModel;
import java.time.LocalDateTime;

/**
 * A step of an object's approval workflow ({@code workflow} on entries, bills, invoices, purchase orders, ...).
 *
 * <p>A community note says CORE documents {@code workflow} as an array of objects; their fields are not documented.
 * CORE's help describes entries as submitted, forwarded, approved or rejected, with a memo required on rejection when
 * the company says so; the fields declared here follow that, with inferred types. Other properties are kept in
 * {@code unknownProperties()} and written back.
 */
@CoreModel
public interface WorkflowModel {
    /**
     * The step's status (submitted, forwarded, approved, rejected). Type inferred: {@code JsonNode}, an enumerated
     * value whose wire form (text or number) is not documented.
     *
     * @return the status
     */
    JsonNode status();

    /**
     * When the step happened. Type inferred: {@code LocalDateTime}, a date.
     *
     * @return the date
     */
    LocalDateTime date();

    /**
     * The memo given with the step, e.g. why an entry was rejected. Type inferred: {@code String}.
     *
     * @return the memo
     */
    String memo();
}
