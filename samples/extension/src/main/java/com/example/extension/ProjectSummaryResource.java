package com.example.extension;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import dev.corekit.annotation.Operation;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A project as this application needs it: CORE's {@code project} with only the fields the application reads, and
 * only the calls it makes (no create, no delete).
 *
 * <p>The corekit processor turns this declaration into {@code ProjectSummary} (the DTO) and {@code ProjectSummaryApi}
 * (the Feign client), both in this package; {@code coreClient.api(ProjectSummaryApi.class)} reaches it. A resource the
 * catalogue lacks is declared the same way, with its own {@code path} ({@link MileageResource}). The narrow view of a
 * catalogue path is itself a real use: fields CORE sends that are not declared here are kept in
 * {@code unknownProperties()} and written back by {@code update}, so nothing is lost on a read-modify-write.
 */
@CoreResource(
        path = "project",
        operations = {Operation.LIST, Operation.GET, Operation.UPDATE})
public interface ProjectSummaryResource extends CoreEntity {
    String name();

    String code();

    /** How far along the project is, in percent. */
    BigDecimal percentComplete();

    LocalDateTime dueDate();

    UUID clientId();
}
