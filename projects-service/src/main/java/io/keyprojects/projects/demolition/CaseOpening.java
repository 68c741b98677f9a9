package io.keyprojects.projects.demolition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opening the legal procedure against a holdout household. */
@Schema(example = "{\"household\": \"张某某\", \"address\": \"城关镇东街12号\"}")
public record CaseOpening(
        @Schema(description = "who the household is, at most 200 characters") String household,
        @Schema(description = "where, at most 500 characters") String address) {
}
