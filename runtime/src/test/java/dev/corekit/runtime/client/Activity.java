package dev.corekit.runtime.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** A plain Jackson DTO standing in for a generated {@code Activity}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Activity(UUID id, String code, String description, Double billRate) {}
