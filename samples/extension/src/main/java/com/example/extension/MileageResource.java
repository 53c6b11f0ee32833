package com.example.extension;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A resource the catalogue lacks: the miles an employee drove for a project, at {@code custom/mileage}. Declared like
 * any other; {@code MileageTest} runs it against the sandbox, which serves the path once it is registered as a
 * collection of the user's own.
 */
@CoreResource(path = "custom/mileage")
public interface MileageResource extends CoreEntity {
    LocalDateTime date();

    /** The distance driven, exact to the hundredth. */
    BigDecimal miles();

    String purpose();

    UUID projectId();
}
